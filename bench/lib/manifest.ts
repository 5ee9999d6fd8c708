// Reads a benchmark folder's MANIFEST.tsv (path, corpus, format, records, source), so harnesses never name files.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface ManifestRow {
  /** Absolute path of the data file. */
  readonly path: string;
  readonly corpus: string;
  readonly format: string;
  readonly records: number;
  readonly source: string;
}

export function readManifest(folder: string): ManifestRow[] {
  const dir = resolve(folder);
  const lines = readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const header = (lines.shift() ?? '').split('\t');
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`${folder}/MANIFEST.tsv has no "${name}" column`);
    return i;
  };
  const [p, c, f, r, s] = [col('path'), col('corpus'), col('format'), col('records'), col('source')];
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      path: join(dir, cells[p] ?? ''),
      corpus: cells[c] ?? '',
      format: cells[f] ?? '',
      records: Number(cells[r] ?? 0),
      source: cells[s] ?? '',
    };
  });
}

/** The folder a harness was given as its first argument, or its default beside the project. */
export function benchmarkFolder(argv: readonly string[], name: string): string {
  return argv[2] ?? resolve(process.cwd(), '..', 'shared', 'benchmarks', name);
}

export const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
export const pct = (x: number): string => (100 * x).toFixed(1);

/** Prints a small aligned table: a header row and rows of cells. */
export function printTable(rows: readonly (readonly (string | number)[])[]): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, String(cell).length)));
  for (const row of rows)
    console.log(
      row
        .map((cell, i) => String(cell).padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
}
