// Times the whole extraction pipeline on a generated corpus of over 1 MB, next to Intl.Segmenter's word segmentation
// of the same text in the same run; prints the ratio, peak RSS, and the cold start of `tally extract` on one article.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../src/extract.js';
import { articleFromBytes } from '../src/input/article.js';
import type { RawArticle } from '../src/input/article.js';
import { printTable } from './lib/manifest.js';

const root = resolve(process.cwd());
const sampleDir = join(root, 'samples');
const sampleFiles = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const bases = sampleFiles.map((f) => readFileSync(join(sampleDir, f), 'utf8'));

/** Varies the figures and weekdays of the samples so that no two generated articles are the same text. */
function generate(targetBytes: number): string[] {
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    const base = bases[i % bases.length] ?? '';
    const text = base
      .replace(/\b(\d{1,3})\b(?! ?(?:percent|mm|Street))/g, (m) => String((Number(m) * (i + 3)) % 997 || 1))
      .replace(/\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => days[i % 7] ?? 'Monday');
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const texts = generate(1.2 * 1024 * 1024);
const totalBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const articles: RawArticle[] = texts.map((t, i) => articleFromBytes(Buffer.from(t), `gen-${i}.txt`));

// Warm-up: load the gazetteer and JIT the stages once, outside the timed runs.
extractArticle(articles[0] as RawArticle, { published: '2024-05-14' });

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
/** Word-segments every article with Intl.Segmenter, one call per article or per paragraph; returns words and ms. */
function segment(unit: 'article' | 'paragraph'): { words: number; ms: number } {
  let n = 0;
  const start = performance.now();
  for (const a of articles) {
    for (const part of unit === 'article' ? [a.text] : a.text.split(/\n\s*\n/)) {
      for (const s of segmenter.segment(part)) if (s.isWordLike) n++;
    }
  }
  return { words: n, ms: performance.now() - start };
}
segment('article'); // warm-up
// The reference is one Segmenter call per article, the unit the pipeline works on; per paragraph is printed too
// (Node 20's word iterator slows down on long strings, so smaller calls are faster).
const perArticle = segment('article');
const perParagraph = segment('paragraph');
const words = perArticle.words;
const segMs = perArticle.ms;

const t0 = performance.now();
let claims = 0;
for (const a of articles) claims += extractArticle(a, { published: '2024-05-14' }).get('claims').length;
const pipeMs = performance.now() - t0;

const segRate = words / (segMs / 1000);
const pipeRate = words / (pipeMs / 1000);
const rssMb = process.resourceUsage().maxRSS / 1024;

const bin = join(root, 'bin', 'tally.js');
const one = join(sampleDir, sampleFiles[0] ?? '');
const starts: number[] = [];
for (let i = 0; i < 5; i++) {
  const s = performance.now();
  execFileSync(process.execPath, [bin, 'extract', '--published', '2024-05-14', one], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  starts.push(performance.now() - s);
}
starts.sort((a, b) => a - b);

console.log(
  `speed: ${articles.length} generated articles, ${(totalBytes / 1024 / 1024).toFixed(2)} MB, ${words} words, ${claims} claims`,
);
printTable([
  ['measure', 'value'],
  ['Intl.Segmenter words/s (one call per article)', Math.round(segRate)],
  ['Intl.Segmenter words/s (one call per paragraph)', Math.round(perParagraph.words / (perParagraph.ms / 1000))],
  ['pipeline words/s', Math.round(pipeRate)],
  ['pipeline articles/s', Math.round(articles.length / (pipeMs / 1000))],
  ['ratio pipeline / Segmenter per article', (pipeRate / segRate).toFixed(2) + ' (goal >= 0.33)'],
  ['ratio pipeline / Segmenter per paragraph', (pipeRate / (perParagraph.words / (perParagraph.ms / 1000))).toFixed(2)],
  ['peak RSS (MB)', rssMb.toFixed(0)],
  ['cold start `tally extract` (median of 5, ms)', Math.round(starts[2] ?? 0)],
]);
