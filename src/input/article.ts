// Reads one article from bytes (plain text or HTML) into normalised text and metadata.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { TallyError } from '../core/errors.js';
import { decodeText, MAX_INPUT_BYTES, normaliseText } from './decode.js';
import { htmlToArticle, looksLikeHtml } from './html.js';
import { assertEnglish } from './language.js';

export interface RawArticle {
  readonly id: string;
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  readonly format: 'text' | 'html';
  /** sha256 of the normalised text. */
  readonly hash: string;
}

export function articleFromBytes(bytes: Uint8Array, label: string, hints: { html?: boolean } = {}): RawArticle {
  const decoded = decodeText(bytes, label);
  const isHtml = hints.html ?? looksLikeHtml(decoded);
  let text = decoded;
  let title: string | null = null;
  let published: string | null = null;
  let outlet: string | null = null;
  let url: string | null = null;
  if (isHtml) {
    const a = htmlToArticle(decoded, label);
    text = normaliseText(a.text);
    ({ title, published, outlet, url } = a);
  } else {
    title = firstLine(text);
  }
  assertEnglish(text, label);
  return {
    id: idFromLabel(label),
    text,
    title,
    published,
    outlet,
    url,
    format: isHtml ? 'html' : 'text',
    hash: createHash('sha256').update(text).digest('hex'),
  };
}

export function readArticleFile(path: string): RawArticle {
  let bytes: Uint8Array;
  if (path === '-') {
    bytes = readFileSync(0);
  } else {
    let size: number;
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new TallyError('E_INPUT_NOT_FOUND', `${path}: not a file`);
      size = st.size;
    } catch (e) {
      if (e instanceof TallyError) throw e;
      throw new TallyError('E_INPUT_NOT_FOUND', `${path}: no such file`);
    }
    if (size > MAX_INPUT_BYTES) {
      throw new TallyError('E_INPUT_TOO_LARGE', `${path}: ${size} bytes is over the limit of ${MAX_INPUT_BYTES}`);
    }
    bytes = readFileSync(path);
  }
  const ext = extname(path).toLowerCase();
  return articleFromBytes(
    bytes,
    path === '-' ? 'stdin' : path,
    ext === '.html' || ext === '.htm' ? { html: true } : {},
  );
}

function firstLine(text: string): string | null {
  const line = text.trimStart().split('\n', 1)[0]?.trim();
  return line ? line.slice(0, 300) : null;
}

function idFromLabel(label: string): string {
  const base = basename(label).replace(/\.[^.]+$/, '');
  return base || 'stdin';
}
