// NewsQuant (CQE evaluation): per sentence, our quantities are matched greedily to the gold ones by value; micro
// P/R/F1 for value, value+unit and value+change, next to the peers' figures.
//
// Which quantities count as predictions: NewsQuant annotates amounts (counts, money, percentages, measures and
// durations) and ages ("15 year-old"), and leaves out dates, years, times of day, ordinals, model names and labels.
// So roles count, money, percent, measure and age are predictions; date, time, ordinal, model and other are not,
// except a spelled "one" before "of" ("one of the students", role other), which NewsQuant annotates as 1. An age
// counts only with its unit ("15 year-old"); bare ages ("aged 18 to 34", "Senard, 65,") are not annotated.
// Vague amounts with an order of magnitude ("millions", "tens of thousands") are predicted as NewsQuant writes
// them, the range [M, 10M]; other vague amounts ("several", "dozens") have no gold value and are left out.
//
// Change: 'up'/'down' when we read the figure as the size of a change (changeOf 'amount': "rose 5%", "down 0.1 per
// cent"); a new level ("rose to 45") keeps its qualifier, as NewsQuant marks "to $84" '='. Qualifiers map as the
// README says: exact/range/vague → '=', about/nearly → '~', more_than/at_least → '>', less_than/up_to/at_most → '<'.
//
// Units are compared loosely: both sides are lower-cased, plural "s" dropped, and mapped to one name for percent
// (%, percent, per cent, pc, percentage), currencies (a sign, a code or a name: $ ↔ USD ↔ dollars), ages (year-old ↔
// year of age ↔ our 'year' for an age) and measures (km ↔ kilometres); a count has no unit of ours, so its counted
// noun stands in ("servicemen" matches "Russian servicemen" by the last word). A gold unit "-" matches a figure
// with neither unit nor noun.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Quantity } from '../src/core/layers/quantity.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, MEASURE_WORDS, VAGUE_MAGNITUDE } from '../src/stages/en/numbers.js';
import { findQuantities } from '../src/stages/quantities.js';
import { splitSentences } from '../src/stages/sentences.js';
import { benchmarkFolder, f1, pct, printTable, readManifest } from './lib/manifest.js';

interface GoldQuantity {
  readonly change: string;
  readonly value: string;
  readonly unit: string;
  readonly normalized_unit: string;
}
interface GoldSentence {
  readonly text: string;
  readonly quantities: readonly GoldQuantity[];
}

interface Pred {
  readonly low: number;
  readonly high: number;
  readonly range: boolean;
  readonly change: string;
  readonly units: readonly string[];
}

/** Roles we predict; a spelled "one" before "of" (role other) is added below. */
const PREDICTED_ROLES = new Set<Quantity['role']>(['count', 'money', 'percent', 'measure', 'age']);

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= Math.max(1e-6, 1e-3 * Math.max(Math.abs(a), Math.abs(b)));

function changeOf(q: Quantity): string {
  // a hedge wins over a change verb: NewsQuant marks "climbed more than 3%" '>'
  if (q.direction !== undefined && (q.qualifier === 'exact' || (q.qualifier === 'range' && q.hedge === undefined)))
    return q.direction;
  switch (q.hedge ?? q.qualifier) {
    case 'about':
    case 'nearly':
      return '~';
    case 'more_than':
    case 'at_least':
      return '>';
    case 'less_than':
    case 'up_to':
    case 'at_most':
      return '<';
    default:
      return '=';
  }
}

const PERCENT = new Set(['%', 'percent', 'per cent', 'pc', 'pct', 'percentage', 'percent point', 'percentage point']);
const AGE = new Set(['year-old', 'year old', 'year of age', 'years-old', 'yo']);

/** One comparable name for a unit as either side writes it. */
function normUnit(raw: string): string {
  let u = raw.toLowerCase().trim();
  if (u === '' || u === '-') return '-';
  if (PERCENT.has(u) || PERCENT.has(u.replace(/s$/, ''))) return 'percent';
  if (AGE.has(u) || AGE.has(u.replace(/s$/, ''))) return 'age';
  const sign = CURRENCY_SIGNS.get(u) ?? CURRENCY_WORDS.get(u);
  if (sign !== undefined) return sign;
  const m = MEASURE_WORDS.get(u);
  if (m !== undefined) return m;
  u = u.replace(/(?:ies)$/, 'y').replace(/(?<!s)s$/, '');
  return MEASURE_WORDS.get(u) ?? u;
}

const lastWord = (s: string): string => normUnit(s.split(/\s+/).pop() ?? s);

function predUnits(q: Quantity): string[] {
  if (q.role === 'age') return ['age'];
  if (q.unit !== null) {
    const base = q.unit.replace(/-.*$/, '');
    return [normUnit(q.unit), normUnit(base)];
  }
  if (q.noun !== undefined) return [normUnit(q.noun.text)];
  return ['-'];
}

function unitMatches(g: GoldQuantity, p: Pred): boolean {
  const gold = new Set([normUnit(g.unit), normUnit(g.normalized_unit), lastWord(g.unit), lastWord(g.normalized_unit)]);
  // "$ per share", "degrees Celsius": the first word names the unit too
  gold.add(normUnit(g.unit.split(/\s+/)[0] ?? ''));
  return p.units.some((u) => gold.has(u) || (u.startsWith('degree') && [...gold].some((x) => x.startsWith('degree'))));
}

function predictions(text: string): Pred[] {
  const out: Pred[] = [];
  const qs = findQuantities(text, splitSentences(text), 'default');
  // a change between two stated levels ("rose from 240 to 273", "to 138,285 from 212,577") is one range in NewsQuant
  const folded = new Set<Quantity>();
  qs.forEach((q, i) => {
    if (q.previous === undefined || q.changeOf !== 'level' || q.number === null) return;
    const other = [qs[i - 1], qs[i + 1]].find((x) => x !== undefined && x.number === q.previous);
    if (other === undefined) return;
    folded.add(other);
    folded.add(q);
    out.push({
      low: Math.min(q.previous, q.number),
      high: Math.max(q.previous, q.number),
      range: true,
      change: '=',
      units: predUnits(q),
    });
  });
  for (const q of qs) {
    if (folded.has(q)) continue;
    // "one of the students": NewsQuant annotates the figure 1
    const oneOf = q.role === 'other' && q.spelled && q.number === 1;
    if (!PREDICTED_ROLES.has(q.role) && !oneOf) continue;
    // NewsQuant annotates an age written with its unit ("15 year-old"), not a bare one ("aged 18", "Senard, 65,")
    if (q.role === 'age' && q.unit === null) continue;
    const units = predUnits(q);
    if (q.qualifier === 'vague') {
      const m = VAGUE_MAGNITUDE.get(text.slice(q.core[0], q.core[1]).toLowerCase());
      if (m === undefined || m === 12) continue;
      out.push({ low: m, high: m * 10, range: true, change: '=', units });
      continue;
    }
    if (q.number === null) continue;
    if (q.qualifier === 'range') {
      out.push({ low: q.low ?? q.number, high: q.high ?? q.number, range: true, change: changeOf(q), units });
    } else out.push({ low: q.number, high: q.number, range: false, change: changeOf(q), units });
  }
  return out;
}

function goldValue(v: string): { low: number; high: number; range: boolean } | null {
  const m = /^(-?[\d.]+(?:e[+-]?\d+)?)-(-?[\d.]+(?:e[+-]?\d+)?)$/i.exec(v.trim());
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    return { low: Math.min(a, b), high: Math.max(a, b), range: true };
  }
  const n = Number(v);
  return Number.isFinite(n) ? { low: n, high: n, range: false } : null;
}

function valueMatches(g: { low: number; high: number; range: boolean }, p: Pred): boolean {
  if (g.range !== p.range) return false;
  const abs = (x: number): number => Math.abs(x);
  if (!g.range) return close(abs(g.low), abs(p.low));
  return close(g.low, p.low) && close(g.high, p.high);
}

const DEBUG = process.env['NQ_DEBUG'];
const isDev = (text: string): boolean => parseInt(createHash('sha1').update(text).digest('hex')[0] ?? '0', 16) < 8;

const folder = benchmarkFolder(process.argv, 'newsquant');
const rows = readManifest(folder).filter((r) => r.format === 'newsquant-json');
let nGold = 0;
let nPred = 0;
const tp = { value: 0, unit: 0, change: 0 };
let sentences = 0;
const started = performance.now();
for (const row of rows) {
  const data = JSON.parse(readFileSync(row.path, 'utf8')) as GoldSentence[];
  for (const s of data) {
    if (!isDev(s.text)) continue;
    sentences++;
    const preds = predictions(s.text);
    nPred += preds.length;
    nGold += s.quantities.length;
    const used = new Set<number>();
    if (DEBUG) {
      for (const p of preds) {
        const hit = s.quantities.some((g) => {
          const gv = goldValue(g.value);
          return gv !== null && valueMatches(gv, p);
        });
        if (!hit) console.log(`SPURIOUS ${p.low}${p.range ? `-${p.high}` : ''} | ${s.text}`);
      }
    }
    for (const g of s.quantities) {
      const gv = goldValue(g.value);
      if (gv === null) continue;
      // greedy: the first unused prediction with the same value, preferring one whose unit and change also agree
      let best = -1;
      let bestScore = -1;
      preds.forEach((p, i) => {
        if (used.has(i) || !valueMatches(gv, p)) return;
        const score = (unitMatches(g, p) ? 2 : 0) + (p.change === g.change ? 1 : 0);
        if (score > bestScore) [best, bestScore] = [i, score];
      });
      if (best < 0) {
        if (DEBUG) console.log(`MISS ${g.change} ${g.value} ${g.unit} | ${s.text}`);
        continue;
      }
      used.add(best);
      const p = preds[best] as Pred;
      if (DEBUG && p.change !== g.change)
        console.log(`CHANGE gold ${g.change} ours ${p.change} ${g.value} | ${s.text}`);
      if (DEBUG === 'unit' && !unitMatches(g, p))
        console.log(`UNIT gold ${g.unit}/${g.normalized_unit} ours ${p.units.join('/')} | ${s.text}`);
      tp.value++;
      if (unitMatches(g, p)) tp.unit++;
      if (p.change === g.change) tp.change++;
    }
  }
}
const ms = performance.now() - started;

const score = (t: number): [string, string, string] => {
  const p = nPred ? t / nPred : 0;
  const r = nGold ? t / nGold : 0;
  return [pct(p), pct(r), pct(f1(p, r))];
};
console.log(
  `NewsQuant dev half: ${sentences} sentences, ${nGold} gold quantities, ${nPred} predicted (${ms.toFixed(0)} ms)`,
);
console.log(`predicted roles: ${[...PREDICTED_ROLES].join(', ')}\n`);
printTable([
  ['measure', 'P', 'R', 'F1'],
  ['value', ...score(tp.value)],
  ['value+unit', ...score(tp.unit)],
  ['value+change', ...score(tp.change)],
]);
console.log('\nPeers (F1 on all 590 sentences; README, verified):');
printTable([
  ['system', 'value F1', 'value+unit F1', 'value+change F1'],
  ['Tally (dev half)', score(tp.value)[2], score(tp.unit)[2], score(tp.change)[2]],
  ['CQE', '92.0', '85.6', '88.1'],
  ['quantulum3', '73.0', '47.2', '–'],
  ['GPT-3', '70.6', '59.1', '51.9'],
  ['Recognizers-Text', '69.1', '34.2', '–'],
  ['CCG (CogComp)', '57.3', '37.1', '50.0'],
]);
