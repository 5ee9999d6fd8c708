// The quantities layer: every number the text states, with its hedge and what it is (a count, an age, a date...).
import type { Span, Spanned } from '../span.js';

export type Qualifier =
  'exact' | 'more_than' | 'at_least' | 'nearly' | 'up_to' | 'at_most' | 'less_than' | 'about' | 'range' | 'vague';

export type QuantityRole =
  'count' | 'age' | 'ordinal' | 'model' | 'date' | 'time' | 'money' | 'percent' | 'measure' | 'other';

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
  /** Where the text states a change ("rose to 45 from 30"). */
  readonly direction?: 'up' | 'down';
  /** For a toll update, the earlier figure ("from 30"). */
  readonly previous?: number;
  /** The named convention that turned a vague amount into an interval. */
  readonly convention?: string;
  /** The span of the figure itself, without its modifier ("400" in "nearly 400"). */
  readonly core: Span;
  /** True when the figure was written in words ("five", "a dozen", "an insurgent"). */
  readonly spelled: boolean;
}
