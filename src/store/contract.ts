// The contract every Store implementation must pass (SQLite here; PostgreSQL later): run it from the implementation's test file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ingestDocument, mergeEvents, splitArticle } from '../ledger/ledger.js';
import { articleInput, makeDocument } from '../ledger/testing.js';
import type { DocumentJson } from '../output/document.js';
import { getEvent, listEvents } from '../query/read.js';
import type { ArticleRecord, Store } from './types.js';

/** Makes a fresh, empty store; `reopen` (when given) opens the same storage again after the first is closed. */
export interface StoreFactory {
  make(): Promise<{ store: Store; reopen?: () => Promise<Store> }>;
}

const VARNO = { name: 'Varno', admin1: 'Lessia', country: 'UA', lat: 48.7, lon: 37.5, geonameid: 9_000_001 };
const VARNO_EAST = {
  name: 'Varno-Skhidne',
  admin1: 'Lessia',
  country: 'UA',
  lat: 48.72,
  lon: 37.62,
  geonameid: 9_000_002,
};
const TORVIK = { name: 'Torvik', admin1: 'Ostra', country: 'UA', lat: 49.9, lon: 36.2, geonameid: 9_000_003 };

const A1 = `Missiles hit Varno bus depot, killing at least 21\n\nVARNO (Wire) - At least 21 people were killed on Tuesday when two missiles hit the bus depot in Varno, regional governor Ilya Marchuk said. The emergency service said 40 people were wounded.`;
const A2 = `Varno depot toll rises to 34\n\nThe number of people killed in Tuesday's strike on the Varno bus depot rose to 34, governor Ilya Marchuk said on Wednesday. He said five children were among the dead.`;
const A3 = `Week after Varno depot strike, prosecutors count 38 dead\n\nProsecutors said 38 people died in the April 2 missile attack on the bus depot in Varno-Skhidne, on the eastern edge of the city, including the depot guards.`;
const B1 = `Shelling in Torvik kills three\n\nThree people were killed when shells hit a market in Torvik on Tuesday, the mayor said.`;

/** The invented articles behind `depotDocs`, for tests that need their text. */
export const DEPOT_TEXTS = { A1, A2, A3, B1 } as const;

export function depotDocs(): { a1: DocumentJson; a2: DocumentJson; a3: DocumentJson; b1: DocumentJson } {
  return {
    a1: makeDocument({
      id: 'a1',
      text: A1,
      published: '2024-04-02',
      events: [
        {
          id: 'e1',
          phrase: 'two missiles hit the bus depot in Varno',
          type: 'strike',
          place: VARNO,
          start: '2024-04-02',
          weapons: ['missile'],
        },
      ],
      claims: [
        {
          id: 'c1',
          phrase: 'At least 21 people were killed on Tuesday',
          event: 'e1',
          kind: 'killed',
          number: 21,
          qualifier: 'at_least',
          low: 21,
          high: null,
          source: 'Ilya Marchuk',
          sourceKind: 'official',
          side: 'UA',
        },
        {
          id: 'c2',
          phrase: '40 people were wounded',
          event: 'e1',
          kind: 'injured',
          number: 40,
          source: 'emergency service',
          sourceKind: 'government',
          side: 'UA',
        },
      ],
    }),
    a2: makeDocument({
      id: 'a2',
      text: A2,
      published: '2024-04-03',
      events: [
        {
          id: 'e1',
          phrase: "Tuesday's strike on the Varno bus depot",
          type: 'strike',
          place: VARNO,
          start: '2024-04-02',
        },
      ],
      claims: [
        {
          id: 'c1',
          phrase: 'rose to 34',
          event: 'e1',
          kind: 'killed',
          number: 34,
          source: 'Ilya Marchuk',
          sourceKind: 'official',
          side: 'UA',
        },
        {
          id: 'c2',
          phrase: 'five children were among the dead',
          event: 'e1',
          kind: 'killed',
          subject: 'children',
          number: 5,
          source: 'Ilya Marchuk',
          sourceKind: 'official',
          side: 'UA',
        },
      ],
    }),
    a3: makeDocument({
      id: 'a3',
      text: A3,
      published: '2024-04-09',
      events: [
        {
          id: 'e1',
          phrase: 'April 2 missile attack on the bus depot in Varno-Skhidne',
          type: 'missile strike',
          place: VARNO_EAST,
          start: '2024-04-02',
          weapons: ['missile'],
        },
      ],
      claims: [
        {
          id: 'c1',
          phrase: 'Prosecutors said 38 people died',
          event: 'e1',
          kind: 'killed',
          number: 38,
          source: 'prosecutors',
          sourceKind: 'official',
          side: 'UA',
        },
      ],
    }),
    b1: makeDocument({
      id: 'b1',
      text: B1,
      published: '2024-04-02',
      events: [
        {
          id: 'e1',
          phrase: 'shells hit a market in Torvik on Tuesday',
          type: 'shelling',
          place: TORVIK,
          start: '2024-04-02',
        },
      ],
      claims: [
        {
          id: 'c1',
          phrase: 'Three people were killed',
          event: 'e1',
          kind: 'killed',
          number: 3,
          source: 'mayor',
          sourceKind: 'official',
          side: 'UA',
        },
      ],
    }),
  };
}

const record = (over: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id: 'a_0000000000000001',
  hash: '01'.repeat(32),
  key: 'path:/tmp/x.txt',
  url: null,
  path: '/tmp/x.txt',
  title: 'T',
  outlet: null,
  published: '2024-01-01',
  publishedFrom: 'argument',
  format: 'text',
  text: 'Some text.',
  ingestedAt: '2024-01-01T00:00:00.000Z',
  current: true,
  supersededBy: null,
  ...over,
});

export function runStoreContract(name: string, factory: StoreFactory): void {
  void describe(`Store contract: ${name}`, () => {
    void it('applies the versioned migrations and survives a reopen with its data', async () => {
      const { store, reopen } = await factory.make();
      assert.deepEqual(await store.migrations(), [1]);
      await store.insertArticle(record());
      await store.close();
      if (reopen) {
        const again = await reopen();
        assert.deepEqual(await again.migrations(), [1]);
        assert.equal((await again.getArticle('a_0000000000000001'))?.text, 'Some text.');
        await again.close();
      }
    });

    void it('rolls back every write of a failed transaction', async () => {
      const { store } = await factory.make();
      await assert.rejects(
        store.transaction(async () => {
          await store.insertArticle(record());
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.countArticles(), 0);
      await store.transaction(() => store.insertArticle(record()));
      assert.equal(await store.countArticles(), 1);
      await store.close();
    });

    void it('finds articles by hash and by key, and marks a superseded version', async () => {
      const { store } = await factory.make();
      await store.insertArticle(record());
      await store.insertArticle(record({ id: 'a_0000000000000002', hash: '02'.repeat(32), text: 'New text.' }));
      await store.supersedeArticle('a_0000000000000001', 'a_0000000000000002');
      assert.equal((await store.articleByHash('01'.repeat(32)))?.current, false);
      assert.equal((await store.articleByHash('01'.repeat(32)))?.supersededBy, 'a_0000000000000002');
      assert.equal((await store.currentArticleByKey('path:/tmp/x.txt'))?.id, 'a_0000000000000002');
      assert.equal((await store.listArticles({ currentOnly: true })).length, 1);
      await store.close();
    });

    void it('merges three reports of one strike into one event and keeps another town apart', async () => {
      const { store } = await factory.make();
      const d = depotDocs();
      const r1 = await ingestDocument(store, articleInput(A1, { path: '/in/a1.txt', published: '2024-04-02' }), d.a1);
      const rb = await ingestDocument(store, articleInput(B1, { path: '/in/b1.txt', published: '2024-04-02' }), d.b1);
      const r2 = await ingestDocument(store, articleInput(A2, { path: '/in/a2.txt', published: '2024-04-03' }), d.a2);
      const r3 = await ingestDocument(store, articleInput(A3, { path: '/in/a3.txt', published: '2024-04-09' }), d.a3);
      assert.equal(r1.status, 'new');
      assert.deepEqual(r2.events, r1.events);
      assert.deepEqual(r3.events, r1.events);
      assert.notDeepEqual(rb.events, r1.events);
      const events = await listEvents(store);
      assert.equal(events.length, 2);
      const depot = events.find((e) => e.id === r1.events[0])!;
      assert.deepEqual(
        depot.articles.map((a) => a.path),
        ['/in/a1.txt', '/in/a2.txt', '/in/a3.txt'],
      );
      assert.equal(depot.claims.length, 5);
      const byArticle = new Map(depot.articles.map((a, i) => [a.id, [A1, A2, A3][i]!]));
      for (const c of depot.claims) assert.equal(byArticle.get(c.article)!.slice(c.span[0], c.span[1]), c.evidence);
      const detail = await getEvent(store, depot.id);
      assert.ok(detail);
      const killed = detail.kinds.find((k) => k.kind === 'killed')!;
      assert.equal(killed.estimate.best, 38); // the prosecutors' count a week later overtakes the governor's 34
      assert.equal(killed.estimate.low, 38);
      assert.ok(killed.estimate.trace.some((t) => t.includes('overtook')));
      assert.ok(killed.estimate.trace.some((t) => t.includes('subgroup')));
      assert.ok(
        killed.timeline.some((t) => t.superseded_by !== null),
        "the governor's 21 is superseded by his 34",
      );
      assert.ok(detail.members.slice(1).every((m) => m.reasons.length > 0 && (m.score ?? 0) >= 0.7));
      await store.close();
    });

    void it('does nothing on the same text again, and keeps both versions of a changed article', async () => {
      const { store } = await factory.make();
      const d = depotDocs();
      await ingestDocument(
        store,
        articleInput(A1, { url: 'https://wire.example/varno', published: '2024-04-02' }),
        d.a1,
      );
      const again = await ingestDocument(
        store,
        articleInput(A1, { url: 'https://wire.example/varno', published: '2024-04-02' }),
        d.a1,
      );
      assert.equal(again.status, 'duplicate');
      assert.equal(await store.countArticles(), 1);
      const v2text = `${A1}\n\nUpdate: the toll rose.`;
      const v2 = makeDocument({
        ...d.a1.article,
        id: 'a1',
        text: v2text,
        published: '2024-04-02',
        events: [
          {
            id: 'e1',
            phrase: 'two missiles hit the bus depot in Varno',
            type: 'strike',
            place: VARNO,
            start: '2024-04-02',
          },
        ],
        claims: [
          {
            id: 'c1',
            phrase: 'At least 21 people were killed on Tuesday',
            event: 'e1',
            kind: 'killed',
            number: 25,
            source: 'Ilya Marchuk',
            side: 'UA',
          },
        ],
      });
      const r = await ingestDocument(
        store,
        articleInput(v2text, { url: 'https://wire.example/varno', published: '2024-04-02' }),
        v2,
      );
      assert.equal(r.status, 'version');
      assert.equal(await store.countArticles(), 2);
      const events = await listEvents(store);
      assert.equal(events.length, 1);
      assert.deepEqual(
        events[0]!.claims.map((c) => c.value?.number),
        [25],
      );
      const all = await store.listClaims({ currentOnly: false });
      assert.equal(all.length, 3);
      await store.close();
    });

    void it('remembers a split and a merge made by hand when articles come again', async () => {
      const { store } = await factory.make();
      const d = depotDocs();
      const r1 = await ingestDocument(store, articleInput(A1, { path: '/in/a1.txt', published: '2024-04-02' }), d.a1);
      const r2 = await ingestDocument(store, articleInput(A2, { path: '/in/a2.txt', published: '2024-04-03' }), d.a2);
      const eventId = r1.events[0]!;
      const newId = await splitArticle(store, eventId, r2.articleId);
      assert.notEqual(newId, eventId);
      assert.equal((await listEvents(store)).length, 2);
      // A new version of the split article must not rejoin the event it was split from.
      const a2v2 = `${A2}\n\nCorrection: the governor spoke on Wednesday evening.`;
      const r2b = await ingestDocument(store, articleInput(a2v2, { path: '/in/a2.txt', published: '2024-04-03' }), {
        ...d.a2,
        text: a2v2,
      });
      assert.notEqual(r2b.events[0], eventId);
      // Merged back by hand: the next version follows the decision.
      const split = r2b.events[0]!;
      await mergeEvents(store, eventId, split);
      assert.equal((await listEvents(store)).length, 1);
      const a2v3 = `${a2v2}\n\nThe depot will reopen next month.`;
      const r2c = await ingestDocument(store, articleInput(a2v3, { path: '/in/a2.txt', published: '2024-04-03' }), {
        ...d.a2,
        text: a2v3,
      });
      assert.deepEqual(r2c.events, [eventId]);
      const log = await store.mergeLog(eventId);
      assert.ok(log.some((l) => l.action === 'split'));
      assert.ok(log.some((l) => l.action === 'manual_merge'));
      await store.close();
    });

    void it('filters events by date, place, kind and contested', async () => {
      const { store } = await factory.make();
      const d = depotDocs();
      await ingestDocument(store, articleInput(A1, { path: '/in/a1.txt', published: '2024-04-02' }), d.a1);
      await ingestDocument(store, articleInput(B1, { path: '/in/b1.txt', published: '2024-04-02' }), d.b1);
      assert.equal((await store.listEvents({ place: 'torvik' })).length, 1);
      assert.equal((await store.listEvents({ place: 'lessia' })).length, 1);
      assert.equal((await store.listEvents({ since: '2024-04-03' })).length, 0);
      assert.equal((await store.listEvents({ until: '2024-04-02', since: '2024-04-02' })).length, 2);
      assert.equal((await store.listEvents({ kind: 'injured' })).length, 1);
      assert.equal((await store.listEvents({ contested: true })).length, 0);
      await store.close();
    });
  });
}
