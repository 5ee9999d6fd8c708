// TempEval-3 Task A (TIMEX3) harness: runs findTimes over each TimeML document's raw text with its DCT as anchor,
// and reports strict and relaxed extent P/R/F1 and value and type F1, overall and per corpus.
// Usage: node dist/bench/tempeval3.js [FOLDER]   (TE3_ERRORS=1 prints the mismatches)
import { readFileSync } from 'node:fs';
import { findTimes } from '../src/stages/times.js';
import { splitSentences } from '../src/stages/sentences.js';
import { benchmarkFolder, f1, pct, printTable, readManifest } from './lib/manifest.js';

interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface TmlDoc {
  text: string;
  dct: string;
  gold: Timex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/giu, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? '';
  });

function attr(tag: string, name: string): string {
  const m = new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag);
  return m?.[1] ?? '';
}

/** Parses one TimeML file with a linear scan over its tags: the raw text of <TEXT>, its TIMEX3s and the DCT. */
export function parseTml(xml: string): TmlDoc {
  const dctBlock = /<DCT>([\s\S]*?)<\/DCT>/u.exec(xml)?.[1] ?? '';
  const dctTag = /<TIMEX3\b[^>]*>/u.exec(dctBlock)?.[0] ?? '';
  const dct = attr(dctTag, 'value').slice(0, 10);
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const gold: Timex[] = [];
  const stack: { tag: string; start: number }[] = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunkEnd = lt < 0 ? body.length : lt;
    if (chunkEnd > i) text += decode(body.slice(i, chunkEnd));
    if (lt < 0) break;
    const gt = body.indexOf('>', lt);
    if (gt < 0) break;
    const tag = body.slice(lt, gt + 1);
    if (tag.startsWith('</')) {
      const name = tag.slice(2, -1).trim();
      const top = stack.pop();
      if (name === 'TIMEX3' && top) {
        gold.push({
          start: top.start,
          end: text.length,
          type: attr(top.tag, 'type'),
          value: attr(top.tag, 'value'),
          text: text.slice(top.start, text.length),
        });
      }
    } else if (!tag.endsWith('/>')) {
      stack.push({ tag, start: text.length });
    }
    i = gt + 1;
  }
  return { text, dct, gold };
}

interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

const zero = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0, type: 0 });

/** The text around an expression, on one line, for the error listing. */
const context = (text: string, start: number, end: number): string =>
  text.slice(Math.max(0, start - 80), end + 20).replace(/\s+/gu, ' ');

function score(doc: TmlDoc, c: Counts, errors: string[] | null): void {
  const sys = findTimes(doc.text, splitSentences(doc.text), doc.dct).map((t) => ({
    start: t.span[0],
    end: t.span[1],
    type: t.type,
    value: t.value,
    text: t.text,
  }));
  c.gold += doc.gold.length;
  c.sys += sys.length;
  const used = new Set<number>();
  for (const g of doc.gold) {
    let best = -1;
    for (let k = 0; k < sys.length; k++) {
      const s = sys[k];
      if (!s || used.has(k) || s.start >= g.end || g.start >= s.end) continue;
      if (best < 0 || (s.start === g.start && s.end === g.end)) best = k;
    }
    const s = sys[best];
    if (!s) {
      errors?.push(
        `MISS\t${g.type}\t${g.value}\t${g.text}\t${doc.dct}\t${doc.text.slice(Math.max(0, g.start - 60), g.end + 30).replace(/\s+/gu, ' ')}`,
      );
      continue;
    }
    used.add(best);
    c.relaxed++;
    if (s.start === g.start && s.end === g.end) c.strict++;
    else errors?.push(`EXTENT\t${g.text}\t${s.text}`);
    if (s.value === g.value) {
      c.value++;
      if (process.env['TE3_ERRORS'] === 'all')
        errors?.push(
          `OK\t${g.type}:${g.value}\t${s.type}:${s.value}\t${g.text}\t${doc.dct}\t${context(doc.text, g.start, g.end)}`,
        );
    } else
      errors?.push(
        `VALUE\t${g.type}:${g.value}\t${s.type}:${s.value}\t${g.text}\t${doc.dct}\t${doc.text.slice(Math.max(0, g.start - 80), g.end + 20).replace(/\s+/gu, ' ')}`,
      );
    if (s.type === g.type) c.type++;
  }
  sys.forEach((s, k) => {
    if (!used.has(k))
      errors?.push(`SPURIOUS\t${s.type}\t${s.value}\t${s.text}\t${doc.dct}\t${context(doc.text, s.start, s.end)}`);
  });
}

function row(name: string, c: Counts): (string | number)[] {
  const p = (n: number): number => (c.sys ? n / c.sys : 0);
  const r = (n: number): number => (c.gold ? n / c.gold : 0);
  return [
    name,
    c.gold,
    c.sys,
    pct(p(c.strict)),
    pct(r(c.strict)),
    pct(f1(p(c.strict), r(c.strict))),
    pct(f1(p(c.relaxed), r(c.relaxed))),
    pct(f1(p(c.value), r(c.value))),
    pct(f1(p(c.type), r(c.type))),
    pct(c.relaxed ? c.type / c.relaxed : 0),
  ];
}

function main(): void {
  const folder = benchmarkFolder(process.argv, 'tempeval3');
  const rows = readManifest(folder).filter((r) => r.format === 'timeml');
  const errors = process.env['TE3_ERRORS'] ? [] : null;
  const byCorpus = new Map<string, Counts>();
  const all = zero();
  const t0 = performance.now();
  let chars = 0;
  for (const r of rows) {
    const doc = parseTml(readFileSync(r.path, 'utf8'));
    chars += doc.text.length;
    const c = byCorpus.get(r.corpus) ?? zero();
    byCorpus.set(r.corpus, c);
    const before = { ...c };
    score(doc, c, errors);
    for (const k of Object.keys(all) as (keyof Counts)[]) all[k] += c[k] - before[k];
  }
  const ms = performance.now() - t0;
  if (errors) for (const e of errors) console.log(e);
  console.log(`TempEval-3 Task A (TIMEX3), ${rows.length} documents, ${chars} characters, ${ms.toFixed(0)} ms`);
  printTable([
    ['corpus', 'gold', 'sys', 'strict P', 'strict R', 'strict F1', 'relaxed F1', 'value F1', 'type F1', 'type acc'],
    ...[...byCorpus].map(([name, c]) => row(name, c)),
    row('all', all),
  ]);
  console.log('\nPeers on TE3-Platinum (held-out half; unverified, recalled from the TempEval-3 Task A table):');
  printTable([
    ['system', 'strict F1', 'relaxed F1', 'value F1'],
    ['HeidelTime', '81.34', '90.30', '77.61'],
    ['SUTime', '79.57', '90.32', '67.38'],
    ['ClearTK', '82.7', '90.2', '64.7'],
  ]);
}

main();
