// HTML articles: the readable body through Mozilla Readability on a linkedom DOM, plus title, outlet and date metadata.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { TallyError } from '../core/errors.js';

export interface HtmlArticle {
  readonly text: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
}

export const looksLikeHtml = (text: string): boolean =>
  /^\s*(?:<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);

export function htmlToArticle(html: string, label: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (sel: string): string | null => document.querySelector(sel)?.getAttribute('content')?.trim() || null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  const outlet = meta('meta[property="og:site_name"]');
  const url =
    meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  // Readability mutates the DOM it reads; it gets its own parse of the page.
  const reader = new Readability(parseHTML(html).document, { charThreshold: 100 });
  const parsed = reader.parse();
  let body = parsed?.textContent ? paragraphsOf(parsed.content ?? '') : '';
  if (body.trim().length === 0) body = paragraphsOf(document.body?.innerHTML ?? '');
  if (body.trim().length === 0) throw new TallyError('E_INPUT_HTML', `${label}: no readable text in the HTML`);
  const title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null;
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body;
  return { text, title, published: isoDate(published), outlet, url };
}

/** Block elements become paragraphs separated by blank lines; inline markup disappears; entities are decoded. */
function paragraphsOf(fragment: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  const blocks: string[] = [];
  const BLOCK = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,figcaption,pre,td';
  const nodes = document.querySelectorAll(BLOCK);
  for (const el of Array.from(nodes)) {
    if (el.querySelector(BLOCK)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
  }
  if (blocks.length === 0) {
    const t = (document.body?.textContent ?? '').replace(/[ \t]+/g, ' ').trim();
    if (t) blocks.push(t);
  }
  return blocks.join('\n\n');
}

function isoDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}
