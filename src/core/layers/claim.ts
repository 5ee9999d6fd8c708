// Claims and events: the extractor's output, in the shape of shared/eval/OUTPUT-FORMAT.md.
import type { Span, Spanned } from '../span.js';
import type { Qualifier } from './quantity.js';
import type { SourceKind } from './source.js';

/** The kinds of claim about harm to people, whose counts can be shares of one another ("including six children"). */
export const HARM_TO_PEOPLE = ['killed', 'injured', 'casualties', 'missing', 'captured', 'displaced'] as const;

/** Every kind of claim, in the order the API and the page list them. */
export const CLAIM_KINDS = [
  ...HARM_TO_PEOPLE,
  'intercepted',
  'launched',
  'destroyed',
  'responsibility',
  'other',
] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type Certainty = 'asserted' | 'hedged' | 'unconfirmed' | 'disputed';

export interface ClaimValue {
  readonly text: string;
  readonly number: number | null;
  readonly qualifier: Qualifier;
  readonly low: number | null;
  readonly high: number | null;
  readonly convention?: string;
  readonly previous?: number;
}

export interface ClaimSource {
  readonly name: string;
  readonly kind: SourceKind;
  readonly side: string | null;
  readonly span: Span | null;
  readonly entity: string | null;
}

export interface Claim extends Spanned {
  readonly id: string;
  readonly event: string | null;
  readonly kind: ClaimKind;
  readonly subject: string | null;
  readonly value: ClaimValue | null;
  readonly source: ClaimSource;
  readonly certainty: Certainty;
  readonly quote: boolean;
  readonly mentions: readonly Span[];
  /** Index of the sentence of the first mention. */
  readonly sentence: number;
  /** The span of the figure in the first mention ("nearly 400"); null for claims without one. */
  readonly figure: Span | null;
}

export interface EventWhere {
  readonly name: string;
  readonly alt_names: readonly string[];
  readonly admin1: string | null;
  readonly country: string | null;
  readonly country_name?: string;
  /** GeoNames feature code of the place (PPLA2, ADM1, PCLI …). */
  readonly feature?: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly geonameid: number | null;
  readonly span: Span | null;
}

export interface EventWhen {
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly span: Span | null;
}

export interface TallyEvent extends Spanned {
  readonly id: string;
  readonly type: string;
  readonly when: EventWhen | null;
  readonly where: EventWhere | null;
  readonly initiator: string | null;
  readonly target: string | null;
  readonly weapons: readonly string[];
}

/** Ties a claim to the event it is about (assigned by the events stage, which runs after the claims stage). */
export interface EventLink extends Spanned {
  readonly claim: string;
  readonly event: string;
}
