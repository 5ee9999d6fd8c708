// Runs the pipeline over one article: the one entry point the CLI, ingest and tests share.
import { Doc } from './core/doc.js';
import type { ArticleMeta } from './core/doc.js';
import { TallyError } from './core/errors.js';
import { buildPipeline } from './pipeline/pipeline.js';
import type { Pipeline } from './pipeline/pipeline.js';
import type { RunContext, VagueConventionName } from './pipeline/stage.js';
import { STAGES } from './stages/index.js';
import type { RawArticle } from './input/article.js';

let pipeline: Pipeline | undefined;
const defaultPipeline = (): Pipeline => (pipeline ??= buildPipeline(STAGES));

export interface ExtractOptions {
  /** YYYY-MM-DD; wins over dates found in the HTML or the text. */
  readonly published?: string | null;
  readonly vagueConvention?: VagueConventionName;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last date assertIsoDate accepted (a batch passes the same date for every article). */
let lastValid: string | null = null;

export function assertIsoDate(value: string): string {
  if (value === lastValid) return value;
  const d = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new TallyError('E_DATE', `"${value}" is not a date of the form YYYY-MM-DD`);
  }
  lastValid = value;
  return value;
}

export function extractArticle(article: RawArticle, options: ExtractOptions = {}): Doc {
  const given = options.published ? assertIsoDate(options.published) : null;
  const published = given ?? article.published;
  const meta: ArticleMeta = {
    id: article.id,
    title: article.title,
    published,
    publishedFrom: given ? 'argument' : article.published ? 'html' : 'none',
    outlet: article.outlet,
    url: article.url,
    language: 'en',
  };
  const ctx: RunContext = {
    published,
    locale: 'en',
    vagueConvention: options.vagueConvention ?? 'default',
  };
  return defaultPipeline().run(new Doc(article.text, meta), ctx);
}
