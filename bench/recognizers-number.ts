// Microsoft Recognizers-Text English number specs: NumberModel (every number and its value) and NumberRangeModel
// (comparisons and ranges as intervals such as "(60,)", "[30,)", "(,700]"), scored as the peer's own tests are: a
// case passes when the list of results has the same texts (case-insensitive; the spec writes them lower-case) and the
// same resolution values. Values of NumberModel are compared as numbers rounded to 15 significant digits, since
// the spec prints .NET doubles ("1E-12", "103.666666666667"); intervals are compared as strings after our bounds
// are written in the spec's notation (see quantity-ranges.ts). Printed next to the peers' counts from the README.
//
// Files: NumberModel.json and NumberRangeModel.json are scored. Skipped: the ExperimentalMode and PercentMode
// variants (other option sets of the same models), OrdinalModel* and PercentModel* (other models: ordinals and
// percentages are roles and units of our quantities, not numbers of their own).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { findNumbers } from '../src/stages/quantity-numbers.js';
import { findRanges, intervalNotation } from '../src/stages/quantity-ranges.js';
import { benchmarkFolder, printTable, readManifest } from './lib/manifest.js';

interface SpecResult {
  readonly Text: string;
  readonly Resolution?: { readonly value?: string };
}
interface SpecCase {
  readonly Input: string;
  readonly Results: readonly SpecResult[];
  readonly NotSupported?: string;
  readonly NotSupportedByDesign?: string;
}
interface Got {
  readonly text: string;
  readonly value: string;
}

const DEBUG = process.env['RT_DEBUG'] === '1';
const SCORED: Record<string, (input: string) => Got[]> = {
  NumberModel: (input) => findNumbers(input).map((n) => ({ text: n.text, value: String(n.value) })),
  NumberRangeModel: (input) => findRanges(input).map((r) => ({ text: r.text, value: intervalNotation(r) })),
};
/** The peers' counts (README, counted from the NotSupported flags): .NET, Python, JavaScript, Java. */
const PEERS: Record<string, readonly number[]> = {
  NumberModel: [234, 211, 180, 181],
  NumberRangeModel: [87, 0, 0, 75],
};

const round15 = (s: string): number => Number(Number(s).toPrecision(15));
function sameValue(model: string, gold: string, ours: string): boolean {
  if (model === 'NumberRangeModel') return gold === ours;
  const a = round15(gold);
  const b = round15(ours);
  return a === b || Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
}

const folder = benchmarkFolder(process.argv, 'recognizers');
const rows = readManifest(folder).filter((r) => r.path.includes('/Number/') || r.path.includes('\\Number\\'));
const table: (string | number)[][] = [['spec', 'cases', 'Tally', '.NET', 'Python', 'JavaScript', 'Java']];
const skipped: string[] = [];
for (const row of rows) {
  const run = SCORED[row.corpus];
  if (run === undefined) {
    skipped.push(basename(row.path));
    continue;
  }
  const cases = JSON.parse(readFileSync(row.path, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
  let passed = 0;
  for (const c of cases) {
    const got = run(c.Input);
    const ok =
      got.length === c.Results.length &&
      c.Results.every((g, i) => {
        const o = got[i];
        return (
          o !== undefined &&
          o.text.toLowerCase() === g.Text.toLowerCase() &&
          sameValue(row.corpus, g.Resolution?.value ?? '', o.value)
        );
      });
    if (ok) passed++;
    else if (DEBUG)
      console.log(
        `FAIL ${row.corpus} ${JSON.stringify(c.Input)}\n  gold ${c.Results.map((r) => `${r.Text}=${r.Resolution?.value ?? ''}`).join(' | ')}\n  ours ${got.map((r) => `${r.text}=${r.value}`).join(' | ')}`,
      );
  }
  const peers = PEERS[row.corpus] ?? [];
  table.push([row.corpus, cases.length, passed, ...peers.map(String)]);
}
console.log('Recognizers-Text number specs: passed cases (peers: cases not flagged NotSupported for them)\n');
printTable(table);
console.log(`\nskipped: ${skipped.join(', ')}`);
