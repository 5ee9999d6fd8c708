// Ingest throughput into SQLite on a generated corpus of invented wire stories, with and without extraction,
// and the cost of merging one more article as the ledger grows (1k vs 10k events).
// Usage: node dist/bench/ingest.js [ARTICLES=2000]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../src/ingest/runner.js';
import type { RawArticle } from '../src/input/article.js';
import { ingestDocument } from '../src/ledger/ledger.js';
import { articleInput, makeDocument } from '../src/ledger/testing.js';
import type { DocumentJson } from '../src/output/document.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { printTable } from './lib/manifest.js';

// A deterministic generator, so every run measures the same corpus.
let seed = 12345;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const SYL = [
  'var',
  'no',
  'tor',
  'vik',
  'lem',
  'ska',
  'dar',
  'ino',
  'bel',
  'gor',
  'mar',
  'ovo',
  'kal',
  'uta',
  'zen',
  'ria',
];
const COUNTRIES = [
  { code: 'UA', name: 'Ukraine', lat: 48.5, lon: 35 },
  { code: 'SD', name: 'Sudan', lat: 13.5, lon: 25.3 },
  { code: 'YE', name: 'Yemen', lat: 15.5, lon: 44 },
  { code: 'ML', name: 'Mali', lat: 14.5, lon: -4 },
  { code: 'MM', name: 'Myanmar', lat: 21, lon: 96 },
];
interface Town {
  name: string;
  country: (typeof COUNTRIES)[number];
  lat: number;
  lon: number;
  id: number;
}
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
function towns(n: number): Town[] {
  const out: Town[] = [];
  for (let i = 0; i < n; i++) {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    out.push({
      name: cap(`${pick(SYL)}${pick(SYL)}${i}`),
      country,
      lat: country.lat + (rnd() - 0.5) * 6,
      lon: country.lon + (rnd() - 0.5) * 8,
      id: 8_000_000 + i,
    });
  }
  return out;
}
const SOURCES = [
  ['the regional governor', 'official'],
  ['the health ministry', 'government'],
  ['the army', 'military'],
  ['a local medic', 'witness'],
  ['the UN humanitarian office', 'international_org'],
] as const;
const WEAPONS = ['missile', 'drone', 'artillery shells', 'rockets', 'an air strike'];
const KINDS = [
  ['killed', 'were killed'],
  ['injured', 'were wounded'],
] as const;
const OUTLETS = ['Wire One', 'Wire Two', 'Daily Courier', 'Evening Post'];

interface Generated {
  raw: { url: string; title: string; published: string; outlet: string; text: string };
  doc: (text: string) => DocumentJson;
}

function article(i: number, town: Town, day: string, published: string): Generated {
  const weapon = pick(WEAPONS);
  const [source, sourceKind] = pick(SOURCES);
  const [kind, verb] = pick(KINDS);
  const n = 2 + Math.floor(rnd() * 80);
  const m = 1 + Math.floor(rnd() * 40);
  const title = `${cap(weapon)} attack on ${town.name} leaves ${n} dead`;
  const eventPhrase = `${weapon} hit ${town.name}`;
  const claim1 = `${n} people ${verb}`;
  const claim2 = `at least ${m} others were hurt`;
  const text = [
    title,
    '',
    `${town.name.toUpperCase()}, ${town.country.name} (${pick(OUTLETS)}) - ${cap(claim1)} when ${eventPhrase} on ${day}, ${source} said on ${published}, in a statement posted online.`,
    '',
    `Rescue teams were still searching the rubble of several buildings in the centre of ${town.name}, and ${claim2}, according to ${pick(SOURCES)[0]}. Story ${i}.`,
    '',
    `Residents said the attack began shortly after dawn. Officials said schools would stay closed and that aid convoys had been asked to wait until the roads were cleared.`,
  ].join('\n');
  const place = {
    name: town.name,
    admin1: null,
    country: town.country.code,
    lat: town.lat,
    lon: town.lon,
    geonameid: town.id,
  };
  return {
    raw: { url: `https://news.example/${i}`, title, published, outlet: pick(OUTLETS), text },
    doc: (t: string) =>
      makeDocument({
        id: `g${i}`,
        text: t,
        published,
        events: [{ id: 'e1', phrase: eventPhrase, type: 'strike', place, start: day, weapons: [weapon] }],
        claims: [
          { id: 'c1', phrase: claim1, event: 'e1', kind, number: n, source, sourceKind, side: town.country.code },
          {
            id: 'c2',
            phrase: claim2,
            event: 'e1',
            kind: 'injured',
            number: m,
            qualifier: 'at_least',
            low: m,
            high: null,
            source: 'others',
            sourceKind: 'unknown',
          },
        ],
      }),
  };
}

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

function corpus(count: number): Generated[] {
  const ts = towns(Math.max(50, Math.floor(count / 4)));
  const base = Math.round(Date.parse('2022-01-01') / 86_400_000);
  const out: Generated[] = [];
  for (let i = 0; i < count; i++) {
    const town = pick(ts);
    const d = base + Math.floor(rnd() * 900);
    out.push(article(i, town, iso(d), iso(d + Math.floor(rnd() * 3))));
  }
  return out;
}

async function throughput(
  gen: Generated[],
  dir: string,
  withExtraction: boolean,
): Promise<{ seconds: number; rate: number; events: number; newCount: number; failed: number }> {
  const file = join(dir, `corpus-${withExtraction ? 'x' : 'n'}.jsonl`);
  writeFileSync(file, gen.map((g) => JSON.stringify(g.raw)).join('\n'));
  const byText = new Map(gen.map((g) => [g.raw.text, g]));
  const store = new SqliteStore(join(dir, `bench-${withExtraction ? 'x' : 'n'}.db`));
  const t0 = performance.now();
  const s = await runIngest(
    store,
    [file],
    withExtraction ? {} : { extract: (raw: RawArticle) => byText.get(raw.text)!.doc(raw.text) },
  );
  const seconds = (performance.now() - t0) / 1000;
  const events = await store.countEvents();
  await store.close();
  return { seconds, rate: gen.length / seconds, events, newCount: s.new, failed: s.failed };
}

async function mergeScaling(
  dir: string,
  size: number,
): Promise<{ size: number; perArticleMs: number; candidates: number }> {
  seed = 777;
  const store = new SqliteStore(join(dir, `scale-${size}.db`));
  const ts = towns(size);
  const base = Math.round(Date.parse('2020-01-01') / 86_400_000);
  // Fill the ledger with `size` distinct events: every town once, on a random day within four years.
  for (let i = 0; i < size; i++) {
    const g = article(i, ts[i]!, iso(base + Math.floor(rnd() * 1460)), iso(base + 1460));
    await ingestDocument(
      store,
      articleInput(g.raw.text, { url: g.raw.url, published: g.raw.published }),
      g.doc(g.raw.text),
    );
  }
  // Then time 300 more articles, half of them reports of events already in the ledger.
  const probes: Generated[] = [];
  for (let i = 0; i < 300; i++) {
    const t = ts[Math.floor(rnd() * ts.length)]!;
    probes.push(article(size + i, t, iso(base + Math.floor(rnd() * 1460)), iso(base + 1461)));
  }
  const t0 = performance.now();
  for (const g of probes)
    await ingestDocument(
      store,
      articleInput(g.raw.text, { url: g.raw.url, published: g.raw.published }),
      g.doc(g.raw.text),
    );
  const ms = (performance.now() - t0) / probes.length;
  await store.close();
  return { size, perArticleMs: ms, candidates: 0 };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-ingest-'));
  try {
    const gen = corpus(count);
    const noX = await throughput(gen, dir, false);
    const withX = await throughput(gen, dir, true);
    console.log(`ingest: ${count} generated articles (JSON Lines) into SQLite, one core`);
    printTable([
      ['mode', 'articles', 'new', 'failed', 'seconds', 'articles/s', 'events'],
      [
        'store + merge only (hand-built documents)',
        count,
        noX.newCount,
        noX.failed,
        noX.seconds.toFixed(2),
        noX.rate.toFixed(0),
        noX.events,
      ],
      [
        'with the extraction pipeline',
        count,
        withX.newCount,
        withX.failed,
        withX.seconds.toFixed(2),
        withX.rate.toFixed(0),
        withX.events,
      ],
    ]);
    const small = await mergeScaling(dir, 1000);
    const large = await mergeScaling(dir, 10000);
    console.log('\nmerge: one more article into a ledger of N events (blocking by country x day)');
    printTable([
      ['events in ledger', 'ms per article (store + merge)'],
      [small.size, small.perArticleMs.toFixed(3)],
      [large.size, large.perArticleMs.toFixed(3)],
    ]);
    const ratio = large.perArticleMs / small.perArticleMs;
    console.log(
      `ratio 10k/1k per article: ${ratio.toFixed(2)} (a scan of every event would make it ~10; the blocking index keeps it near 1)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
