// The offline gazetteer: data/gazetteer/gazetteer.bin (built at install by scripts/build-gazetteer.mjs), read once per
// process on first use as one buffer; name keys are binary-searched in place and rows become entries only when asked for.
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

const INDEX_FILE = 'gazetteer.bin';

function findDataDir(): string {
  const env = process.env['TALLY_GAZETTEER_DIR'];
  if (env) return env;
  // dist/src/geo/ or src/geo/: walk up to the project root that holds data/gazetteer.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const p = join(dir, 'data', 'gazetteer');
    if (existsSync(join(p, INDEX_FILE))) return p;
    dir = dirname(dir);
  }
  throw new TallyError(
    'E_GAZETTEER',
    `data/gazetteer/${INDEX_FILE} not found: run \`node scripts/build-gazetteer.mjs\` (npm install runs it)`,
    1,
  );
}

export function gazetteerDir(): string {
  return findDataDir();
}

const NUM = (s: string | undefined): number => (s === undefined || s === '' ? 0 : Number(s));
const MAGIC = 'TGZ2';
const HEADER_INTS = 5;

/**
 * The binary index written by scripts/build-gazetteer.mjs: offset tables and postings are typed-array views on the
 * file's bytes (no parsing at load); keys are found by binary search over their UTF-8 bytes; rows decode on demand.
 */
class BinaryGazetteer implements Gazetteer {
  readonly #buf: Buffer;
  readonly #rowOff: Uint32Array;
  readonly #keyOff: Uint32Array;
  readonly #postOff: Uint32Array;
  readonly #postings: Uint32Array;
  readonly #keysBase: number;
  readonly #rowsBase: number;
  readonly #cache = new Map<number, GeoEntry>();
  readonly #hits = new Map<string, readonly GeoEntry[]>();
  readonly size: number;
  readonly keys: number;
  readonly loadMs: number;

  constructor(file: Buffer, t0: number) {
    if (file.toString('latin1', 0, 4) !== MAGIC) {
      throw new TallyError('E_GAZETTEER', `data/gazetteer/${INDEX_FILE} is not a ${MAGIC} index: rebuild it`, 1);
    }
    // Typed-array views need 4-byte alignment; a pooled or offset buffer is copied once.
    const buf = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
    const ints = (at: number, n: number): Uint32Array => new Uint32Array(buf.buffer, buf.byteOffset + 4 + at * 4, n);
    const [nRows = 0, nKeys = 0, nPostings = 0, keysBytes = 0] = ints(0, HEADER_INTS);
    let at = HEADER_INTS;
    this.#rowOff = ints(at, nRows + 1);
    at += nRows + 1;
    this.#keyOff = ints(at, nKeys + 1);
    at += nKeys + 1;
    this.#postOff = ints(at, nKeys + 1);
    at += nKeys + 1;
    this.#postings = ints(at, nPostings);
    at += nPostings;
    this.#keysBase = 4 + at * 4;
    this.#rowsBase = this.#keysBase + keysBytes;
    this.#buf = buf;
    this.size = nRows;
    this.keys = nKeys;
    this.loadMs = performance.now() - t0;
  }

  entry(row: number): GeoEntry {
    const cached = this.#cache.get(row);
    if (cached) return cached;
    const from = this.#rowsBase + (this.#rowOff[row] ?? 0);
    const to = this.#rowsBase + (this.#rowOff[row + 1] ?? 0);
    const c = this.#buf.toString('utf8', from, to).split('\t');
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

  /** The index of `key` among the sorted keys, or -1. */
  #find(key: string): number {
    const target = Buffer.from(key, 'utf8');
    const buf = this.#buf;
    const base = this.#keysBase;
    let lo = 0;
    let hi = this.keys - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = buf.compare(
        target,
        0,
        target.length,
        base + (this.#keyOff[mid] ?? 0),
        base + (this.#keyOff[mid + 1] ?? 0),
      );
      if (c === 0) return mid;
      if (c < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  lookupKey(key: string): readonly GeoEntry[] {
    const hit = this.#hits.get(key);
    if (hit) return hit;
    const k = this.#find(key);
    const out: GeoEntry[] = [];
    if (k >= 0) {
      for (let p = this.#postOff[k] ?? 0, end = this.#postOff[k + 1] ?? 0; p < end; p++)
        out.push(this.entry(this.#postings[p] ?? 0));
    }
    // Look-ups repeat (the same names across a text and across texts); the cache is bounded.
    if (this.#hits.size >= 50000) this.#hits.clear();
    this.#hits.set(key, out);
    return out;
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
  loaded = new BinaryGazetteer(readFileSync(join(findDataDir(), INDEX_FILE)), t0);
  return loaded;
}
