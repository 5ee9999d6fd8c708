// PolNeAR attribution benchmark: runs sentences, tokens, entities and attributions over each article and scores
// source, cue and content spans against the first listed annotator (exact, begin and token-overlap match).
// Usage: node dist/bench/polnear.js [benchmark-folder]
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Attribution } from '../src/core/layers/source.js';
import type { Span } from '../src/core/span.js';
import { findAttributions } from '../src/stages/attributions.js';
import { findEntities } from '../src/stages/entities.js';
import { splitSentences } from '../src/stages/sentences.js';
import { tokenize } from '../src/stages/tokens.js';
import { benchmarkFolder, f1, pct, printTable, readManifest } from './lib/manifest.js';

type Role = 'Source' | 'Cue' | 'Content';
const ROLES: readonly Role[] = ['Source', 'Cue', 'Content'];
type Pieces = readonly Span[];
interface Rel {
  Source: Pieces | null;
  Cue: Pieces | null;
  Content: Pieces | null;
}
type Mode = 'exact' | 'begin' | 'overlap';
const MODES: readonly Mode[] = ['exact', 'begin', 'overlap'];

function parseAnn(ann: string): Rel[] {
  const spans = new Map<string, Pieces>();
  const rels: Rel[] = [];
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cells = line.split('\t');
    const id = cells[0] ?? '';
    if (id.startsWith('T')) {
      const meta = cells[1] ?? '';
      const sp = meta.indexOf(' ');
      const pieces = meta
        .slice(sp + 1)
        .split(';')
        .map((p): Span => {
          const [a, b] = p.trim().split(' ').map(Number);
          return [a ?? 0, b ?? 0];
        });
      spans.set(id, pieces);
    } else if (id.startsWith('E')) events.push((cells[1] ?? '').split(' '));
  }
  for (const args of events) {
    const rel: Rel = { Source: null, Cue: null, Content: null };
    for (const arg of args) {
      const [role, ref] = arg.split(':');
      if (role === 'Source' || role === 'Cue' || role === 'Content') rel[role] = spans.get(ref ?? '') ?? null;
    }
    rels.push(rel);
  }
  return rels;
}

const key = (p: Pieces): string => p.map(([a, b]) => `${a}-${b}`).join(';');
const first = (p: Pieces): number => Math.min(...p.map((x) => x[0]));
function matches(mode: Mode, g: Pieces, p: Pieces, text: string): boolean {
  if (mode === 'exact') return key(g) === key(p);
  if (mode === 'begin') {
    // same first token: skip white space and opening quotes at both starts
    const norm = (o: number): number => {
      let i = o;
      while (i < text.length && /[\s"“'‘]/u.test(text[i] ?? '')) i++;
      return i;
    };
    return norm(first(g)) === norm(first(p));
  }
  // token overlap: at least one word character in common
  for (const [a, b] of g)
    for (const [c, d] of p) if (/[\p{L}\p{N}]/u.test(text.slice(Math.max(a, c), Math.min(b, d)))) return true;
  return false;
}

function predPieces(a: Attribution, role: Role): Pieces | null {
  if (role === 'Source') return a.source === null ? null : [a.source.span];
  if (role === 'Cue') return [a.cue.span];
  return (a.parts ?? [a.content]).map((x) => x.span);
}

const folder = benchmarkFolder(process.argv, 'polnear');
const manifest = readManifest(folder);
const meta = readFileSync(join(folder, 'metadata.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const header = (meta.shift() ?? '').split('\t');
const fileCol = header.indexOf('filename');
const annCol = header.indexOf('annotators');
const compCol = header.indexOf('compartment');
const articles = meta
  .map((l) => l.split('\t'))
  .map((c) => ({
    name: c[fileCol] ?? '',
    annotator: (c[annCol] ?? '').split(/[,; ]+/u)[0] ?? '',
    compartment: c[compCol] ?? '',
  }));
const textPath = new Map<string, string>();
const annPath = new Map<string, string>();
for (const row of manifest) {
  if (row.format === 'brat-txt') textPath.set(basename(row.path, '.txt'), row.path);
  if (row.format === 'brat-ann') annPath.set(basename(row.path, '.ann'), row.path);
}

const counts = new Map<string, { tp: number; pred: number; gold: number }>();
const bump = (k: string, field: 'tp' | 'pred' | 'gold', n = 1): void => {
  const c = counts.get(k) ?? { tp: 0, pred: 0, gold: 0 };
  c[field] += n;
  counts.set(k, c);
};
let numGold = 0;
let numContentFound = 0;
const numSourceOk: Record<Mode, number> = { exact: 0, begin: 0, overlap: 0 };
let words = 0;
let ms = 0;
let scored = 0;

for (const art of articles) {
  const tp = textPath.get(art.name);
  const ap = annPath.get(`${art.name}_${art.annotator}`);
  if (tp === undefined || ap === undefined) continue;
  scored++;
  const text = readFileSync(tp, 'utf8');
  const gold = parseAnn(readFileSync(ap, 'utf8'));
  const t0 = performance.now();
  const sentences = splitSentences(text);
  const tokens = tokenize(sentences);
  const entities = findEntities(text, sentences, tokens, [], []);
  const pred = findAttributions(text, sentences, entities, tokens);
  ms += performance.now() - t0;
  words += tokens.length;
  for (const role of ROLES) {
    // One gold item per relation (deduplicated by span); one predicted item per attribution.
    const g = [
      ...new Map(
        gold.flatMap((r) => (r[role] === null ? [] : [[key(r[role] ?? []), r[role] ?? []] as const])),
      ).values(),
    ];
    const p = [
      ...new Map(
        pred.flatMap((a) => {
          const x = predPieces(a, role);
          return x === null ? [] : [[key(x), x] as const];
        }),
      ).values(),
    ];
    for (const mode of MODES) {
      const used = new Set<number>();
      let hit = 0;
      for (const pp of p) {
        const gi = g.findIndex((gg, i) => !used.has(i) && matches(mode, gg, pp, text));
        if (gi >= 0) {
          used.add(gi);
          hit++;
        }
      }
      bump(`${role}/${mode}`, 'tp', hit);
      bump(`${role}/${mode}`, 'pred', p.length);
      bump(`${role}/${mode}`, 'gold', g.length);
    }
  }
  // Source correct given content found, on gold attributions whose content holds a number.
  for (const r of gold) {
    if (r.Content === null) continue;
    const ctext = r.Content.map(([a, b]) => text.slice(a, b)).join(' ');
    if (
      !/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|percent)\b/iu.test(
        ctext,
      )
    )
      continue;
    numGold++;
    const found = pred.find((a) => matches('overlap', r.Content ?? [], predPieces(a, 'Content') ?? [], text));
    if (found === undefined) continue;
    numContentFound++;
    const ps = predPieces(found, 'Source');
    for (const mode of MODES) {
      if (r.Source === null ? ps === null : ps !== null && matches(mode, r.Source, ps, text)) numSourceOk[mode]++;
    }
  }
}

console.log(
  `PolNeAR (${folder}): ${scored} articles, first listed annotator; ${words} tokens in ${ms.toFixed(0)} ms (${Math.round(words / (ms / 1000))} tokens/s for sentences+tokens+entities+attributions)`,
);
const rows: (string | number)[][] = [['role', 'match', 'P', 'R', 'F1', 'pred', 'gold']];
for (const role of ROLES) {
  for (const mode of MODES) {
    const c = counts.get(`${role}/${mode}`) ?? { tp: 0, pred: 0, gold: 0 };
    const p = c.pred > 0 ? c.tp / c.pred : 0;
    const r = c.gold > 0 ? c.tp / c.gold : 0;
    rows.push([role, mode, pct(p), pct(r), pct(f1(p, r)), c.pred, c.gold]);
  }
}
printTable(rows);
console.log(
  `\nGold attributions whose content holds a number: ${numGold}; content found (token overlap): ${numContentFound} (${pct(numContentFound / Math.max(1, numGold))}%)`,
);
console.log(
  `Source correct given content found: exact ${pct(numSourceOk.exact / Math.max(1, numContentFound))}%, begin ${pct(numSourceOk.begin / Math.max(1, numContentFound))}%, overlap ${pct(numSourceOk.overlap / Math.max(1, numContentFound))}%`,
);
console.log(
  '\nPeers (test split, exact F1, CofeNet sentence-level conversion): BERT+Cofe 83.2/75.3/72.9; BERT-CRF 82.2/74.9/71.0; BiLSTM-CRF 69.6/66.7/59.0; CRF 50.6/53.4/28.6; verb-cue rules 10.7/22.8/5.6',
);
