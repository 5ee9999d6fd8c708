// Exports of a real SQLite ledger built from hand-made documents: CSV columns, GeoJSON, ClaimReview of a contested figure.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { ingestDocument } from '../ledger/ledger.js';
import { articleInput, makeDocument } from '../ledger/testing.js';
import { getEvent } from '../query/read.js';
import { DEPOT_TEXTS, depotDocs } from '../store/contract.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { writeExport } from './index.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS } from './tables.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-export-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const BASE = { name: 'Krell', admin1: 'Norda', country: 'RU', lat: 51.2, lon: 38.1, geonameid: 9_100_001 };
const T1 =
  'Strike on Krell barracks\n\nThe Russian defence ministry said 12 servicemen were killed when rockets hit the Krell barracks on Sunday.';
const T2 =
  "Kyiv claims heavy losses at Krell\n\nUkraine's general staff said about 200 Russian soldiers were killed in Sunday's strike on the Krell barracks.";

async function ledger(): Promise<SqliteStore> {
  const store = new SqliteStore(join(dir, `x-${Math.random().toString(36).slice(2)}.db`));
  const d1 = makeDocument({
    id: 'k1',
    text: T1,
    published: '2024-05-06',
    events: [
      {
        id: 'e1',
        phrase: 'rockets hit the Krell barracks on Sunday',
        type: 'strike',
        place: BASE,
        start: '2024-05-05',
        initiator: 'UA',
      },
    ],
    claims: [
      {
        id: 'c1',
        phrase: '12 servicemen were killed',
        event: 'e1',
        kind: 'killed',
        subject: 'Russian servicemen',
        number: 12,
        source: 'Russian defence ministry',
        sourceKind: 'government',
        side: 'RU',
      },
    ],
  });
  const d2 = makeDocument({
    id: 'k2',
    text: T2,
    published: '2024-05-06',
    events: [
      {
        id: 'e1',
        phrase: "Sunday's strike on the Krell barracks",
        type: 'strike',
        place: BASE,
        start: '2024-05-05',
        initiator: 'UA',
      },
    ],
    claims: [
      {
        id: 'c1',
        phrase: 'about 200 Russian soldiers were killed',
        event: 'e1',
        kind: 'killed',
        subject: 'Russian soldiers',
        number: 200,
        qualifier: 'about',
        low: 180,
        high: 220,
        source: 'general staff',
        sourceKind: 'military',
        side: 'UA',
      },
    ],
  });
  await ingestDocument(store, articleInput(T1, { url: 'https://a.example/k1', published: '2024-05-06' }), d1);
  await ingestDocument(store, articleInput(T2, { url: 'https://b.example/k2', published: '2024-05-06' }), d2);
  const d = depotDocs();
  await ingestDocument(store, articleInput(DEPOT_TEXTS.B1, { path: '/in/b1.txt', published: '2024-04-02' }), d.b1);
  return store;
}

it('flags disjoint figures as contested, marks own and enemy losses, and keeps the enemy claim as a bound only', async () => {
  const store = await ledger();
  const events = await store.listEvents({ contested: true });
  assert.equal(events.length, 1);
  const e = await getEvent(store, events[0]!.id);
  const killed = e!.kinds.find((k) => k.kind === 'killed')!;
  assert.equal(killed.contradictions.length, 1);
  assert.deepEqual(killed.claims.map((c) => c.stance).sort(), ['enemy', 'own']);
  assert.equal(killed.estimate.best, 12);
  assert.equal(killed.estimate.high, 220);
  assert.ok(killed.estimate.trace.some((t) => t.startsWith('bound only:') && t.includes('enemy')));
  await store.close();
});

it('writes events and claims CSV with the stable columns, GeoJSON points and ClaimReview JSON-LD', async () => {
  const store = await ledger();
  const out = join(dir, 'out');
  await writeExport(store, 'csv', out);
  await writeExport(store, 'geojson', out);
  await writeExport(store, 'claimreview', out);
  await writeExport(store, 'ndjson', out);
  const events = readFileSync(join(out, 'events.csv'), 'utf8').split('\r\n');
  assert.equal(events[0], EVENT_COLUMNS.join(','));
  assert.equal(events.filter((l) => l).length, 3);
  const claims = readFileSync(join(out, 'claims.csv'), 'utf8').split('\r\n');
  assert.equal(claims[0], CLAIM_COLUMNS.join(','));
  assert.ok(
    claims.some(
      (l) =>
        l.includes('"about 200 Russian soldiers were killed"') || l.includes('about 200 Russian soldiers were killed'),
    ),
  );
  const geo = JSON.parse(readFileSync(join(out, 'events.geojson'), 'utf8')) as {
    type: string;
    features: { geometry: { coordinates: number[] } | null }[];
  };
  assert.equal(geo.type, 'FeatureCollection');
  assert.ok(geo.features.some((f) => f.geometry?.coordinates[0] === 38.1 && f.geometry.coordinates[1] === 51.2));
  const reviews = JSON.parse(readFileSync(join(out, 'claimreview.jsonld'), 'utf8')) as {
    '@type': string;
    claimReviewed: string;
    reviewRating: { alternateName: string };
  }[];
  assert.equal(reviews.length, 2);
  assert.ok(reviews.every((r) => r['@type'] === 'ClaimReview' && r.reviewRating.alternateName === 'Contested'));
  const nd = readFileSync(join(out, 'claims.ndjson'), 'utf8').trim().split('\n');
  assert.equal(nd.length, 3);
  await store.close();
});
