// The Store: everything the ledger keeps, behind an async interface that SQLite (here) and PostgreSQL (later) both satisfy.
import type {
  Certainty,
  ClaimKind,
  ClaimSource,
  ClaimValue,
  EventWhen,
  EventWhere,
  TallyEvent,
} from '../core/layers/claim.js';
import type { SourceKind } from '../core/layers/source.js';
import type { Span } from '../core/span.js';

/** Where an article's publication date came from. */
export type PublishedFrom = 'argument' | 'html' | 'dateline' | 'feed' | 'jsonl' | 'mtime' | 'none';

export interface ArticleRecord {
  /** `a_` + the first 16 hex digits of the content hash. */
  readonly id: string;
  /** sha256 of the normalised text. */
  readonly hash: string;
  /** What makes two texts versions of one article: its URL, else its absolute path, else its hash. */
  readonly key: string;
  readonly url: string | null;
  /** The path as given to ingest ("-" for standard input), or null for feed and JSONL items that carry a URL. */
  readonly path: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom;
  readonly format: string;
  readonly text: string;
  readonly ingestedAt: string;
  /** False once a newer version (same key, new text) has been ingested; its claims then stop counting. */
  readonly current: boolean;
  readonly supersededBy: string | null;
}

export interface SourceRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: SourceKind;
  readonly side: string | null;
}

export interface SpanRecord {
  readonly role: 'evidence' | 'mention' | 'source' | 'when' | 'where';
  readonly span: Span;
  readonly text: string;
}

export interface ClaimRecord {
  /** `${articleId}:${local id}`. */
  readonly id: string;
  readonly articleId: string;
  readonly localId: string;
  /** The extractor's event id within the article. */
  readonly localEvent: string | null;
  /** The ledger event the claim belongs to (through its article event), or null. */
  readonly eventId: string | null;
  readonly sourceId: string;
  readonly kind: ClaimKind;
  readonly subject: string | null;
  readonly value: ClaimValue | null;
  readonly source: ClaimSource;
  readonly certainty: Certainty;
  readonly quote: boolean;
  readonly span: Span;
  /** The evidence: the article text under `span`. */
  readonly text: string;
  readonly mentions: readonly SpanRecord[];
  /** Publication date of the article the claim comes from (denormalised for timelines). */
  readonly published: string | null;
  /** Whether the claim's article version is current. */
  readonly current: boolean;
}

export interface EventRecord {
  readonly id: string;
  readonly type: string;
  readonly where: EventWhere | null;
  readonly when: EventWhen | null;
  readonly initiator: string | null;
  readonly target: string | null;
  readonly weapons: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Number of current article events in it; 0 when all its articles were superseded or moved away. */
  readonly members: number;
  readonly contested: boolean;
}

/** One article's event (as the extractor found it) and the ledger event it was merged into. */
export interface MemberRecord {
  /** `${articleId}:${local event id}`. */
  readonly id: string;
  readonly articleId: string;
  readonly articleKey: string;
  readonly localId: string;
  readonly eventId: string;
  readonly event: TallyEvent;
  /** The interval the merge used: the event's dates, else assumed from the publication date. */
  readonly start: string | null;
  readonly end: string | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
  readonly manual: boolean;
  readonly current: boolean;
}

export type MergeAction = 'create' | 'merge' | 'split' | 'manual_merge' | 'supersede';

export interface MergeLogRecord {
  readonly at: string;
  readonly action: MergeAction;
  readonly eventId: string;
  readonly memberId: string | null;
  readonly otherEventId: string | null;
  readonly score: number | null;
  readonly reasons: readonly string[];
}

/** A person's decision, kept across re-ingest: articles (by key) that must or must not share an event. */
export interface ConstraintRecord {
  readonly kind: 'must_link' | 'cannot_link';
  readonly a: string;
  readonly b: string;
  readonly createdAt: string;
  readonly note: string | null;
}

export interface EstimateRecord {
  readonly eventId: string;
  readonly kind: ClaimKind;
  readonly convention: string;
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
  readonly contested: boolean;
  /** Readable lines: which figures made low/best/high and which were excluded, and why. */
  readonly trace: readonly string[];
  readonly computedAt: string;
}

export interface JournalRecord {
  /** A path, a URL, or `path#line` / `url#guid` for items inside a batch file. */
  readonly item: string;
  /** File size and mtime (ms) when the item is a file, to know it has not changed since. */
  readonly size: number | null;
  readonly mtime: number | null;
  readonly hash: string | null;
  readonly status: 'new' | 'duplicate' | 'version' | 'failed';
  readonly reason: string | null;
  readonly articleId: string | null;
  readonly at: string;
}

export interface EventFilter {
  /** YYYY-MM-DD: events that end on or after this day. */
  readonly since?: string;
  /** YYYY-MM-DD: events that start on or before this day. */
  readonly until?: string;
  /** Case-insensitive match on place name, admin1, country code or country name. */
  readonly place?: string;
  /** Events holding at least one current claim of this kind. */
  readonly kind?: string;
  readonly contested?: boolean;
  /** Include events whose members have all been superseded or moved (members = 0). */
  readonly includeEmpty?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ClaimFilter {
  readonly eventId?: string;
  readonly articleId?: string;
  readonly sourceId?: string;
  readonly kind?: string;
  /** Only claims of current article versions (default true). */
  readonly currentOnly?: boolean;
  /** Only claims that belong to no event. */
  readonly unattached?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ArticleFilter {
  readonly eventId?: string;
  readonly currentOnly?: boolean;
  readonly limit?: number;
  readonly offset?: number;
}

export interface Store {
  /** A short name of the implementation ("sqlite"). */
  readonly dialect: string;
  /** Runs `fn` in one transaction: all its writes land, or none do. Not reentrant. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** Versions of the applied migrations, ascending. */
  migrations(): Promise<number[]>;

  // articles
  articleByHash(hash: string): Promise<ArticleRecord | null>;
  currentArticleByKey(key: string): Promise<ArticleRecord | null>;
  insertArticle(article: ArticleRecord): Promise<void>;
  /** Marks `oldId` superseded by `newId`: its claims and article events stop counting. */
  supersedeArticle(oldId: string, newId: string): Promise<void>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  listArticles(filter?: ArticleFilter): Promise<ArticleRecord[]>;
  countArticles(): Promise<number>;

  // sources
  upsertSource(source: SourceRecord): Promise<void>;
  getSource(id: string): Promise<SourceRecord | null>;
  listSources(): Promise<SourceRecord[]>;

  // claims
  insertClaims(claims: readonly ClaimRecord[]): Promise<void>;
  /** Points every claim of an article event at a ledger event. */
  assignClaims(articleId: string, localEvent: string, eventId: string | null): Promise<void>;
  getClaim(id: string): Promise<ClaimRecord | null>;
  listClaims(filter?: ClaimFilter): Promise<ClaimRecord[]>;

  // events
  insertEvent(event: EventRecord): Promise<void>;
  updateEvent(event: EventRecord): Promise<void>;
  getEvent(id: string): Promise<EventRecord | null>;
  listEvents(filter?: EventFilter): Promise<EventRecord[]>;
  countEvents(): Promise<number>;
  /** Replaces the blocking keys of an event (date bucket x place cell). */
  setEventBlocks(eventId: string, blocks: readonly string[]): Promise<void>;
  /** Events indexed under any of the keys. */
  eventsInBlocks(blocks: readonly string[]): Promise<string[]>;

  // membership
  insertMember(member: MemberRecord): Promise<void>;
  moveMember(
    memberId: string,
    eventId: string,
    score: number | null,
    reasons: readonly string[],
    manual: boolean,
  ): Promise<void>;
  membersOfEvent(eventId: string, currentOnly?: boolean): Promise<MemberRecord[]>;
  membersOfArticle(articleId: string): Promise<MemberRecord[]>;

  // history and decisions
  logMerge(entry: MergeLogRecord): Promise<void>;
  mergeLog(eventId: string): Promise<MergeLogRecord[]>;
  addConstraint(c: ConstraintRecord): Promise<void>;
  constraintsFor(articleKeys: readonly string[]): Promise<ConstraintRecord[]>;

  // estimates
  putEstimates(eventId: string, estimates: readonly EstimateRecord[]): Promise<void>;
  estimates(eventId: string): Promise<EstimateRecord[]>;

  // ingest journal
  journal(item: string): Promise<JournalRecord | null>;
  putJournal(entry: JournalRecord): Promise<void>;
}
