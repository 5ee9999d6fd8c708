// What the API and the page ask of the ledger: the query functions plus the filters the query layer lacks
// (bounding box, side, text search), pagination with a total, an event's claims as a source x kind table,
// and an article's text spans. One function per list; the JSON, CSV, GeoJSON and HTML renderers all call it.
import { CLAIM_KINDS } from '../core/layers/claim.js';
import type { ClaimKind } from '../core/layers/claim.js';
import { assertIsoDate } from '../extract.js';
import { getArticle, getEvent, listClaims, listEvents, listSources } from '../query/read.js';
import type { ArticleView, ClaimView, EventDetail, EventSummary, SourceRef, SourceView } from '../query/types.js';
import type { ClaimFilter, EventFilter, Store } from '../store/types.js';
import { badRequest } from './errors.js';

export { CLAIM_KINDS } from '../core/layers/claim.js';
export const CERTAINTIES = ['asserted', 'hedged', 'unconfirmed', 'disputed'] as const;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1000;

export interface Paged<T> {
  readonly total: number;
  readonly limit: number | null;
  readonly offset: number;
  readonly items: readonly T[];
}

/** minLon, minLat, maxLon, maxLat; minLon > maxLon crosses the antimeridian. */
export type BBox = readonly [number, number, number, number];

export interface EventQuery {
  since?: string;
  until?: string;
  place?: string;
  kind?: ClaimKind;
  side?: string;
  contested?: boolean;
  bbox?: BBox;
  q?: string;
  limit: number | null;
  offset: number;
}

export interface ClaimQuery {
  event?: string;
  article?: string;
  source?: string;
  kind?: ClaimKind;
  side?: string;
  certainty?: string;
  q?: string;
  /** Include claims of superseded article versions. */
  all?: boolean;
  limit: number | null;
  offset: number;
}

export interface SourceQuery {
  side?: string;
  kind?: string;
  q?: string;
  limit: number | null;
  offset: number;
}

type Params = Readonly<Record<string, string | undefined>>;

const str = (p: Params, name: string, max = 200): string | undefined => {
  const v = p[name]?.trim();
  if (v === undefined || v === '') return undefined;
  if (v.length > max) throw badRequest(`"${name}" is longer than ${max} characters`);
  return v;
};

function flag(p: Params, name: string): boolean | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  if (v === '1' || v === 'true' || v === 'yes' || v === 'on') return true;
  if (v === '0' || v === 'false' || v === 'no' || v === 'off') return false;
  throw badRequest(`"${name}" is 1 or 0`);
}

function whole(p: Params, name: string, min: number, max: number): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < min || n > max) throw badRequest(`"${name}" is a whole number from ${min} to ${max}`);
  return n;
}

function date(p: Params, name: string): string | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  try {
    return assertIsoDate(v);
  } catch {
    throw badRequest(`"${name}" is a date of the form YYYY-MM-DD, not "${v}"`);
  }
}

function kind(p: Params): ClaimKind | undefined {
  const v = str(p, 'kind');
  if (v === undefined) return undefined;
  const k = CLAIM_KINDS.find((x) => x === v);
  if (!k) throw badRequest(`"kind" is one of ${CLAIM_KINDS.join(', ')}`);
  return k;
}

export function parseBBox(v: string): BBox {
  const parts = v.split(',').map((x) => x.trim());
  const nums = parts.map((x) => (/^-?\d{1,3}(\.\d{1,20})?$/.test(x) ? Number(x) : NaN));
  const [minLon, minLat, maxLon, maxLat] = nums;
  if (
    nums.length !== 4 ||
    minLon === undefined ||
    minLat === undefined ||
    maxLon === undefined ||
    maxLat === undefined ||
    nums.some(Number.isNaN)
  ) {
    throw badRequest('"bbox" is minLon,minLat,maxLon,maxLat in degrees');
  }
  if (
    Math.abs(minLon) > 180 ||
    Math.abs(maxLon) > 180 ||
    Math.abs(minLat) > 90 ||
    Math.abs(maxLat) > 90 ||
    minLat > maxLat
  ) {
    throw badRequest('"bbox" is out of range: longitudes within ±180, latitudes within ±90, minLat ≤ maxLat');
  }
  return [minLon, minLat, maxLon, maxLat];
}

function page(p: Params, defaultLimit: number | null): { limit: number | null; offset: number } {
  return { limit: whole(p, 'limit', 1, MAX_LIMIT) ?? defaultLimit, offset: whole(p, 'offset', 0, 1e9) ?? 0 };
}

/** Query parameters of /api/events (and of the page's events list). `defaultLimit` null: every match. */
export function eventQuery(p: Params, defaultLimit: number | null = DEFAULT_LIMIT): EventQuery {
  const q: EventQuery = page(p, defaultLimit);
  const since = date(p, 'since');
  const until = date(p, 'until');
  if (since && until && since > until) throw badRequest('"since" is after "until"');
  if (since) q.since = since;
  if (until) q.until = until;
  const place = str(p, 'place');
  if (place) q.place = place;
  const k = kind(p);
  if (k) q.kind = k;
  const side = str(p, 'side', 20);
  if (side) q.side = side.toUpperCase();
  const contested = flag(p, 'contested');
  if (contested !== undefined) q.contested = contested;
  const bbox = str(p, 'bbox');
  if (bbox) q.bbox = parseBBox(bbox);
  const text = str(p, 'q');
  if (text) q.q = text;
  return q;
}

export function claimQuery(p: Params, defaultLimit: number | null = DEFAULT_LIMIT): ClaimQuery {
  const q: ClaimQuery = page(p, defaultLimit);
  for (const name of ['event', 'article', 'source'] as const) {
    const v = str(p, name);
    if (v) q[name] = v;
  }
  const k = kind(p);
  if (k) q.kind = k;
  const side = str(p, 'side', 20);
  if (side) q.side = side.toUpperCase();
  const certainty = str(p, 'certainty');
  if (certainty) {
    if (!(CERTAINTIES as readonly string[]).includes(certainty))
      throw badRequest(`"certainty" is one of ${CERTAINTIES.join(', ')}`);
    q.certainty = certainty;
  }
  const text = str(p, 'q');
  if (text) q.q = text;
  const all = flag(p, 'all');
  if (all) q.all = true;
  return q;
}

export function sourceQuery(p: Params, defaultLimit: number | null = DEFAULT_LIMIT): SourceQuery {
  const q: SourceQuery = page(p, defaultLimit);
  const side = str(p, 'side', 20);
  if (side) q.side = side.toUpperCase();
  const k = str(p, 'kind', 40);
  if (k) q.kind = k;
  const text = str(p, 'q');
  if (text) q.q = text;
  return q;
}

function paginate<T>(all: readonly T[], limit: number | null, offset: number): Paged<T> {
  return { total: all.length, limit, offset, items: all.slice(offset, limit === null ? undefined : offset + limit) };
}

const has = (hay: string | null | undefined, needle: string): boolean =>
  hay !== null && hay !== undefined && hay.toLowerCase().includes(needle);

export function inBBox(lon: number, lat: number, b: BBox): boolean {
  const [minLon, minLat, maxLon, maxLat] = b;
  if (lat < minLat || lat > maxLat) return false;
  return minLon <= maxLon ? lon >= minLon && lon <= maxLon : lon >= minLon || lon <= maxLon;
}

function eventMatchesText(e: EventSummary, needle: string): boolean {
  const w = e.where;
  if (w && (has(w.name, needle) || has(w.admin1, needle) || has(w.country, needle) || has(w.country_name, needle)))
    return true;
  if (has(e.type, needle) || has(e.initiator, needle) || has(e.target, needle) || e.weapons.some((x) => has(x, needle)))
    return true;
  if (e.articles.some((a) => has(a.title, needle) || has(a.outlet, needle))) return true;
  return e.claims.some((c) => has(c.evidence, needle) || has(c.source.name, needle) || has(c.subject, needle));
}

/** Events matching the query, oldest first, one page of them and the total. */
export async function queryEvents(store: Store, q: EventQuery): Promise<Paged<EventSummary>> {
  const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
  if (q.since) filter.since = q.since;
  if (q.until) filter.until = q.until;
  if (q.place) filter.place = q.place;
  if (q.kind) filter.kind = q.kind;
  if (q.contested !== undefined) filter.contested = q.contested;
  let events = await listEvents(store, filter);
  if (q.contested === false) events = events.filter((e) => !e.contested);
  const { bbox, side, q: text } = q;
  if (bbox)
    events = events.filter(
      (e) => e.where?.lat != null && e.where.lon != null && inBBox(e.where.lon, e.where.lat, bbox),
    );
  if (side) events = events.filter((e) => e.claims.some((c) => c.source.side?.toUpperCase() === side));
  if (text) {
    const needle = text.toLowerCase();
    events = events.filter((e) => eventMatchesText(e, needle));
  }
  return paginate(events, q.limit, q.offset);
}

export async function queryClaims(store: Store, q: ClaimQuery): Promise<Paged<ClaimView>> {
  const filter: { -readonly [K in keyof ClaimFilter]: ClaimFilter[K] } = { currentOnly: !q.all };
  if (q.event) filter.eventId = q.event;
  if (q.article) filter.articleId = q.article;
  if (q.source) filter.sourceId = q.source;
  if (q.kind) filter.kind = q.kind;
  let claims = await listClaims(store, filter);
  const { side, certainty, q: text } = q;
  if (side) claims = claims.filter((c) => c.source.side?.toUpperCase() === side);
  if (certainty) claims = claims.filter((c) => c.certainty === certainty);
  if (text) {
    const needle = text.toLowerCase();
    claims = claims.filter(
      (c) =>
        has(c.evidence, needle) || has(c.source.name, needle) || has(c.subject, needle) || has(c.value?.text, needle),
    );
  }
  return paginate(claims, q.limit, q.offset);
}

export async function querySources(store: Store, q: SourceQuery): Promise<Paged<SourceView>> {
  let sources = await listSources(store);
  const { side, kind: k, q: text } = q;
  if (side) sources = sources.filter((s) => s.side?.toUpperCase() === side);
  if (k) sources = sources.filter((s) => s.kind === k);
  if (text) {
    const needle = text.toLowerCase();
    sources = sources.filter((s) => has(s.name, needle));
  }
  sources.sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name));
  return paginate(sources, q.limit, q.offset);
}

export interface SideBySideRow {
  readonly source: SourceRef;
  /** Claim ids per kind, oldest publication first; the claims themselves are under `kinds[].claims`. */
  readonly claims: Readonly<Partial<Record<ClaimKind, readonly string[]>>>;
}

export interface SideBySide {
  readonly kinds: readonly ClaimKind[];
  readonly rows: readonly SideBySideRow[];
}

/** An event's claims as a table: one row per source, one column per kind. */
export function sideBySide(e: EventDetail): SideBySide {
  const rows = new Map<string, { source: SourceRef; claims: Partial<Record<ClaimKind, string[]>> }>();
  for (const k of e.kinds) {
    for (const c of k.claims) {
      const row = rows.get(c.source.id) ?? { source: c.source, claims: {} };
      (row.claims[k.kind] ??= []).push(c.id);
      rows.set(c.source.id, row);
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) => (a.source.side ?? '~').localeCompare(b.source.side ?? '~') || a.source.name.localeCompare(b.source.name),
  );
  return { kinds: e.kinds.map((k) => k.kind), rows: sorted };
}

export type EventDetailView = EventDetail & { readonly side_by_side: SideBySide };

export async function eventDetail(store: Store, id: string): Promise<EventDetailView | null> {
  const e = await getEvent(store, id);
  return e ? { ...e, side_by_side: sideBySide(e) } : null;
}

export type SpanRole = 'evidence' | 'source' | 'mention' | 'place' | 'time';

export interface TextSpan {
  readonly role: SpanRole;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The claim the span belongs to (evidence, source, mention), else null. */
  readonly claim: string | null;
  /** The ledger event the place or time belongs to, else null. */
  readonly event: string | null;
}

export type ArticleDetailView = ArticleView & { readonly spans: readonly TextSpan[] };

/** An article with the spans of every claim (evidence, source, mentions) and of every event's place and time. */
export async function articleDetail(store: Store, id: string): Promise<ArticleDetailView | null> {
  const a = await getArticle(store, id);
  if (!a) return null;
  const [records, members] = await Promise.all([
    store.listClaims({ articleId: id, currentOnly: false }),
    store.membersOfArticle(id),
  ]);
  const spans: TextSpan[] = [];
  const seen = new Set<string>();
  const add = (role: SpanRole, start: number, end: number, claim: string | null, event: string | null): void => {
    if (!(start >= 0 && end > start && end <= a.text.length)) return;
    const key = `${role}:${start}:${end}:${claim ?? ''}:${event ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    spans.push({ role, start, end, text: a.text.slice(start, end), claim, event });
  };
  for (const c of records) {
    add('evidence', c.span[0], c.span[1], c.id, c.eventId);
    for (const m of c.mentions) {
      if (m.role === 'evidence') continue;
      const role: SpanRole = m.role === 'where' ? 'place' : m.role === 'when' ? 'time' : m.role;
      add(role, m.span[0], m.span[1], c.id, c.eventId);
    }
  }
  for (const m of members) {
    const w = m.event.where?.span;
    if (w) add('place', w[0], w[1], null, m.eventId);
    const t = m.event.when?.span;
    if (t) add('time', t[0], t[1], null, m.eventId);
  }
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  return { ...a, spans };
}
