// The events table and the claims table, joined by ids: stable column names shared by the CSV, JSON and NDJSON exports.
import type { ClaimView, EventSummary } from '../query/types.js';
import type { ArticleRef } from '../query/types.js';

export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

/** Columns of events.csv, in order. `best`/`low`/`high` are deaths (kind "killed"), as in UCDP GED. */
export const EVENT_COLUMNS = [
  'event_id',
  'type',
  'date_start',
  'date_end',
  'place',
  'admin1',
  'country',
  'latitude',
  'longitude',
  'geonameid',
  'initiator',
  'target',
  'weapons',
  'best',
  'low',
  'high',
  'convention',
  'injured_best',
  'injured_low',
  'injured_high',
  'contested',
  'n_articles',
  'n_claims',
  'n_sources',
  'article_ids',
  'article_urls',
  'article_paths',
] as const;

/** Columns of claims.csv, in order; `event_id` and `article_id` join to the events and to the articles. */
export const CLAIM_COLUMNS = [
  'claim_id',
  'event_id',
  'article_id',
  'kind',
  'subject',
  'subject_side',
  'figure_text',
  'number',
  'qualifier',
  'low',
  'high',
  'source_id',
  'source_name',
  'source_kind',
  'source_side',
  'stance',
  'certainty',
  'quote',
  'published',
  'current',
  'span_start',
  'span_end',
  'evidence',
  'article_url',
  'article_path',
] as const;

export function eventRow(e: EventSummary): Row {
  const killed = e.estimates.find((x) => x.kind === 'killed');
  const injured = e.estimates.find((x) => x.kind === 'injured');
  return {
    event_id: e.id,
    type: e.type,
    date_start: e.when?.start ?? null,
    date_end: e.when?.end ?? null,
    place: e.where?.name ?? null,
    admin1: e.where?.admin1 ?? null,
    country: e.where?.country ?? null,
    latitude: e.where?.lat ?? null,
    longitude: e.where?.lon ?? null,
    geonameid: e.where?.geonameid ?? null,
    initiator: e.initiator,
    target: e.target,
    weapons: e.weapons.join('; '),
    best: killed?.best ?? null,
    low: killed?.low ?? null,
    high: killed?.high ?? null,
    convention: killed?.convention ?? e.estimates[0]?.convention ?? null,
    injured_best: injured?.best ?? null,
    injured_low: injured?.low ?? null,
    injured_high: injured?.high ?? null,
    contested: e.contested,
    n_articles: e.articles.length,
    n_claims: e.claims.length,
    n_sources: new Set(e.claims.map((c) => c.source.id)).size,
    article_ids: e.articles.map((a) => a.id).join('; '),
    article_urls: e.articles
      .map((a) => a.url ?? '')
      .filter(Boolean)
      .join('; '),
    article_paths: e.articles
      .map((a) => a.path ?? '')
      .filter(Boolean)
      .join('; '),
  };
}

export function claimRow(c: ClaimView, article: ArticleRef | undefined): Row {
  return {
    claim_id: c.id,
    event_id: c.event,
    article_id: c.article,
    kind: c.kind,
    subject: c.subject,
    subject_side: c.subject_side,
    figure_text: c.value?.text ?? null,
    number: c.value?.number ?? null,
    qualifier: c.value?.qualifier ?? null,
    low: c.value?.low ?? null,
    high: c.value?.high ?? null,
    source_id: c.source.id,
    source_name: c.source.name,
    source_kind: c.source.kind,
    source_side: c.source.side,
    stance: c.stance,
    certainty: c.certainty,
    quote: c.quote,
    published: c.published,
    current: c.current,
    span_start: c.span[0],
    span_end: c.span[1],
    evidence: c.evidence,
    article_url: article?.url ?? null,
    article_path: article?.path ?? null,
  };
}

const csvCell = (v: Cell): string => {
  if (v === null) return '';
  const s = typeof v === 'boolean' ? (v ? 'true' : 'false') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(columns: readonly string[], rows: readonly Row[]): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvCell(r[c] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
