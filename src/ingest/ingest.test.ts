// Ingest on real files in a temporary folder into a real SQLite file: folders, globs, JSON Lines, feeds, failures, resume.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { SqliteStore } from '../store/sqlite/store.js';
import { parseFeed } from './feed.js';
import { matchPath, matchSegment } from './glob.js';
import { runIngest } from './runner.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const story = (town: string, n: number): string =>
  `Shelling hits ${town} market\n\n${town.toUpperCase()} (Wire) - ${n} people were killed when shells hit the central market in ${town} on Monday, the regional governor said. Rescue workers searched the stalls for survivors through the night.`;

describe('ingest', () => {
  it('reads a folder recursively, a JSON Lines file and an RSS feed; a bad file is reported and the batch goes on', async () => {
    const src = join(dir, 'batch');
    mkdirSync(join(src, 'sub'), { recursive: true });
    writeFileSync(join(src, 'a.txt'), story('Velmora', 4));
    writeFileSync(join(src, 'sub', 'b.txt'), story('Ostrin', 7));
    writeFileSync(join(src, 'sub', 'empty.txt'), '   \n');
    writeFileSync(
      join(src, 'rows.jsonl'),
      [
        JSON.stringify({
          url: 'https://w.example/1',
          title: 'One',
          published: '2024-03-04',
          outlet: 'Wire',
          text: story('Kalvik', 2),
        }),
        '{not json',
        JSON.stringify({ url: 'https://w.example/2' }),
      ].join('\n'),
    );
    writeFileSync(
      join(src, 'feed.xml'),
      `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><title>Drone strike on Dorvan</title><link>https://w.example/feed/1</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;${story('Dorvan', 3)}&lt;/p&gt;</description></item></channel></rss>`,
    );
    const store = new SqliteStore(join(dir, 'one.db'));
    const s = await runIngest(store, [src], { published: null });
    assert.equal(s.new, 4, JSON.stringify(s.failures));
    assert.equal(s.failed, 3);
    assert.ok(s.failures.some((f) => f.reason.includes('empty.txt') && f.reason.includes('empty')));
    assert.ok(s.failures.some((f) => f.reason.includes('rows.jsonl#2')));
    assert.ok(s.failures.some((f) => f.reason.includes('rows.jsonl#3') && f.reason.includes('neither')));
    const arts = await store.listArticles();
    const feed = arts.find((a) => a.url === 'https://w.example/feed/1');
    assert.equal(feed?.published, '2024-03-05');
    assert.equal(feed?.publishedFrom, 'feed');
    assert.equal(arts.find((a) => a.url === 'https://w.example/1')?.publishedFrom, 'jsonl');
    // No date anywhere for the plain files: the file's modification date, said in the summary.
    assert.ok(s.datedByMtime.some((p) => p.endsWith('a.txt')));
    await store.close();
  });

  it('changes nothing on the same text again, keeps a new version, and resumes from the journal', async () => {
    const src = join(dir, 'again');
    mkdirSync(src, { recursive: true });
    const f = join(src, 'x.txt');
    writeFileSync(f, story('Velmora', 4));
    const db = join(dir, 'two.db');
    let store = new SqliteStore(db);
    const first = await runIngest(store, [f], { published: '2024-03-04' });
    assert.equal(first.new, 1);
    const second = await runIngest(store, [f], { published: '2024-03-04' });
    assert.equal(second.resumed, 1);
    assert.equal(second.read, 0);
    await store.close();
    // A new text under the same path: both versions kept, the old one no longer current.
    writeFileSync(f, story('Velmora', 9));
    utimesSync(f, new Date(), new Date(Date.now() + 5000));
    store = new SqliteStore(db);
    const third = await runIngest(store, [f], { published: '2024-03-04' });
    assert.equal(third.version, 1);
    const all = await store.listArticles();
    assert.equal(all.length, 2);
    assert.deepEqual(all.map((a) => a.current).sort(), [false, true]);
    await store.close();
  });

  it('stops between articles when asked and resumes where it stopped', async () => {
    const src = join(dir, 'stop');
    mkdirSync(src, { recursive: true });
    for (let i = 0; i < 5; i++) writeFileSync(join(src, `s${i}.txt`), story(`Town${i}a`, i + 1));
    const db = join(dir, 'three.db');
    const store = new SqliteStore(db);
    let n = 0;
    const s1 = await runIngest(store, [join(src, '*.txt')], { published: '2024-01-01', stop: () => n++ >= 2 });
    assert.equal(s1.interrupted, true);
    assert.equal(s1.new, 2);
    const s2 = await runIngest(store, [src], { published: '2024-01-01' });
    assert.equal(s2.resumed, 2);
    assert.equal(s2.new, 3);
    assert.equal(await store.countArticles(), 5);
    await store.close();
  });

  it('reports a missing path and an unmatched glob without stopping', async () => {
    const store = new SqliteStore(join(dir, 'four.db'));
    const s = await runIngest(store, [join(dir, 'nope.txt'), join(dir, 'nothing-*.txt')]);
    assert.equal(s.failed, 2);
    assert.match(s.failures[0]!.reason, /no such file/);
    assert.match(s.failures[1]!.reason, /no file matches/);
    await store.close();
  });
});

describe('feeds and globs', () => {
  it('parses Atom entries with their links and dates', () => {
    const items = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link rel="alternate" href="https://a.example/x"/><id>urn:1</id><updated>2024-02-03T10:00:00Z</updated><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`,
      'f',
    );
    assert.deepEqual(items, [
      { title: 'T', url: 'https://a.example/x', guid: 'urn:1', published: '2024-02-03', body: '<p>Body</p>' },
    ]);
  });

  it('matches globs segment by segment, and stays fast on hostile names', () => {
    assert.equal(matchSegment('*.txt', 'a.txt'), true);
    assert.equal(matchSegment('dev-*-[ew]*.txt', 'dev-kr-early.txt'), true);
    assert.equal(matchSegment('a?c', 'abd'), false);
    assert.equal(matchPath(['**', '*.jsonl'], ['x', 'y', 'z.jsonl']), true);
    assert.equal(matchPath(['**', '*.jsonl'], ['z.txt']), false);
    const t0 = performance.now();
    assert.equal(matchSegment('*a*a*a*a*a*a*a*b', 'a'.repeat(5000)), false);
    assert.ok(performance.now() - t0 < 1000);
  });
});
