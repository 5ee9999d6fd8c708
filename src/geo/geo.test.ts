import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import {
  capitalOf,
  countryEntry,
  countryName,
  countryOfDemonym,
  countryOfName,
  loadGazetteer,
  lookup,
} from './index.js';
import { normalizeName } from './normalize.js';

test('geo: transliteration variants resolve to the same entry', () => {
  const groups = [
    ['Makiivka', 'Makiyivka', 'Makeevka'],
    ['Kyiv', 'Kiev'],
    ['Kharkiv', 'Kharkov'],
    ['Odesa', 'Odessa'],
    ['Mykolaiv', 'Nikolaev'],
    ['Dnipro', 'Dnepr', 'Dnipropetrovsk'],
  ];
  for (const names of groups) {
    const ids = names.map((n) => lookup(n).find((e) => e.country === 'UA' && e.featureClass === 'P')?.geonameid);
    assert.ok(ids[0], `${names[0]} is in the gazetteer`);
    for (const id of ids) assert.equal(id, ids[0], names.join('/'));
  }
});

test('geo: admin1 regions, countries and districts are entries with coordinates', () => {
  const donetsk = lookup('Donetsk').find((e) => e.feature === 'ADM1');
  assert.equal(donetsk?.country, 'UA');
  assert.ok(donetsk && donetsk.lat > 46 && donetsk.lat < 50 && donetsk.lon > 36 && donetsk.lon < 40);
  assert.equal(lookup('West Darfur').find((e) => e.feature === 'ADM1')?.country, 'SD');
  assert.equal(countryEntry('UA')?.feature, 'PCLI');
  const obolon = lookup('Obolonskyi')[0];
  assert.equal(obolon?.feature, 'PPLX');
  assert.equal(obolon?.parent, 'Kyiv');
});

test('geo: countries, demonyms and capitals', () => {
  assert.equal(countryName('UA'), 'Ukraine');
  assert.equal(countryOfName("Ukraine's"), 'UA');
  assert.equal(countryOfName('Burma'), 'MM');
  assert.equal(countryOfDemonym('Russian'), 'RU');
  assert.equal(countryOfDemonym('Israelis'), 'IL');
  assert.equal(countryOfDemonym('Burmese'), 'MM');
  assert.equal(countryOfDemonym('Yemeni'), 'YE');
  assert.equal(countryOfDemonym('Houthi'), null);
  assert.equal(capitalOf('RU')?.name, 'Moscow');
});

test('geo: the build script and the runtime normalise names alike', () => {
  const samples = ["Kam'yanske", 'Kyïv', 'Ust-Kamenogorsk', 'St. Louis', 'Dnipró  Oblast', 'Sana’a'];
  const script = new URL('../../../scripts/build-gazetteer.mjs', import.meta.url).pathname;
  const out = execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const src = (await import('node:fs')).readFileSync(${JSON.stringify(script)}, 'utf8');
const body = src.slice(src.indexOf('const MARKS'), src.indexOf('const LATIN'));
const f = new Function(body.replace('export function normalizeName', 'function normalizeName') + '; return normalizeName;')();
console.log(JSON.stringify(${JSON.stringify(samples)}.map(f)));`,
    ],
    { encoding: 'utf8' },
  );
  assert.deepEqual(JSON.parse(out), samples.map(normalizeName));
});

test('geo: the gazetteer loads once and fast enough for a cold start', () => {
  const g = loadGazetteer();
  assert.equal(loadGazetteer(), g);
  assert.ok(g.size > 200000);
  assert.ok(g.loadMs < 300, `loaded in ${g.loadMs} ms`);
  assert.ok(g.lookup('Kyiv').length > 0 && g.lookupKey('no such place zzz').length === 0);
});
