// The shapes the read functions return: one set for the CLI, the exports and the HTTP API.
import type { Certainty, ClaimKind, ClaimValue, EventWhen, EventWhere } from '../core/layers/claim.js';
import type { SourceKind } from '../core/layers/source.js';
import type { Span } from '../core/span.js';
import type { EstimateRecord, MergeLogRecord, PublishedFrom } from '../store/types.js';

export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  /** As ingested: the URL of a feed or JSONL item or HTML page, else null. */
  readonly url: string | null;
  /** As ingested: the file path ("-" for standard input), else null. */
  readonly path: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly published_from: PublishedFrom;
  /** False when a newer version of the same article (same URL or path, new text) has been ingested. */
  readonly current: boolean;
  readonly superseded_by: string | null;
}

export interface ArticleView extends ArticleRef {
  readonly hash: string;
  readonly ingested_at: string;
  readonly text: string;
  readonly claims: readonly ClaimView[];
  /** Ledger events this article contributes to. */
  readonly events: readonly string[];
}

export interface SourceRef {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly side: string | null;
}

export interface SourceView extends SourceRef {
  readonly claims: number;
  readonly events: number;
}

/** Whose losses a claim counts, seen from the claimant: `own` (Ukraine about Ukrainian soldiers), `enemy`, or unknown. */
export type Stance = 'own' | 'enemy' | null;

export interface ClaimView {
  readonly id: string;
  readonly article: string;
  readonly event: string | null;
  readonly kind: ClaimKind;
  readonly subject: string | null;
  /** The side of the counted group where the subject names one ("Ukrainian soldiers" -> UA). */
  readonly subject_side: string | null;
  readonly value: ClaimValue | null;
  readonly source: SourceRef;
  readonly certainty: Certainty;
  readonly quote: boolean;
  readonly span: Span;
  /** The evidence sentence(s): the article text under `span`. */
  readonly evidence: string;
  readonly published: string | null;
  readonly current: boolean;
  readonly stance: Stance;
}

export interface TimelineEntry {
  readonly claim: string;
  readonly source: string;
  readonly source_name: string;
  readonly published: string | null;
  readonly figure: string;
  readonly low: number | null;
  readonly high: number | null;
  /** The later claim of the same source that superseded this one (nothing is overwritten). */
  readonly superseded_by: string | null;
}

export interface Contradiction {
  readonly kind: ClaimKind;
  readonly a: string;
  readonly b: string;
  readonly reason: string;
}

/** A low/best/high estimate of one kind, as stored, without its storage fields. */
export type Estimate = Omit<EstimateRecord, 'eventId' | 'computedAt'>;

export interface KindReport {
  readonly kind: ClaimKind;
  /** All claims of this kind side by side, oldest publication first. */
  readonly claims: readonly ClaimView[];
  readonly timeline: readonly TimelineEntry[];
  readonly contradictions: readonly Contradiction[];
  readonly estimate: Estimate;
}

export interface EventSummary {
  readonly id: string;
  readonly type: string;
  readonly where: EventWhere | null;
  readonly when: EventWhen | null;
  readonly initiator: string | null;
  readonly target: string | null;
  readonly weapons: readonly string[];
  readonly contested: boolean;
  readonly articles: readonly ArticleRef[];
  readonly claims: readonly ClaimView[];
  readonly estimates: readonly Estimate[];
}

export interface MemberView {
  readonly id: string;
  readonly article: string;
  readonly type: string;
  readonly where: string | null;
  readonly when: string | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
  readonly manual: boolean;
  readonly current: boolean;
}

export interface EventDetail extends EventSummary {
  readonly members: readonly MemberView[];
  readonly kinds: readonly KindReport[];
  readonly history: readonly MergeLogRecord[];
}

export interface Page {
  readonly limit?: number;
  readonly offset?: number;
}
