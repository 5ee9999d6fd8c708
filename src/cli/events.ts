// `tally events [--since --until --place --kind --contested --format table|json|csv] [--db]`, and `events split` / `events merge` by hand.
import { TallyError } from '../core/errors.js';
import { assertIsoDate } from '../extract.js';
import { EVENT_COLUMNS, eventRow, toCsv } from '../export/tables.js';
import { mergeEvents, splitArticle } from '../ledger/ledger.js';
import { listEvents } from '../query/read.js';
import type { EventSummary } from '../query/types.js';
import { DEFAULT_DB, SqliteStore } from '../store/index.js';
import type { EventFilter } from '../store/types.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';

export function openExisting(db: string): SqliteStore {
  return new SqliteStore(db, { mustExist: true });
}

export function openLedger(db: string): SqliteStore {
  try {
    return openExisting(db);
  } catch {
    throw new TallyError('E_STORE', `no ledger at ${db}: run "tally ingest" first, or give --db PATH`);
  }
}

const pad = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

export function eventsTable(events: readonly EventSummary[]): string {
  const head = `${pad('id', 16)} ${pad('date', 21)} ${pad('place', 22)} ${pad('type', 14)} ${pad('art', 4)} ${pad('claims', 6)} ${pad('killed best (low-high)', 22)} contested`;
  const lines = [head];
  for (const e of events) {
    const k = e.estimates.find((x) => x.kind === 'killed');
    const date = e.when
      ? e.when.end && e.when.end !== e.when.start
        ? `${e.when.start}..${e.when.end.slice(5)}`
        : e.when.start
      : '?';
    const place = e.where ? `${e.where.name}${e.where.country ? `, ${e.where.country}` : ''}` : '?';
    const fig = k && k.best !== null ? `${k.best} (${k.low ?? '?'}-${k.high ?? '?'})` : '';
    lines.push(
      `${pad(e.id, 16)} ${pad(date, 21)} ${pad(place, 22)} ${pad(e.type, 14)} ${pad(String(e.articles.length), 4)} ${pad(String(e.claims.length), 6)} ${pad(fig, 22)} ${e.contested ? 'yes' : ''}`,
    );
  }
  lines.push(`${events.length} event${events.length === 1 ? '' : 's'}`);
  return `${lines.join('\n')}\n`;
}

async function split(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    db: { type: 'string', default: DEFAULT_DB },
    article: { type: 'string' },
  });
  if (positionals.length !== 1 || !values.article)
    throw new TallyError('E_USAGE', 'usage: tally events split EVENT_ID --article ARTICLE_ID');
  const store = openLedger(values.db);
  try {
    const newId = await splitArticle(store, positionals[0]!, values.article);
    process.stdout.write(
      `split article ${values.article} out of ${positionals[0]!} into ${newId}; they will stay apart on re-ingest\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

async function merge(args: readonly string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { db: { type: 'string', default: DEFAULT_DB } });
  if (positionals.length !== 2) throw new TallyError('E_USAGE', 'usage: tally events merge EVENT_ID OTHER_EVENT_ID');
  const store = openLedger(values.db);
  try {
    await mergeEvents(store, positionals[0]!, positionals[1]!);
    process.stdout.write(
      `merged ${positionals[1]!} into ${positionals[0]!}; their articles will stay together on re-ingest\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

export const eventsCommand: Command = {
  async run(args) {
    if (args[0] === 'split') return split(args.slice(1));
    if (args[0] === 'merge') return merge(args.slice(1));
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      since: { type: 'string' },
      until: { type: 'string' },
      place: { type: 'string' },
      kind: { type: 'string' },
      contested: { type: 'boolean', default: false },
      format: { type: 'string', default: 'table' },
      limit: { type: 'string' },
    });
    if (positionals.length > 0)
      throw new TallyError('E_USAGE', `unexpected argument "${positionals[0]!}" (subcommands: split, merge)`);
    const format = values.format;
    if (format !== 'table' && format !== 'json' && format !== 'csv')
      throw new TallyError('E_USAGE', '--format is table, json or csv');
    const filter: { -readonly [K in keyof EventFilter]: EventFilter[K] } = {};
    if (values.since) filter.since = assertIsoDate(values.since);
    if (values.until) filter.until = assertIsoDate(values.until);
    if (values.place) filter.place = values.place;
    if (values.kind) filter.kind = values.kind;
    if (values.contested) filter.contested = true;
    if (values.limit) {
      const n = Number(values.limit);
      if (!Number.isInteger(n) || n < 1) throw new TallyError('E_USAGE', '--limit is a positive whole number');
      filter.limit = n;
    }
    const store = openLedger(values.db);
    try {
      const events = await listEvents(store, filter);
      if (format === 'json') process.stdout.write(`${JSON.stringify(events, null, 2)}\n`);
      else if (format === 'csv') process.stdout.write(toCsv(EVENT_COLUMNS, events.map(eventRow)));
      else process.stdout.write(eventsTable(events));
      return 0;
    } finally {
      await store.close();
    }
  },
};
