// The HTTP API in process (app.request) over a real SQLite file holding the project's sample articles: every route and
// format, the filters, pagination, ingest by POST, the one error shape, and the OpenAPI document against the router.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { SAMPLES_DIR } from '../cli/demo.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS } from '../export/tables.js';
import { runIngest } from '../ingest/runner.js';
import type { ClaimView, EventSummary, SourceView } from '../query/types.js';
import { SqliteStore } from '../store/sqlite/store.js';
import { createApp, matchesRoute } from './app.js';
import { OPENAPI } from './openapi.js';
import type { ArticleDetailView, EventDetailView, Paged } from './query.js';
import { SOURCE_COLUMNS } from './render.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-api-'));
const TOKEN = 'test-token-5f2c';
let store: SqliteStore;
let app: Hono;
let events: EventSummary[];

before(async () => {
  store = new SqliteStore(join(dir, 'ledger.db'));
  const s = await runIngest(store, [SAMPLES_DIR], { published: '2024-05-14' });
  assert.equal(s.failed, 0, JSON.stringify(s.failures));
  app = createApp({ store, token: TOKEN });
  events = (await getJson<Paged<EventSummary>>('/api/events?limit=1000')).items.slice();
});
after(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function getJson<T>(path: string, status = 200, init?: RequestInit, target?: Hono): Promise<T> {
  const res = await (target ?? app).request(path, init);
  const body = await res.text();
  assert.equal(res.status, status, `${path}: ${body.slice(0, 300)}`);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return JSON.parse(body) as T;
}

/** The one error shape, checked the same way for every status. */
async function assertError(res: Response, status: number, code: string): Promise<string> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await res.json()) as Record<string, unknown>;
  assert.deepEqual(Object.keys(body), ['error']);
  const err = body['error'] as Record<string, unknown>;
  assert.deepEqual(Object.keys(err).sort(), ['code', 'message', 'status']);
  assert.equal(err['status'], status);
  assert.equal(err['code'], code);
  assert.equal(typeof err['message'], 'string');
  assert.ok((err['message'] as string).length > 5);
  return err['message'] as string;
}

const csvLines = (s: string): string[] => s.trimEnd().split('\r\n');
const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body,
  headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...headers },
});

const ARTICLE = (town: string, n: number, extra = ''): string =>
  `Missile strike on ${town} kills ${n}\n\n${town.toUpperCase()}, Ukraine (Wire) - At least ${n} people were killed on Monday when a missile hit a residential building in ${town}, the regional governor said. ${extra}Rescue workers searched the rubble through the night, and the emergency service said dozens were wounded.`;

describe('HTTP API: reads', () => {
  it('ingested the samples into events with claims', () => {
    assert.ok(events.length >= 2, `events: ${events.length}`);
    assert.ok(events.some((e) => e.claims.length > 0));
  });

  it('/api/events paginates with a total', async () => {
    const all = await getJson<Paged<EventSummary>>('/api/events');
    assert.equal(all.total, events.length);
    assert.equal(all.limit, 50);
    assert.equal(all.offset, 0);
    const p = await getJson<Paged<EventSummary>>('/api/events?limit=1&offset=1');
    assert.equal(p.total, events.length);
    assert.equal(p.items.length, 1);
    assert.equal(p.items[0]?.id, events[1]?.id);
    const beyond = await getJson<Paged<EventSummary>>(`/api/events?offset=${events.length}`);
    assert.equal(beyond.items.length, 0);
    assert.equal(beyond.total, events.length);
  });

  it('/api/events filters by date, bounding box, place, kind, side, contested and text', async () => {
    const located = events.find((e) => e.where?.lat != null && e.where.lon != null)!;
    const { lat, lon } = located.where as { lat: number; lon: number };
    const ids = async (qs: string): Promise<string[]> =>
      (await getJson<Paged<EventSummary>>(`/api/events?limit=1000&${qs}`)).items.map((e) => e.id);
    assert.ok((await ids(`bbox=${lon - 0.5},${lat - 0.5},${lon + 0.5},${lat + 0.5}`)).includes(located.id));
    const far = await ids(`bbox=${lon > 0 ? -120 : 120},-10,${lon > 0 ? -100 : 140},10`);
    assert.ok(!far.includes(located.id));
    for (const e of events.filter((x) => !far.includes(x.id))) assert.ok(e.where?.lon != null);

    const day = located.when?.start;
    if (day) {
      assert.ok((await ids(`since=${day}&until=${day}`)).includes(located.id));
      assert.ok(!(await ids('until=1990-01-01')).includes(located.id));
    }
    assert.ok((await ids(`place=${encodeURIComponent(located.where!.name)}`)).includes(located.id));

    const kind = events.flatMap((e) => e.claims.map((c) => c.kind))[0]!;
    const byKind = await getJson<Paged<EventSummary>>(`/api/events?limit=1000&kind=${kind}`);
    assert.ok(byKind.total > 0);
    for (const e of byKind.items)
      assert.ok(
        e.claims.some((c) => c.kind === kind),
        `${e.id} has no ${kind} claim`,
      );

    const side = events.flatMap((e) => e.claims.map((c) => c.source.side)).find((s) => s !== null)!;
    const bySide = await getJson<Paged<EventSummary>>(`/api/events?limit=1000&side=${side.toLowerCase()}`);
    assert.ok(bySide.total > 0);
    for (const e of bySide.items) assert.ok(e.claims.some((c) => c.source.side === side));

    const contested = await getJson<Paged<EventSummary>>('/api/events?limit=1000&contested=1');
    assert.equal(contested.total, events.filter((e) => e.contested).length);

    const word = located.where!.name.toUpperCase();
    assert.ok((await ids(`q=${encodeURIComponent(word)}`)).includes(located.id));
    assert.equal((await ids('q=zzqx-nothing-like-this')).length, 0);
  });

  it('/api/events.csv and /api/events.geojson render the same query as the JSON', async () => {
    const qs = 'limit=1000';
    const json = await getJson<Paged<EventSummary>>(`/api/events?${qs}`);
    const csv = await app.request(`/api/events.csv?${qs}`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = csvLines(await csv.text());
    assert.equal(lines[0], EVENT_COLUMNS.join(','));
    assert.equal(lines.length - 1, json.total);
    assert.deepEqual(
      lines.slice(1).map((l) => l.split(',')[0]),
      json.items.map((e) => e.id),
    );
    const geo = await app.request(`/api/events.geojson?${qs}`);
    assert.match(geo.headers.get('content-type') ?? '', /geo\+json/);
    const fc = (await geo.json()) as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] } | null }[];
    };
    assert.equal(fc.type, 'FeatureCollection');
    assert.deepEqual(
      fc.features.map((f) => f.id),
      json.items.map((e) => e.id),
    );
    const first = json.items.find((e) => e.where?.lon != null)!;
    assert.deepEqual(fc.features.find((f) => f.id === first.id)?.geometry?.coordinates, [
      first.where!.lon,
      first.where!.lat,
    ]);
    // the same filter applies to every format
    const one = await app.request(`/api/events.csv?limit=1&offset=1`);
    assert.equal(csvLines(await one.text()).length, 2);
    assert.equal(one.headers.get('x-total-count'), String(json.total));
  });

  it('/api/events/{id}: claims side by side, timeline, estimate with trace, members', async () => {
    const best = [...events].sort((a, b) => b.claims.length - a.claims.length)[0]!;
    const e = await getJson<EventDetailView>(`/api/events/${best.id}`);
    assert.equal(e.id, best.id);
    assert.ok(e.members.length >= 1);
    assert.ok(e.kinds.length >= 1);
    for (const k of e.kinds) {
      assert.ok(Array.isArray(k.timeline));
      assert.ok(k.estimate.trace.length >= 1);
    }
    const inTable = e.side_by_side.rows.flatMap((r) => Object.values(r.claims).flat());
    assert.deepEqual(inTable.sort(), e.kinds.flatMap((k) => k.claims.map((c) => c.id)).sort());
    for (const r of e.side_by_side.rows)
      for (const [kind, ids] of Object.entries(r.claims))
        for (const id of ids ?? []) {
          const c = e.kinds.find((k) => k.kind === kind)?.claims.find((x) => x.id === id);
          assert.equal(c?.source.id, r.source.id);
        }
  });

  it('/api/claims, /api/claims.csv filter and page', async () => {
    const all = await getJson<Paged<ClaimView>>('/api/claims?limit=1000');
    assert.ok(all.total > 0);
    const c = all.items[0]!;
    const byEvent = await getJson<Paged<ClaimView>>(`/api/claims?limit=1000&event=${c.event ?? ''}`);
    for (const x of byEvent.items) assert.equal(x.event, c.event);
    const bySource = await getJson<Paged<ClaimView>>(`/api/claims?source=${encodeURIComponent(c.source.id)}`);
    assert.ok(bySource.items.every((x) => x.source.id === c.source.id) && bySource.total >= 1);
    const byCert = await getJson<Paged<ClaimView>>(`/api/claims?limit=1000&certainty=${c.certainty}`);
    assert.equal(byCert.total, all.items.filter((x) => x.certainty === c.certainty).length);
    const csv = csvLines(await (await app.request('/api/claims.csv')).text());
    assert.equal(csv[0], CLAIM_COLUMNS.join(','));
    assert.equal(csv.length - 1, all.total);
    const page = await getJson<Paged<ClaimView>>('/api/claims?limit=2&offset=1');
    assert.deepEqual(
      page.items.map((x) => x.id),
      all.items.slice(1, 3).map((x) => x.id),
    );
  });

  it('/api/sources, /api/sources.csv, /api/sources/{id}', async () => {
    const all = await getJson<Paged<SourceView>>('/api/sources?limit=1000');
    assert.ok(all.total > 0);
    const csv = csvLines(await (await app.request('/api/sources.csv')).text());
    assert.equal(csv[0], SOURCE_COLUMNS.join(','));
    assert.equal(csv.length - 1, all.total);
    const top = all.items[0]!;
    const one = await getJson<SourceView & { claim_list: ClaimView[] }>(`/api/sources/${encodeURIComponent(top.id)}`);
    assert.equal(one.claims, top.claims);
    assert.equal(one.claim_list.length, top.claims);
    assert.ok(one.claim_list.every((c) => c.source.id === top.id));
    const side = all.items.find((s) => s.side)?.side;
    if (side)
      assert.ok((await getJson<Paged<SourceView>>(`/api/sources?side=${side}`)).items.every((s) => s.side === side));
  });

  it('/api/articles/{id}: the text and the spans of every claim, place and time', async () => {
    const id = events.find((e) => e.claims.length > 0)!.claims[0]!.article;
    const a = await getJson<ArticleDetailView>(`/api/articles/${id}`);
    assert.ok(a.text.length > 100);
    assert.ok(a.spans.length >= a.claims.length);
    for (const s of a.spans) assert.equal(s.text, a.text.slice(s.start, s.end));
    for (const c of a.claims)
      assert.ok(
        a.spans.some((s) => s.role === 'evidence' && s.claim === c.id && s.start === c.span[0] && s.end === c.span[1]),
      );
    assert.ok(a.spans.some((s) => s.role === 'place'));
  });
});

describe('HTTP API: errors', () => {
  it('every error has one shape: 404, 400, 401, 403, 405, 413, 415, 422', async () => {
    await assertError(await app.request('/api/events/ev_nope'), 404, 'not_found');
    await assertError(await app.request('/api/nothing-here'), 404, 'not_found');
    await assertError(await app.request('/api/events?bbox=1,2,3'), 400, 'bad_request');
    await assertError(await app.request('/api/events?since=2024-13-01'), 400, 'bad_request');
    await assertError(await app.request('/api/events?kind=exploded'), 400, 'bad_request');
    await assertError(await app.request('/api/events?limit=0'), 400, 'bad_request');
    const noAuth = await app.request('/api/articles', {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(noAuth.headers.get('www-authenticate'), 'Bearer realm="tally"');
    await assertError(noAuth, 401, 'unauthorized');
    await assertError(
      await app.request('/api/articles', post('{}', { authorization: 'Bearer wrong' })),
      401,
      'unauthorized',
    );
    const del = await app.request('/api/events', { method: 'DELETE' });
    assert.equal(del.headers.get('allow'), 'GET');
    await assertError(del, 405, 'method_not_allowed');
    await assertError(await app.request('/api/events/ev_x', { method: 'PUT' }), 405, 'method_not_allowed');
    const big = JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024 + 10) });
    await assertError(await app.request('/api/articles', post(big)), 413, 'payload_too_large');
    await assertError(
      await app.request('/api/articles', post('text', { 'content-type': 'application/pdf' })),
      415,
      'unsupported_media_type',
    );
    const closed = createApp({ store, token: null });
    await assertError(
      await closed.request('/api/articles', post(JSON.stringify({ text: ARTICLE('Kharkiv', 3) }))),
      403,
      'forbidden',
    );
  });

  it('POST refuses bad input with 4xx: malformed JSON, empty, binary, not English, wrong fields', async () => {
    assert.match(
      await assertError(await app.request('/api/articles', post('{"text": "abc"')), 400, 'bad_request'),
      /malformed JSON/,
    );
    await assertError(await app.request('/api/articles', post('[]')), 400, 'bad_request');
    await assertError(await app.request('/api/articles', post('42')), 400, 'bad_request');
    await assertError(await app.request('/api/articles', post(JSON.stringify({ body: 'x' }))), 400, 'bad_request');
    await assertError(await app.request('/api/articles', post(JSON.stringify({ text: 5 }))), 400, 'bad_request');
    await assertError(
      await app.request('/api/articles', post(JSON.stringify({ text: ARTICLE('Lviv', 2), published: 'last week' }))),
      400,
      'bad_request',
    );
    await assertError(await app.request('/api/articles', post(JSON.stringify({ text: '   ' }))), 422, 'unprocessable');
    await assertError(
      await app.request('/api/articles', post(JSON.stringify({ text: 'abc\u0000\u0001\u0002def' }))),
      422,
      'unprocessable',
    );
    const german =
      'Bei einem Raketenangriff auf die Stadt wurden am Montag mindestens zwölf Menschen getötet, teilte der Gouverneur der Region mit. Die Rettungskräfte suchten die ganze Nacht nach Überlebenden in den Trümmern des Wohnhauses.';
    await assertError(await app.request('/api/articles', post(JSON.stringify({ text: german }))), 422, 'unprocessable');
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe]);
    await assertError(
      await app.request('/api/articles', {
        method: 'POST',
        body: binary,
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' },
      }),
      422,
      'unprocessable',
    );
    // a bad item refuses the whole batch: nothing of it is stored
    const before = (await getJson<Paged<EventSummary>>('/api/events')).total;
    const batch = JSON.stringify([{ text: ARTICLE('Sumy', 4) }, { text: '' }]);
    assert.match(await assertError(await app.request('/api/articles', post(batch)), 422, 'unprocessable'), /item 1/);
    assert.equal((await getJson<Paged<EventSummary>>('/api/events')).total, before);
  });
});

describe('HTTP API: ingest and private mode', () => {
  it('POST ingests one article, then a batch; a repeat is a duplicate', async () => {
    const one = await getJson<{ items: { status: string; article: string; events: string[] }[] }>(
      '/api/articles',
      201,
      post(
        JSON.stringify({
          text: ARTICLE('Kharkiv', 7),
          url: 'https://wire.example/kharkiv',
          title: 'Kharkiv strike',
          published: '2024-05-20',
          outlet: 'Wire',
        }),
      ),
    );
    assert.equal(one.items.length, 1);
    assert.equal(one.items[0]?.status, 'new');
    const art = await getJson<ArticleDetailView>(`/api/articles/${one.items[0].article}`);
    assert.equal(art.url, 'https://wire.example/kharkiv');
    assert.equal(art.title, 'Kharkiv strike');
    assert.equal(art.published, '2024-05-20');
    assert.equal(art.outlet, 'Wire');
    const batch = await getJson<{ items: { index: number; status: string }[] }>(
      '/api/articles',
      201,
      post(
        JSON.stringify([
          { text: ARTICLE('Odesa', 5) },
          { html: `<html><body><article><h1>Strike</h1><p>${ARTICLE('Dnipro', 9)}</p></article></body></html>` },
        ]),
      ),
    );
    assert.deepEqual(
      batch.items.map((r) => [r.index, r.status]),
      [
        [0, 'new'],
        [1, 'new'],
      ],
    );
    const again = await getJson<{ items: { status: string }[] }>(
      '/api/articles',
      200,
      post(JSON.stringify({ text: ARTICLE('Odesa', 5) })),
    );
    assert.equal(again.items[0]?.status, 'duplicate');
    const plain = await app.request(`/api/articles?published=2024-05-21&title=Zaporizhzhia`, {
      method: 'POST',
      body: ARTICLE('Zaporizhzhia', 2),
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain; charset=utf-8' },
    });
    assert.equal(plain.status, 201);
  });

  it('--private: reads need the token too; pages take it once as ?token= and keep it in a cookie', async () => {
    const closed = createApp({ store, token: TOKEN, private: true });
    await assertError(await closed.request('/api/events'), 401, 'unauthorized');
    await assertError(
      await closed.request('/api/events', { headers: { authorization: 'Bearer nope' } }),
      401,
      'unauthorized',
    );
    await getJson('/api/events', 200, { headers: { authorization: `Bearer ${TOKEN}` } }, closed);
    assert.equal((await closed.request('/')).status, 401);
    const login = await closed.request(`/?token=${TOKEN}&kind=killed`);
    assert.equal(login.status, 303);
    assert.equal(login.headers.get('location'), '/?kind=killed');
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    assert.equal((await closed.request('/', { headers: { cookie } })).status, 200);
    assert.equal((await closed.request('/static/app.css')).status, 200);
  });
});

describe('HTTP API: OpenAPI document and pages', () => {
  it('documents every /api route of the router, and nothing else', async () => {
    const doc = await getJson<typeof OPENAPI>('/api/openapi.json');
    assert.equal(doc.openapi.slice(0, 2), '3.');
    const toOpenApi = (p: string): string => p.replace(/:([A-Za-z_]+)/g, '{$1}');
    const routed = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
        .map((r) => `${r.method} ${toOpenApi(r.path)}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`)),
    );
    assert.deepEqual([...routed].sort(), [...documented].sort());
    assert.ok(routed.size >= 12);
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const op of Object.values(ops) as { parameters?: { in: string; name: string }[] }[]) {
        const pathParams = [...p.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
        const declared = (op.parameters ?? []).filter((x) => 'in' in x && x.in === 'path').map((x) => x.name);
        assert.deepEqual(declared, pathParams, p);
      }
    }
  });

  it('matches route patterns segment by segment', () => {
    assert.ok(matchesRoute('/api/events/:id', '/api/events/ev_1'));
    assert.ok(!matchesRoute('/api/events/:id', '/api/events/'));
    assert.ok(!matchesRoute('/api/events/:id', '/api/events/a/b'));
    assert.ok(matchesRoute('/api/events.csv', '/api/events.csv'));
    assert.ok(!matchesRoute('/api/events', '/api/events.csv'));
  });

  it('serves the pages as HTML with a content security policy, and 404 pages', async () => {
    for (const path of [
      '/',
      `/events/${events[0]!.id}`,
      '/sources',
      `/articles/${events[0]!.articles[0]!.id}`,
      '/?kind=killed&view=world',
      '/?view=ukraine',
    ]) {
      const res = await app.request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(res.headers.get('content-security-policy') ?? '', /script-src 'self'/);
      assert.match(await res.text(), /<main id="main">/);
    }
    assert.equal((await app.request('/events/ev_nope')).status, 404);
    assert.equal((await app.request('/?since=nope')).status, 400);
    assert.match(await (await app.request('/static/app.js')).text(), /highlight/);
  });
});
