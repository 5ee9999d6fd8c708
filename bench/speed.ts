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
/** Runs the pipeline over every article; returns the claims found and ms. */
function extractAll(): { claims: number; ms: number } {
  let n = 0;
  const start = performance.now();
  for (const a of articles) n += extractArticle(a, { published: '2024-05-14' }).get('claims').length;
  return { claims: n, ms: performance.now() - start };
}
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

// Both sides are measured alike: one untimed pass over the whole corpus (V8 compiles the hot code; the pipeline
// loads the gazetteer), then ROUNDS timed passes, of which the median counts. The pipeline's first pass, before V8
// has optimised it, is printed on its own: it is what a short batch sees.
const ROUNDS = 3;
const firstPass = extractAll();
segment('article');
segment('paragraph');
const segRuns: number[] = [];
const paraRuns: number[] = [];
const pipeRuns: number[] = [];
let words = 0;
let claims = 0;
for (let r = 0; r < ROUNDS; r++) {
  const s = segment('article');
  words = s.words;
  segRuns.push(s.ms);
  paraRuns.push(segment('paragraph').ms);
  const p = extractAll();
  claims = p.claims;
  pipeRuns.push(p.ms);
}
const segMs = median(segRuns);
const pipeMs = median(pipeRuns);
const paraRate = words / (median(paraRuns) / 1000);

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
  [`Intl.Segmenter words/s (one call per article, median of ${ROUNDS})`, Math.round(segRate)],
  ['Intl.Segmenter words/s (one call per paragraph)', Math.round(paraRate)],
  [`pipeline words/s (median of ${ROUNDS} passes)`, Math.round(pipeRate)],
  ['pipeline articles/s', Math.round(articles.length / (pipeMs / 1000))],
  ['ratio pipeline / Segmenter per article', (pipeRate / segRate).toFixed(2) + ' (goal >= 0.33)'],
  ['ratio pipeline / Segmenter per paragraph', (pipeRate / paraRate).toFixed(2)],
  ['pipeline words/s, first pass (V8 not yet warm)', Math.round(words / (firstPass.ms / 1000))],
  ['peak RSS (MB)', rssMb.toFixed(0)],
  ['cold start `tally extract` (median of 5, ms)', Math.round(starts[2] ?? 0)],
]);
