// The offline gazetteer: loads data/gazetteer/places.tsv (built at install by scripts/build-gazetteer.mjs) lazily,
// once per process, into a map from normalised name keys to rows; rows become entries only when asked for.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TallyError } from '../core/errors.js';
import type { GazetteerEntry } from '../core/layers/place.js';
import { normalizeName } from './normalize.js';

/** A gazetteer entry with its row number (stable within one build) and, for districts, its parent city. */
export interface GeoEntry extends GazetteerEntry {
  readonly row: number;
  readonly parent: string | null;
}

export interface Gazetteer {
  /** Entries whose name or an alternate name has this key, most populous first. */
  lookup(name: string): readonly GeoEntry[];
  /** Entries for an already normalised key. */
  lookupKey(key: string): readonly GeoEntry[];
  entry(row: number): GeoEntry;
  readonly size: number;
  readonly keys: number;
  readonly loadMs: number;
}

function findDataDir(): string {
  const env = process.env['TALLY_GAZETTEER_DIR'];
  if (env) return env;
  // dist/src/geo/ or src/geo/: walk up to the project root that holds data/gazetteer.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'data', 'gazetteer');
    if (existsSync(join(p, 'places.tsv'))) return p;
    dir = dirname(dir);
  }
  throw new TallyError(
    'E_GAZETTEER',
    'data/gazetteer/places.tsv not found: run `node scripts/build-gazetteer.mjs` (npm install runs it)',
    1,
  );
}

export function gazetteerDir(): string {
  return findDataDir();
}

const NUM = (s: string | undefined): number => (s === undefined || s === '' ? 0 : Number(s));

class TsvGazetteer implements Gazetteer {
  readonly #lines: string[];
  readonly #index = new Map<string, number | number[]>();
  readonly #cache = new Map<number, GeoEntry>();
  readonly keys: number;
  readonly loadMs: number;

  constructor(text: string, t0: number) {
    this.#lines = text.split('\n');
    if (this.#lines[this.#lines.length - 1] === '') this.#lines.pop();
    let keys = 0;
    const index = this.#index;
    for (let row = 0; row < this.#lines.length; row++) {
      const line = this.#lines[row] ?? '';
      const tab = line.lastIndexOf('\t');
      let from = tab + 1;
      while (from < line.length) {
        let bar = line.indexOf('|', from);
        if (bar < 0) bar = line.length;
        const key = line.slice(from, bar);
        from = bar + 1;
        keys++;
        const had = index.get(key);
        if (had === undefined) index.set(key, row);
        else if (typeof had === 'number') index.set(key, [had, row]);
        else had.push(row);
      }
    }
    this.keys = keys;
    this.loadMs = performance.now() - t0;
  }

  get size(): number {
    return this.#lines.length;
  }

  entry(row: number): GeoEntry {
    const cached = this.#cache.get(row);
    if (cached) return cached;
    const c = (this.#lines[row] ?? '').split('\t');
    const e: GeoEntry = {
      row,
      geonameid: c[0] ? Number(c[0]) : null,
      name: c[1] ?? '',
      alt_names: (c[11] ?? '').split('|'),
      lat: NUM(c[2]),
      lon: NUM(c[3]),
      featureClass: c[4] ?? '',
      feature: c[5] ?? '',
      country: c[6] ?? '',
      admin1: c[7] ? c[7] : null,
      admin1Name: c[8] ? c[8] : null,
      population: NUM(c[9]),
      parent: c[10] ? c[10] : null,
    };
    this.#cache.set(row, e);
    return e;
  }

  lookupKey(key: string): readonly GeoEntry[] {
    const hit = this.#index.get(key);
    if (hit === undefined) return [];
    const rows = typeof hit === 'number' ? [hit] : hit;
    return rows.map((r) => this.entry(r)).sort((a, b) => b.population - a.population);
  }

  lookup(name: string): readonly GeoEntry[] {
    return this.lookupKey(normalizeName(name));
  }
}

let loaded: Gazetteer | null = null;

/** The gazetteer, loaded on first use and kept for the life of the process. */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const t0 = performance.now();
  const text = readFileSync(join(findDataDir(), 'places.tsv'), 'utf8');
  loaded = new TsvGazetteer(text, t0);
  return loaded;
}
