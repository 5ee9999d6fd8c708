// Pairwise precision and recall of same-event decisions across the dev articles, against the gold's events.
// Gold: articles whose primary events are the same happening (the three Kramatorsk reports) are one event; every other pair is distinct.
// Usage: node dist/bench/merge-quality.js [DEV_FOLDER=../shared/eval/dev]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { runIngest } from '../src/ingest/runner.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { pct, printTable } from './lib/manifest.js';

interface GoldEvent {
  where?: string[];
  date?: string[];
  optional?: boolean;
}
interface GoldLine {
  id: string;
  file: string;
  published: string;
  events?: GoldEvent[];
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? join(process.cwd(), '..', 'shared', 'eval', 'dev'));
  const gold = readFileSync(join(folder, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldLine)
    .filter((g) => g.file.includes('/dev/') || g.file.startsWith('articles/') || g.file.includes('eval/dev'));
  // Gold clusters: the first (primary) event of each article, keyed by place and date; equal keys are the same event.
  const goldKey = new Map<string, string>();
  for (const g of gold) {
    const e = (g.events ?? []).find((x) => !x.optional) ?? g.events?.[0];
    goldKey.set(g.id, e ? `${(e.where ?? [])[0] ?? ''}|${(e.date ?? []).join(',')}` : g.id);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tally-merge-quality-'));
  const store = new SqliteStore(join(dir, 'dev.db'));
  try {
    const t0 = performance.now();
    for (const g of gold) {
      const path = join(folder, 'articles', basename(g.file));
      const s = await runIngest(store, [path], { published: g.published });
      if (s.failed > 0) console.log(`failed: ${s.failures.map((f) => f.reason).join('; ')}`);
    }
    const seconds = (performance.now() - t0) / 1000;
    // Predicted: two articles are about the same event when one ledger event holds events of both.
    const eventsOf = new Map<string, Set<string>>();
    for (const g of gold) {
      const path = join(folder, 'articles', basename(g.file));
      const a = await store.currentArticleByKey(`path:${path}`);
      const ms = a ? await store.membersOfArticle(a.id) : [];
      eventsOf.set(g.id, new Set(ms.filter((m) => m.current).map((m) => m.eventId)));
    }
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let tn = 0;
    const wrong: string[] = [];
    for (let i = 0; i < gold.length; i++) {
      for (let j = i + 1; j < gold.length; j++) {
        const a = gold[i]!;
        const b = gold[j]!;
        const same = goldKey.get(a.id) === goldKey.get(b.id);
        const ea = eventsOf.get(a.id)!;
        const predicted = [...eventsOf.get(b.id)!].some((e) => ea.has(e));
        if (same && predicted) tp++;
        else if (!same && predicted) {
          fp++;
          wrong.push(`merged but distinct: ${a.id} + ${b.id}`);
        } else if (same && !predicted) {
          fn++;
          wrong.push(`not merged but one event: ${a.id} + ${b.id}`);
        } else tn++;
      }
    }
    const p = tp + fp > 0 ? tp / (tp + fp) : 1;
    const r = tp + fn > 0 ? tp / (tp + fn) : 1;
    console.log(
      `merge quality on ${gold.length} dev articles (${seconds.toFixed(1)} s, ${await store.countEvents()} ledger events)`,
    );
    printTable([
      ['pairs', 'gold same', 'predicted same', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall'],
      [(gold.length * (gold.length - 1)) / 2, tp + fn, tp + fp, tp, fp, fn, tn, pct(p), pct(r)],
    ]);
    for (const w of wrong) console.log(`  ${w}`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
