// Countries: names, demonyms and capitals, from data/gazetteer/countries.json (built at install), loaded lazily.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTRA_DEMONYMS } from '../stages/en/place-words.js';
import { gazetteerDir, loadGazetteer } from './gazetteer.js';
import type { GeoEntry } from './gazetteer.js';
import { normalizeName } from './normalize.js';

export interface CountryInfo {
  readonly code: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly capital: string | null;
  /** Independent UN member (territories sharing a demonym give way to it). */
  readonly independent?: boolean;
}

interface CountryTables {
  readonly byCode: ReadonlyMap<string, CountryInfo>;
  readonly byName: ReadonlyMap<string, string>;
  readonly byDemonym: ReadonlyMap<string, string>;
}

let tables: CountryTables | null = null;

function load(): CountryTables {
  if (tables) return tables;
  const list = JSON.parse(readFileSync(join(gazetteerDir(), 'countries.json'), 'utf8')) as CountryInfo[];
  const byCode = new Map<string, CountryInfo>();
  const byName = new Map<string, string>();
  const byDemonym = new Map<string, string>();
  for (const c of list) {
    byCode.set(c.code, c);
    for (const n of c.names) if (!byName.has(normalizeName(n))) byName.set(normalizeName(n), c.code);
  }
  // Demonyms: the common name's country wins over territories sharing a demonym ("American": US, not AS/UM).
  const independentFirst = [...list].sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of independentFirst) {
    for (const d of c.demonyms) {
      const k = normalizeName(d);
      if (!byDemonym.has(k)) byDemonym.set(k, c.code);
    }
  }
  for (const [d, code] of EXTRA_DEMONYMS) byDemonym.set(d, code);
  tables = { byCode, byName, byDemonym };
  return tables;
}

/** The country's common English name ("UA" → "Ukraine"), or null for an unknown code. */
export function countryName(code: string): string | null {
  return load().byCode.get(code.toUpperCase())?.name ?? null;
}

export function countryInfo(code: string): CountryInfo | null {
  return load().byCode.get(code.toUpperCase()) ?? null;
}

/** The code of the country a name names ("Ukraine", "Ukraine's", "the United States", "Burma"), or null. */
export function countryOfName(name: string): string | null {
  const k = normalizeName(stripPossessive(name));
  const t = load();
  return t.byName.get(k) ?? t.byName.get(k.replace(/^the /, '')) ?? null;
}

/** The country a demonym points to ("Russian" → RU, "Israelis" → IL, "Burmese" → MM), or null ("Houthi"). */
export function countryOfDemonym(word: string): string | null {
  let c = demonymMemo.get(word);
  if (c === undefined) {
    c = demonymUncached(word);
    if (demonymMemo.size >= MEMO_LIMIT) demonymMemo.clear();
    demonymMemo.set(word, c);
  }
  return c;
}

/** Answers already given, by word and by code: the places and events stages ask for the same ones many times. */
const demonymMemo = new Map<string, string | null>();
const entryMemo = new Map<string, GeoEntry | null>();
const MEMO_LIMIT = 20_000;

function demonymUncached(word: string): string | null {
  const k = normalizeName(stripPossessive(word));
  const t = load();
  const direct = t.byDemonym.get(k);
  if (direct) return direct;
  // Plurals: "Russians", "Israelis", "Filipinos".
  if (k.endsWith('s')) return t.byDemonym.get(k.slice(0, -1)) ?? null;
  return null;
}

const POSSESSIVE = /['’]s?$/;
export function stripPossessive(s: string): string {
  return s.replace(POSSESSIVE, '');
}

/** The gazetteer entry of a country (feature PCLI). */
export function countryEntry(code: string): GeoEntry | null {
  let e = entryMemo.get(code);
  if (e === undefined) {
    e = countryEntryUncached(code);
    if (entryMemo.size >= MEMO_LIMIT) entryMemo.clear();
    entryMemo.set(code, e);
  }
  return e;
}

function countryEntryUncached(code: string): GeoEntry | null {
  const info = countryInfo(code);
  if (!info) return null;
  return (
    loadGazetteer()
      .lookup(info.name)
      .find((e) => e.feature === 'PCLI' && e.country === info.code) ?? null
  );
}

/** The gazetteer entry of a country's capital city. */
export function capitalOf(code: string): GeoEntry | null {
  const info = countryInfo(code);
  if (!info?.capital) return null;
  const hits = loadGazetteer()
    .lookup(info.capital)
    .filter((e) => e.country === info.code && e.featureClass === 'P');
  return hits.find((e) => e.feature === 'PPLC') ?? hits[0] ?? null;
}

/** The admin1 entry of a country by admin1 name ("US", "Kentucky"). */
export function admin1Entry(country: string, name: string): GeoEntry | null {
  return (
    loadGazetteer()
      .lookup(name)
      .find((e) => e.feature === 'ADM1' && e.country === country) ?? null
  );
}
