// The times layer: TIMEX3 expressions resolved against the publication date.
import type { Spanned } from '../span.js';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Parts of a date that a value can hold; `known` were stated, `implied` were derived (chrono-node's distinction). */
export type DatePart = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute';

export interface TimeExpr extends Spanned {
  readonly type: TimexType;
  /** TIMEX3 value: 2023-01-02, 2023-W01, 2022, P10M, PRESENT_REF, 2023-01-02TNI ... */
  readonly value: string;
  readonly known: readonly DatePart[];
  readonly implied: readonly DatePart[];
  /** Calendar interval covered, as ISO dates (inclusive), where the expression denotes one. */
  readonly start?: string;
  readonly end?: string;
  /** TIMEX3 mod: START ("early 2023", "the start of"), END ("late on Monday"), MID ("mid-May"). */
  readonly mod?: string;
  /** The value the text stated, where the times stage chose another reading because the text disagreed with itself. */
  readonly corrected_from?: string;
}

/** A dateline or other statement of when the article was written, found in the text. */
export interface Dateline extends Spanned {
  /** The date the text states, as ISO (YYYY-MM-DD). */
  readonly value: string;
}
