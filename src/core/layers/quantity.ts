// The quantities layer: every number the text states, with its hedge and what it is (a count, an age, a date...).
import type { Span, Spanned } from '../span.js';

export type Qualifier =
  'exact' | 'more_than' | 'at_least' | 'nearly' | 'up_to' | 'at_most' | 'less_than' | 'about' | 'range' | 'vague';

export type QuantityRole =
  'count' | 'age' | 'ordinal' | 'model' | 'date' | 'time' | 'money' | 'percent' | 'measure' | 'other';

/** A limit a comparison states, before any rounding to whole numbers: "more than 10" → { value: 10, inclusive: false }. */
export interface Bound {
  readonly value: number;
  readonly inclusive: boolean;
}

export interface Quantity extends Spanned {
  /** The figure as stated: 400 for "nearly 400", the low end of a range; null for vague amounts ("hundreds"). */
  readonly number: number | null;
  readonly qualifier: Qualifier;
  /** The interval derived from the figure and its qualifier (null where open). For a range, the stated ends. */
  readonly low: number | null;
  readonly high: number | null;
  /** Unit where stated: "people", "percent", "km", a currency code ("EUR"); null for a bare count. */
  readonly unit: string | null;
  readonly role: QuantityRole;
  /** Where the text states a change ("rose to 45 from 30", "fell by 9.4%"). */
  readonly direction?: 'up' | 'down';
  /**
   * The figure is the size of the change ("fell by 9.4%", "up 30", "+0.2%"), not the level reached ("rose to 45"):
   * a toll that "rose by 5" does not say that 5 died in all.
   */
  readonly delta?: true;
  /**
   * What the direction is said of: 'amount' when the figure is the size of the change ("rose 5%", "fell by 9.4%",
   * "up 4 per cent"), 'level' when it is the new level ("rose to 45", "45, up from 30").
   */
  readonly changeOf?: 'amount' | 'level';
  /** For a toll update, the earlier figure ("from 30"). */
  readonly previous?: number;
  /** Where the earlier figure stands; it is also a quantity of its own. */
  readonly previousSpan?: Span;
  /** The named convention that turned a vague amount into an interval. */
  readonly convention?: string;
  /** For a plural of a magnitude ("hundreds", "tens of thousands", "dozens"), that magnitude (100, 10000, 12). */
  readonly magnitude?: number;
  /**
   * For a comparison, the limits as stated, before rounding to whole numbers: "more than 10" has lower {10, exclusive};
   * "between 20 and 30" has none (a stated range is not a comparison); "equal to 20" has both at 20.
   */
  readonly lower?: Bound;
  readonly upper?: Bound;
  /** The words that set the qualifier: "more than", "or more", "between", "about". */
  readonly modifier?: Spanned;
  /** The hedge before a range or a vague amount ("about 20-30", "more than dozens"); their qualifier stays. */
  readonly hedge?: Qualifier;
  /** The counted head noun right after the figure ("Russian servicemen" in "63 Russian servicemen"); not a unit. */
  readonly noun?: Spanned;
  /** The span of the figure itself, without its modifier ("400" in "nearly 400"). */
  readonly core: Span;
  /** True when the figure was written in words ("five", "a dozen", "two thirds"). */
  readonly spelled: boolean;
}
