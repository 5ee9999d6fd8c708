// The batch runner: reads, extracts and stores articles one transaction each, reports progress, and resumes after an interruption.
import { TallyError, isTallyError } from '../core/errors.js';
import { assertIsoDate, extractArticle } from '../extract.js';
import type { RawArticle } from '../input/article.js';
import { ingestDocument } from '../ledger/ledger.js';
import type { ArticleInput } from '../ledger/ledger.js';
import { toDocumentJson } from '../output/document.js';
import type { DocumentJson } from '../output/document.js';
import type { PublishedFrom, Store } from '../store/types.js';
import { unitsOf } from './readers.js';
import type { IngestItem, ReadOptions } from './readers.js';

export type Outcome = 'new' | 'version' | 'duplicate' | 'resumed' | 'failed';

export interface ItemReport {
  readonly label: string;
  readonly outcome: Outcome;
  readonly reason?: string;
  readonly code?: string;
  readonly articleId?: string;
  readonly events?: readonly string[];
  readonly publishedFrom?: PublishedFrom;
}

export interface IngestSummary {
  read: number;
  new: number;
  version: number;
  duplicate: number;
  /** Done in an earlier, interrupted run (known from the journal without reading the file again). */
  resumed: number;
  failed: number;
  merged: number;
  created: number;
  claims: number;
  /** Articles dated by their file's modification time, for want of anything better. */
  datedByMtime: string[];
  failures: { label: string; reason: string }[];
  seconds: number;
  interrupted: boolean;
}

export interface RunOptions extends ReadOptions {
  /** YYYY-MM-DD given on the command line: wins over every other date. */
  readonly published?: string | null;
  /** Called after each unit, with the running count and the number of units in the batch. */
  readonly onItem?: (report: ItemReport, done: number, total: number) => void;
  /** Checked between articles: when it returns true the run stops cleanly (resume by running again). */
  readonly stop?: () => boolean;
  /** Replaces the extraction pipeline (benchmarks without extraction, tests). */
  readonly extract?: (raw: RawArticle, published: string | null) => DocumentJson;
}

const mtimeDate = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString().slice(0, 10));

function defaultExtract(raw: RawArticle, published: string | null): DocumentJson {
  return toDocumentJson(extractArticle(raw, { published }));
}

async function ingestItem(
  store: Store,
  item: IngestItem,
  opts: RunOptions,
  summary: IngestSummary,
): Promise<ItemReport> {
  // Resume: a file already done, unchanged since (same size and modification time), is not read again.
  if (item.size !== null && item.mtime !== null) {
    const j = await store.journal(item.label);
    if (
      j &&
      j.status !== 'failed' &&
      j.size === item.size &&
      j.mtime === item.mtime &&
      j.articleId &&
      (await store.getArticle(j.articleId))
    ) {
      return { label: item.label, outcome: 'resumed', articleId: j.articleId };
    }
  }
  const raw = item.read();
  summary.read++;
  const existing = await store.articleByHash(raw.hash);
  let outcome: Outcome;
  let articleId: string;
  let events: readonly string[] = [];
  let publishedFrom: PublishedFrom | undefined;
  if (existing) {
    outcome = 'duplicate';
    articleId = existing.id;
  } else {
    const given = opts.published ?? null;
    const own = item.published ?? raw.published;
    let published = given ?? own;
    let json = (opts.extract ?? defaultExtract)(raw, published);
    publishedFrom = given
      ? 'argument'
      : item.published
        ? (item.publishedFrom ?? 'html')
        : raw.published
          ? 'html'
          : 'none';
    if (!published && json.article.published) {
      published = json.article.published;
      publishedFrom = json.article.published_from === 'dateline' ? 'dateline' : 'html';
    }
    if (!published && item.mtime !== null) {
      // No date in the text or its metadata: the file's modification date anchors "yesterday" and "on Friday".
      published = mtimeDate(item.mtime);
      json = (opts.extract ?? defaultExtract)(raw, published);
      publishedFrom = 'mtime';
      summary.datedByMtime.push(item.label);
    }
    const input: ArticleInput = {
      hash: raw.hash,
      text: raw.text,
      url: item.url ?? raw.url,
      path: item.path,
      title: raw.title,
      outlet: raw.outlet,
      published,
      publishedFrom,
      format: raw.format,
    };
    const r = await ingestDocument(store, input, json);
    outcome = r.status;
    articleId = r.articleId;
    events = r.events;
    summary.merged += r.merged;
    summary.created += r.created;
    summary.claims += json.claims.length;
  }
  await store.putJournal({
    item: item.label,
    size: item.size,
    mtime: item.mtime,
    hash: raw.hash,
    status: outcome === 'duplicate' ? 'duplicate' : outcome === 'version' ? 'version' : 'new',
    reason: null,
    articleId,
    at: new Date().toISOString(),
  });
  return { label: item.label, outcome, articleId, events, ...(publishedFrom ? { publishedFrom } : {}) };
}

/** Ingests every article the inputs name. A bad article is reported and skipped; what is stored stays stored. */
export async function runIngest(
  store: Store,
  inputs: readonly string[],
  opts: RunOptions = {},
): Promise<IngestSummary> {
  if (opts.published) assertIsoDate(opts.published);
  const started = performance.now();
  const summary: IngestSummary = {
    read: 0,
    new: 0,
    version: 0,
    duplicate: 0,
    resumed: 0,
    failed: 0,
    merged: 0,
    created: 0,
    claims: 0,
    datedByMtime: [],
    failures: [],
    seconds: 0,
    interrupted: false,
  };
  let done = 0;
  const units = [];
  for await (const unit of unitsOf(inputs, opts)) units.push(unit);
  for (const unit of units) {
    if (opts.stop?.()) {
      summary.interrupted = true;
      break;
    }
    let report: ItemReport;
    if (unit.kind === 'error') {
      report = { label: unit.label, outcome: 'failed', reason: unit.error.message, code: unit.error.code };
    } else {
      try {
        report = await ingestItem(store, unit.item, opts, summary);
      } catch (e) {
        const err = isTallyError(e)
          ? e
          : new TallyError(
              'E_PIPELINE',
              `${unit.item.label}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
              1,
            );
        report = { label: unit.item.label, outcome: 'failed', reason: err.message, code: err.code };
        await store
          .putJournal({
            item: unit.item.label,
            size: unit.item.size,
            mtime: unit.item.mtime,
            hash: null,
            status: 'failed',
            reason: err.message,
            articleId: null,
            at: new Date().toISOString(),
          })
          .catch(() => undefined);
      }
    }
    if (report.outcome === 'failed') {
      summary.failed++;
      summary.failures.push({ label: report.label, reason: report.reason ?? 'failed' });
    } else summary[report.outcome]++;
    done++;
    opts.onItem?.(report, done, units.length);
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
