// Turns ingest arguments (files, folders, globs, "-", feed URLs) into a stream of articles to read, one unit at a time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { TallyError, isTallyError } from '../core/errors.js';
import { articleFromBytes, readArticleFile } from '../input/article.js';
import type { RawArticle } from '../input/article.js';
import { MAX_INPUT_BYTES } from '../input/decode.js';
import type { PublishedFrom } from '../store/types.js';
import { isoDateOf, looksLikeFeed, parseFeed } from './feed.js';
import type { FeedItem } from './feed.js';
import { isGlob, matchPath } from './glob.js';

export interface IngestItem {
  /** The item's name in reports and in the resume journal: a path, a URL, `path#line` or `feed#guid`. */
  readonly label: string;
  /** The file path as given ("-" for standard input), kept on the article; null for items of a feed or JSONL file with a URL. */
  readonly path: string | null;
  readonly url: string | null;
  readonly size: number | null;
  readonly mtime: number | null;
  /** The date the item carries itself (feed pubDate, JSONL `published`), if any. */
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom | null;
  read(): RawArticle;
}

export type Unit =
  | { readonly kind: 'item'; readonly item: IngestItem }
  | { readonly kind: 'error'; readonly label: string; readonly error: TallyError };

export interface ReadOptions {
  /** Standard input, read once when "-" is given. */
  readonly stdin?: () => Uint8Array;
  readonly fetch?: (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
}

const ARTICLE_EXT = new Set(['.txt', '.text', '.html', '.htm']);
const JSONL_EXT = new Set(['.jsonl', '.ndjson']);
const FEED_EXT = new Set(['.xml', '.rss', '.atom']);
const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

const failure = (label: string, e: unknown): Unit => ({
  kind: 'error',
  label,
  error: isTallyError(e)
    ? e
    : new TallyError('E_INPUT_NOT_FOUND', `${label}: ${e instanceof Error ? e.message : String(e)}`),
});

function walk(dir: string, out: string[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) {
      const ext = extname(e.name).toLowerCase();
      if (ARTICLE_EXT.has(ext) || JSONL_EXT.has(ext) || FEED_EXT.has(ext)) out.push(p);
    }
  }
}

/** Files a glob names, under the pattern's fixed prefix, in name order. */
export function expandGlob(pattern: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  while (parts.length > 0 && !isGlob(parts[0]!)) fixed.push(parts.shift()!);
  const base = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const all: string[] = [];
  const collect = (dir: string, rel: string[]): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) collect(join(dir, e.name), [...rel, e.name]);
      else if (e.isFile() && matchPath(parts, [...rel, e.name])) all.push(join(dir, e.name));
    }
  };
  collect(base, []);
  return all.sort();
}

function articleItem(path: string): IngestItem {
  const st = statSync(path);
  return {
    label: path,
    path,
    url: null,
    size: st.size,
    mtime: Math.floor(st.mtimeMs),
    published: null,
    publishedFrom: null,
    read: () => readArticleFile(path),
  };
}

interface JsonRow {
  url?: unknown;
  title?: unknown;
  published?: unknown;
  outlet?: unknown;
  text?: unknown;
  html?: unknown;
}
const optStr = (v: unknown, field: string, label: string): string | null => {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new TallyError('E_USAGE', `${label}: "${field}" must be a string`);
  return v;
};

function jsonlUnits(text: string, file: string): Unit[] {
  const units: Unit[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const label = `${file}#${i + 1}`;
    try {
      let row: JsonRow;
      try {
        row = JSON.parse(line) as JsonRow;
      } catch {
        throw new TallyError('E_USAGE', `${label}: not a JSON object`);
      }
      if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new TallyError('E_USAGE', `${label}: not a JSON object`);
      const body = optStr(row.text, 'text', label);
      const html = optStr(row.html, 'html', label);
      if (body === null && html === null)
        throw new TallyError('E_INPUT_EMPTY', `${label}: the row has neither "text" nor "html"`);
      const url = optStr(row.url, 'url', label);
      const title = optStr(row.title, 'title', label);
      const outlet = optStr(row.outlet, 'outlet', label);
      const givenDate = optStr(row.published, 'published', label);
      const published = isoDateOf(givenDate);
      if (givenDate !== null && published === null)
        throw new TallyError('E_DATE', `${label}: "published" is not a date: ${givenDate}`);
      const bytes = new TextEncoder().encode(html ?? body ?? '');
      units.push({
        kind: 'item',
        item: {
          label: url ?? label,
          path: url ? null : label,
          url,
          size: null,
          mtime: null,
          published,
          publishedFrom: published ? 'jsonl' : null,
          read: () => {
            const raw = articleFromBytes(bytes, label, { html: html !== null });
            return {
              ...raw,
              title: title ?? raw.title,
              url: url ?? raw.url,
              outlet: outlet ?? raw.outlet,
              published: published ?? raw.published,
            };
          },
        },
      });
    } catch (e) {
      units.push(failure(label, e));
    }
  }
  return units;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function feedUnits(xml: string, source: string, outletHint: string | null): Unit[] {
  let items: FeedItem[];
  try {
    items = parseFeed(xml, source);
  } catch (e) {
    return [failure(source, e)];
  }
  return items.map((it, i): Unit => {
    const label = it.url ?? `${source}#${it.guid ?? i + 1}`;
    const isHtml = /<[a-z][^>]{0,200}>/i.test(it.body);
    return {
      kind: 'item',
      item: {
        label,
        path: it.url ? null : label,
        url: it.url,
        size: null,
        mtime: null,
        published: it.published,
        publishedFrom: it.published ? 'feed' : null,
        read: () => {
          const title = it.title ?? '';
          const raw = isHtml
            ? articleFromBytes(
                new TextEncoder().encode(
                  `<html><head><title>${escapeHtml(title)}</title></head><body><article>${title ? `<h1>${escapeHtml(title)}</h1>` : ''}${it.body}</article></body></html>`,
                ),
                label,
                { html: true },
              )
            : articleFromBytes(new TextEncoder().encode(title ? `${title}\n\n${it.body}` : it.body), label, {
                html: false,
              });
          return {
            ...raw,
            title: it.title ?? raw.title,
            url: it.url ?? raw.url,
            outlet: raw.outlet ?? outletHint,
            published: it.published ?? raw.published,
          };
        },
      },
    };
  });
}

function fileUnits(path: string): Unit[] {
  const ext = extname(path).toLowerCase();
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new TallyError('E_INPUT_NOT_FOUND', `${path}: not a file`);
    if ((JSONL_EXT.has(ext) || FEED_EXT.has(ext)) && st.size > 20 * MAX_INPUT_BYTES)
      throw new TallyError('E_INPUT_TOO_LARGE', `${path}: ${st.size} bytes is too large for a batch file`);
    if (JSONL_EXT.has(ext)) return jsonlUnits(readFileSync(path, 'utf8'), path);
    if (FEED_EXT.has(ext)) return feedUnits(readFileSync(path, 'utf8'), path, null);
    if (!ARTICLE_EXT.has(ext) && st.size <= MAX_INPUT_BYTES) {
      const head = readFileSync(path, 'utf8').slice(0, 2000);
      if (looksLikeFeed(head)) return feedUnits(readFileSync(path, 'utf8'), path, null);
    }
    return [{ kind: 'item', item: articleItem(path) }];
  } catch (e) {
    if (isTallyError(e)) return [failure(path, e)];
    return [failure(path, new TallyError('E_INPUT_NOT_FOUND', `${path}: no such file`))];
  }
}

function stdinUnits(bytes: Uint8Array): Unit[] {
  const text = new TextDecoder().decode(bytes);
  if (looksLikeFeed(text.slice(0, 2000))) return feedUnits(text, 'stdin', null);
  if (/^\s*\{/.test(text)) {
    const first = text.trimStart().split('\n', 1)[0] ?? '';
    try {
      JSON.parse(first);
      return jsonlUnits(text, 'stdin');
    } catch {
      // not JSON Lines: an article that starts with a brace
    }
  }
  return [
    {
      kind: 'item',
      item: {
        label: 'stdin',
        path: '-',
        url: null,
        size: null,
        mtime: null,
        published: null,
        publishedFrom: null,
        read: () => articleFromBytes(bytes, 'stdin'),
      },
    },
  ];
}

async function urlUnits(url: string, opts: ReadOptions): Promise<Unit[]> {
  const get = opts.fetch ?? ((u: string) => fetch(u, { redirect: 'follow', signal: AbortSignal.timeout(30_000) }));
  let body: string;
  try {
    const res = await get(url);
    if (!res.ok) throw new TallyError('E_INPUT_NOT_FOUND', `${url}: HTTP ${res.status}`);
    body = await res.text();
  } catch (e) {
    return [
      failure(
        url,
        isTallyError(e)
          ? e
          : new TallyError('E_INPUT_NOT_FOUND', `${url}: cannot fetch (${e instanceof Error ? e.message : String(e)})`),
      ),
    ];
  }
  if (looksLikeFeed(body.slice(0, 2000))) return feedUnits(body, url, new URL(url).hostname);
  const bytes = new TextEncoder().encode(body);
  return [
    {
      kind: 'item',
      item: {
        label: url,
        path: null,
        url,
        size: null,
        mtime: null,
        published: null,
        publishedFrom: null,
        read: () => ({ ...articleFromBytes(bytes, url, { html: true }), url }),
      },
    },
  ];
}

/** Every unit the arguments name, in order: a folder's files by name, recursively; a glob's matches; the items of feeds and JSONL files. */
export async function* unitsOf(inputs: readonly string[], opts: ReadOptions = {}): AsyncGenerator<Unit> {
  for (const input of inputs) {
    if (input === '-') {
      yield* stdinUnits(opts.stdin ? opts.stdin() : readFileSync(0));
      continue;
    }
    if (isUrl(input)) {
      yield* await urlUnits(input, opts);
      continue;
    }
    let files: string[];
    if (isGlob(input)) {
      files = expandGlob(input);
      if (files.length === 0) {
        yield failure(input, new TallyError('E_INPUT_NOT_FOUND', `${input}: no file matches`));
        continue;
      }
    } else {
      let dir = false;
      try {
        dir = statSync(input).isDirectory();
      } catch {
        yield failure(input, new TallyError('E_INPUT_NOT_FOUND', `${input}: no such file or folder`));
        continue;
      }
      files = dir ? [] : [input];
      if (dir) walk(input, files);
    }
    for (const f of files) yield* fileUnits(f);
  }
}

export const absolute = (p: string): string => (p === '-' ? p : resolve(p));
