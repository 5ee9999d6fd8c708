// POST /api/articles: one article or a batch, as JSON ({text|html, url?, title?, published?, outlet?}) or as a
// text/plain or text/html body. Every item is read and checked before any is stored; then each is extracted and
// ingested in its own transaction, one request at a time.
import { TallyError, isTallyError } from '../core/errors.js';
import { extractArticle } from '../extract.js';
import { articleFromBytes } from '../input/article.js';
import type { RawArticle } from '../input/article.js';
import { ingestDocument } from '../ledger/ledger.js';
import { toDocumentJson } from '../output/document.js';
import type { PublishedFrom, Store } from '../store/types.js';
import { ApiError, badRequest, toApiError } from './errors.js';

export const MAX_BATCH = 100;

export interface IngestedItem {
  readonly index: number;
  readonly status: 'new' | 'duplicate' | 'version';
  readonly article: string;
  readonly events: readonly string[];
  readonly claims: number;
  readonly published: string | null;
  readonly published_from: PublishedFrom;
}

interface Prepared {
  readonly raw: RawArticle;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom;
}

const FIELDS = new Set(['text', 'html', 'url', 'title', 'published', 'outlet']);

function optString(o: Record<string, unknown>, field: string, where: string): string | null {
  const v = o[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw badRequest(`${where}: "${field}" must be a string`);
  return v;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

function isoDay(v: string, where: string): string {
  const m = ISO_DAY.exec(v.trim());
  const day = m?.[1];
  if (
    !day ||
    Number.isNaN(Date.parse(`${day}T00:00:00Z`)) ||
    new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day
  ) {
    throw badRequest(`${where}: "published" is a date (YYYY-MM-DD or an ISO timestamp), not "${v}"`);
  }
  return day;
}

export interface ArticleFields {
  readonly text?: string | null;
  readonly html?: string | null;
  readonly url?: string | null;
  readonly title?: string | null;
  readonly published?: string | null;
  readonly outlet?: string | null;
}

/** Reads and checks one article (throws 4xx ApiErrors naming `where`). */
export function prepareArticle(f: ArticleFields, where: string): Prepared {
  const text = f.text ?? null;
  const html = f.html ?? null;
  if (text === null && html === null) throw badRequest(`${where}: give "text" or "html"`);
  if (text !== null && html !== null) throw badRequest(`${where}: give "text" or "html", not both`);
  if (f.url != null && !/^https?:\/\/\S{1,2000}$/i.test(f.url)) throw badRequest(`${where}: "url" is an http(s) URL`);
  const published = f.published != null && f.published.trim() !== '' ? isoDay(f.published, where) : null;
  let raw: RawArticle;
  try {
    raw = articleFromBytes(new TextEncoder().encode(html ?? text ?? ''), where, { html: html !== null });
  } catch (e) {
    throw toApiError(e);
  }
  raw = {
    ...raw,
    title: f.title ?? raw.title,
    url: f.url ?? raw.url,
    outlet: f.outlet ?? raw.outlet,
    published: published ?? raw.published,
  };
  return { raw, published: raw.published, publishedFrom: published ? 'argument' : raw.published ? 'html' : 'none' };
}

/** The items of a JSON body: one object or an array of them. */
export function parseJsonBody(body: string): ArticleFields[] {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw badRequest(`malformed JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const list: unknown[] = Array.isArray(value) ? value : [value];
  if (list.length === 0) throw badRequest('the batch is empty');
  if (list.length > MAX_BATCH)
    throw new ApiError(413, 'payload_too_large', `a batch holds at most ${MAX_BATCH} articles, not ${list.length}`);
  return list.map((item, i) => {
    const where = Array.isArray(value) ? `item ${i}` : 'article';
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw badRequest(`${where}: not a JSON object`);
    const o = item as Record<string, unknown>;
    const unknown = Object.keys(o).filter((k) => !FIELDS.has(k));
    if (unknown.length > 0)
      throw badRequest(`${where}: unknown field "${unknown[0] ?? ''}" (fields: ${[...FIELDS].join(', ')})`);
    return {
      text: optString(o, 'text', where),
      html: optString(o, 'html', where),
      url: optString(o, 'url', where),
      title: optString(o, 'title', where),
      published: optString(o, 'published', where),
      outlet: optString(o, 'outlet', where),
    };
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Extracts and stores prepared articles, one request at a time (the store's transactions are not reentrant). */
export function ingestPrepared(store: Store, items: readonly Prepared[]): Promise<IngestedItem[]> {
  const run = async (): Promise<IngestedItem[]> => {
    const out: IngestedItem[] = [];
    for (const [index, p] of items.entries()) {
      let json;
      try {
        json = toDocumentJson(extractArticle(p.raw, { published: p.published }));
      } catch (e) {
        if (isTallyError(e) && e.exitCode === 2) throw toApiError(e);
        throw new TallyError('E_PIPELINE', `item ${index}: extraction failed`, 1);
      }
      const r = await ingestDocument(
        store,
        {
          hash: p.raw.hash,
          text: p.raw.text,
          url: p.raw.url,
          path: null,
          title: p.raw.title,
          outlet: p.raw.outlet,
          published: p.published,
          publishedFrom: p.publishedFrom,
          format: p.raw.format,
        },
        json,
      );
      out.push({
        index,
        status: r.status,
        article: r.articleId,
        events: r.events,
        claims: r.status === 'duplicate' ? 0 : json.claims.length,
        published: p.published,
        published_from: p.publishedFrom,
      });
    }
    return out;
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
