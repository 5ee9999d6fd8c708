// The Store on an embedded SQLite file (better-sqlite3): synchronous underneath, async at the interface.
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import type {
  Certainty,
  ClaimKind,
  ClaimSource,
  ClaimValue,
  EventWhen,
  EventWhere,
  TallyEvent,
} from '../../core/layers/claim.js';
import type { SourceKind } from '../../core/layers/source.js';
import { TallyError } from '../../core/errors.js';
import type {
  ArticleFilter,
  ArticleRecord,
  ClaimFilter,
  ClaimRecord,
  ConstraintRecord,
  EstimateRecord,
  EventFilter,
  EventRecord,
  JournalRecord,
  MemberRecord,
  MergeAction,
  MergeLogRecord,
  PublishedFrom,
  SourceRecord,
  SpanRecord,
  Store,
} from '../types.js';
import { MIGRATIONS } from './migrations.js';

type Row = Record<string, unknown>;
type Param = string | number | null;

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'bigint' ? String(v) : '';
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : str(v));
const numOrNull = (v: unknown): number | null =>
  typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v);
const parse = <T>(v: unknown, fallback: T): T =>
  typeof v === 'string' && v.length > 0 ? (JSON.parse(v) as T) : fallback;

export interface SqliteOptions {
  /** Open an existing file only; refuse to create one. */
  readonly mustExist?: boolean;
}

export class SqliteStore implements Store {
  readonly dialect = 'sqlite';
  readonly path: string;
  readonly #db: Database.Database;
  readonly #tx = new AsyncLocalStorage<number>();
  #queue: Promise<unknown> = Promise.resolve();
  #savepoint = 0;
  readonly #stmts = new Map<string, Database.Statement>();

  constructor(path: string, options: SqliteOptions = {}) {
    this.path = path;
    try {
      this.#db = new Database(path, { fileMustExist: options.mustExist ?? false });
      this.#db.pragma('journal_mode = WAL');
      this.#db.pragma('synchronous = NORMAL');
      this.#db.pragma('foreign_keys = ON');
      this.#db.pragma('busy_timeout = 5000');
    } catch (e) {
      throw new TallyError(
        'E_STORE',
        `${path}: cannot open the ledger database (${e instanceof Error ? e.message : String(e)})`,
      );
    }
    this.#migrate();
  }

  #migrate(): void {
    const db = this.#db;
    db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r['version'])),
    );
    const newest = Math.max(0, ...done);
    const known = Math.max(0, ...MIGRATIONS.map((m) => m.version));
    if (newest > known)
      throw new TallyError(
        'E_STORE',
        `${this.path}: the database has schema version ${newest}, newer than this tally (${known})`,
      );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        );
      })();
    }
  }

  #st(sql: string): Database.Statement {
    let s = this.#stmts.get(sql);
    if (!s) {
      s = this.#db.prepare(sql);
      this.#stmts.set(sql, s);
    }
    return s;
  }
  #all(sql: string, ...params: Param[]): Row[] {
    return this.#st(sql).all(...params) as Row[];
  }
  #get(sql: string, ...params: Param[]): Row | undefined {
    return this.#st(sql).get(...params) as Row | undefined;
  }
  #run(sql: string, ...params: Param[]): void {
    this.#st(sql).run(...params);
  }

  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.#tx.getStore() !== undefined) {
      // Nested inside a running transaction: a savepoint, so an inner failure undoes only the inner work.
      const name = `sp${++this.#savepoint}`;
      this.#db.exec(`SAVEPOINT ${name}`);
      try {
        const out = await fn();
        this.#db.exec(`RELEASE ${name}`);
        return out;
      } catch (e) {
        this.#db.exec(`ROLLBACK TO ${name}`);
        this.#db.exec(`RELEASE ${name}`);
        throw e;
      }
    }
    // Top-level transactions run one after another, even when callers do not await each other.
    const run = async (): Promise<T> =>
      this.#tx.run(1, async () => {
        this.#db.exec('BEGIN IMMEDIATE');
        try {
          const out = await fn();
          this.#db.exec('COMMIT');
          return out;
        } catch (e) {
          if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
          throw e;
        }
      });
    const next = this.#queue.then(run, run);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  close(): Promise<void> {
    if (this.#db.open) {
      try {
        this.#db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // another process may hold the file; the checkpoint is only tidiness
      }
      this.#db.close();
    }
    return Promise.resolve();
  }

  migrations(): Promise<number[]> {
    return Promise.resolve(
      this.#all('SELECT version FROM schema_migrations ORDER BY version').map((r) => Number(r['version'])),
    );
  }

  // ---- articles

  static #article(r: Row): ArticleRecord {
    return {
      id: str(r['id']),
      hash: str(r['hash']),
      key: str(r['key']),
      url: strOrNull(r['url']),
      path: strOrNull(r['path']),
      title: strOrNull(r['title']),
      outlet: strOrNull(r['outlet']),
      published: strOrNull(r['published']),
      publishedFrom: str(r['published_from']) as PublishedFrom,
      format: str(r['format']),
      text: str(r['text']),
      ingestedAt: str(r['ingested_at']),
      current: r['current'] === 1,
      supersededBy: strOrNull(r['superseded_by']),
    };
  }

  articleByHash(hash: string): Promise<ArticleRecord | null> {
    const r = this.#get('SELECT * FROM articles WHERE hash = ?', hash);
    return Promise.resolve(r ? SqliteStore.#article(r) : null);
  }
  currentArticleByKey(key: string): Promise<ArticleRecord | null> {
    const r = this.#get('SELECT * FROM articles WHERE key = ? AND current = 1 ORDER BY ingested_at DESC LIMIT 1', key);
    return Promise.resolve(r ? SqliteStore.#article(r) : null);
  }
  insertArticle(a: ArticleRecord): Promise<void> {
    this.#run(
      `INSERT INTO articles (id, hash, key, url, path, title, outlet, published, published_from, format, text, ingested_at, current, superseded_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      a.id,
      a.hash,
      a.key,
      a.url,
      a.path,
      a.title,
      a.outlet,
      a.published,
      a.publishedFrom,
      a.format,
      a.text,
      a.ingestedAt,
      a.current ? 1 : 0,
      a.supersededBy,
    );
    return Promise.resolve();
  }
  supersedeArticle(oldId: string, newId: string): Promise<void> {
    this.#run('UPDATE articles SET current = 0, superseded_by = ? WHERE id = ?', newId, oldId);
    this.#run('UPDATE event_members SET current = 0 WHERE article_id = ?', oldId);
    return Promise.resolve();
  }
  getArticle(id: string): Promise<ArticleRecord | null> {
    const r = this.#get('SELECT * FROM articles WHERE id = ?', id);
    return Promise.resolve(r ? SqliteStore.#article(r) : null);
  }
  listArticles(filter: ArticleFilter = {}): Promise<ArticleRecord[]> {
    const where: string[] = [];
    const params: Param[] = [];
    if (filter.eventId !== undefined) {
      where.push('id IN (SELECT article_id FROM event_members WHERE event_id = ?)');
      params.push(filter.eventId);
    }
    if (filter.currentOnly) where.push('current = 1');
    const sql = `SELECT * FROM articles ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY published, ingested_at, id LIMIT ? OFFSET ?`;
    return Promise.resolve(
      this.#all(sql, ...params, filter.limit ?? -1, filter.offset ?? 0).map((r) => SqliteStore.#article(r)),
    );
  }
  countArticles(): Promise<number> {
    return Promise.resolve(Number(this.#get('SELECT count(*) AS n FROM articles')?.['n'] ?? 0));
  }

  // ---- sources

  static #source(r: Row): SourceRecord {
    return { id: str(r['id']), name: str(r['name']), kind: str(r['kind']) as SourceKind, side: strOrNull(r['side']) };
  }
  upsertSource(s: SourceRecord): Promise<void> {
    this.#run(
      'INSERT INTO sources (id, name, kind, side) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING',
      s.id,
      s.name,
      s.kind,
      s.side,
    );
    return Promise.resolve();
  }
  getSource(id: string): Promise<SourceRecord | null> {
    const r = this.#get('SELECT * FROM sources WHERE id = ?', id);
    return Promise.resolve(r ? SqliteStore.#source(r) : null);
  }
  listSources(): Promise<SourceRecord[]> {
    return Promise.resolve(this.#all('SELECT * FROM sources ORDER BY name, id').map((r) => SqliteStore.#source(r)));
  }

  // ---- claims

  #spans(owner: string): SpanRecord[] {
    return this.#all('SELECT role, start, end, text FROM spans WHERE owner = ? ORDER BY rowid', owner).map((r) => ({
      role: str(r['role']) as SpanRecord['role'],
      span: [Number(r['start']), Number(r['end'])] as const,
      text: str(r['text']),
    }));
  }
  #claim(r: Row): ClaimRecord {
    const id = str(r['id']);
    return {
      id,
      articleId: str(r['article_id']),
      localId: str(r['local_id']),
      localEvent: strOrNull(r['local_event']),
      eventId: strOrNull(r['event_id']),
      sourceId: str(r['source_id']),
      kind: str(r['kind']) as ClaimKind,
      subject: strOrNull(r['subject']),
      value: parse<ClaimValue | null>(r['value_json'], null),
      source: parse<ClaimSource>(r['source_json'], { name: '', kind: 'unknown', side: null, span: null, entity: null }),
      certainty: str(r['certainty']) as Certainty,
      quote: r['quote'] === 1,
      span: [Number(r['span_start']), Number(r['span_end'])],
      text: str(r['text']),
      mentions: this.#spans(id),
      published: strOrNull(r['published']),
      current: r['current'] === 1,
    };
  }
  insertClaims(claims: readonly ClaimRecord[]): Promise<void> {
    for (const c of claims) {
      this.#run(
        `INSERT INTO claims (id, article_id, local_id, local_event, event_id, source_id, kind, subject, value_json, number, low, high, qualifier,
           source_json, certainty, quote, span_start, span_end, text, published)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        c.id,
        c.articleId,
        c.localId,
        c.localEvent,
        c.eventId,
        c.sourceId,
        c.kind,
        c.subject,
        c.value ? JSON.stringify(c.value) : null,
        c.value?.number ?? null,
        c.value?.low ?? null,
        c.value?.high ?? null,
        c.value?.qualifier ?? null,
        JSON.stringify(c.source),
        c.certainty,
        c.quote ? 1 : 0,
        c.span[0],
        c.span[1],
        c.text,
        c.published,
      );
      for (const m of c.mentions)
        this.#run(
          'INSERT INTO spans (owner, article_id, role, start, end, text) VALUES (?, ?, ?, ?, ?, ?)',
          c.id,
          c.articleId,
          m.role,
          m.span[0],
          m.span[1],
          m.text,
        );
    }
    return Promise.resolve();
  }
  assignClaims(articleId: string, localEvent: string, eventId: string | null): Promise<void> {
    this.#run(
      'UPDATE claims SET event_id = ? WHERE article_id = ? AND local_event = ?',
      eventId,
      articleId,
      localEvent,
    );
    return Promise.resolve();
  }
  getClaim(id: string): Promise<ClaimRecord | null> {
    const r = this.#get(
      'SELECT c.*, a.current FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ?',
      id,
    );
    return Promise.resolve(r ? this.#claim(r) : null);
  }
  listClaims(filter: ClaimFilter = {}): Promise<ClaimRecord[]> {
    const where: string[] = [];
    const params: Param[] = [];
    if (filter.eventId !== undefined) {
      where.push('c.event_id = ?');
      params.push(filter.eventId);
    }
    if (filter.articleId !== undefined) {
      where.push('c.article_id = ?');
      params.push(filter.articleId);
    }
    if (filter.sourceId !== undefined) {
      where.push('c.source_id = ?');
      params.push(filter.sourceId);
    }
    if (filter.kind !== undefined) {
      where.push('c.kind = ?');
      params.push(filter.kind);
    }
    if (filter.currentOnly ?? true) where.push('a.current = 1');
    if (filter.unattached) where.push('c.event_id IS NULL');
    const sql = `SELECT c.*, a.current FROM claims c JOIN articles a ON a.id = c.article_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.published, c.article_id, c.span_start, c.id LIMIT ? OFFSET ?`;
    return Promise.resolve(
      this.#all(sql, ...params, filter.limit ?? -1, filter.offset ?? 0).map((r) => this.#claim(r)),
    );
  }

  // ---- events

  static #event(r: Row): EventRecord {
    return {
      id: str(r['id']),
      type: str(r['type']),
      where: parse<EventWhere | null>(r['where_json'], null),
      when: parse<EventWhen | null>(r['when_json'], null),
      initiator: strOrNull(r['initiator']),
      target: strOrNull(r['target']),
      weapons: parse<string[]>(r['weapons'], []),
      createdAt: str(r['created_at']),
      updatedAt: str(r['updated_at']),
      members: Number(r['members'] ?? 0),
      contested: r['contested'] === 1,
    };
  }
  static #eventParams(e: EventRecord): Param[] {
    const w = e.where;
    return [
      e.type,
      w?.name ?? null,
      w?.admin1 ?? null,
      w?.country ?? null,
      w?.lat ?? null,
      w?.lon ?? null,
      w?.geonameid ?? null,
      w ? JSON.stringify(w) : null,
      e.when?.start ?? null,
      e.when?.end ?? null,
      e.when ? JSON.stringify(e.when) : null,
      e.initiator,
      e.target,
      JSON.stringify(e.weapons),
      e.createdAt,
      e.updatedAt,
      e.members,
      e.contested ? 1 : 0,
    ];
  }
  insertEvent(e: EventRecord): Promise<void> {
    this.#run(
      `INSERT INTO events (type, place_name, admin1, country, lat, lon, geonameid, where_json, start, end, when_json, initiator, target, weapons,
         created_at, updated_at, members, contested, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ...SqliteStore.#eventParams(e),
      e.id,
    );
    return Promise.resolve();
  }
  updateEvent(e: EventRecord): Promise<void> {
    this.#run(
      `UPDATE events SET type = ?, place_name = ?, admin1 = ?, country = ?, lat = ?, lon = ?, geonameid = ?, where_json = ?, start = ?, end = ?,
         when_json = ?, initiator = ?, target = ?, weapons = ?, created_at = ?, updated_at = ?, members = ?, contested = ? WHERE id = ?`,
      ...SqliteStore.#eventParams(e),
      e.id,
    );
    return Promise.resolve();
  }
  getEvent(id: string): Promise<EventRecord | null> {
    const r = this.#get('SELECT * FROM events WHERE id = ?', id);
    return Promise.resolve(r ? SqliteStore.#event(r) : null);
  }
  listEvents(filter: EventFilter = {}): Promise<EventRecord[]> {
    const where: string[] = [];
    const params: Param[] = [];
    if (!filter.includeEmpty) where.push('members > 0');
    if (filter.since !== undefined) {
      where.push('COALESCE(end, start) >= ?');
      params.push(filter.since);
    }
    if (filter.until !== undefined) {
      where.push('start <= ?');
      params.push(filter.until);
    }
    if (filter.place !== undefined) {
      const p = filter.place.toLowerCase();
      where.push(
        `(lower(place_name) = ? OR lower(admin1) = ? OR lower(country) = ? OR instr(lower(where_json), ?) > 0)`,
      );
      params.push(p, p, p, JSON.stringify(p).slice(0, -1));
    }
    if (filter.kind !== undefined) {
      where.push(
        'EXISTS (SELECT 1 FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.event_id = events.id AND c.kind = ? AND a.current = 1)',
      );
      params.push(filter.kind);
    }
    if (filter.contested !== undefined) {
      where.push('contested = ?');
      params.push(filter.contested ? 1 : 0);
    }
    const sql = `SELECT * FROM events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY start, id LIMIT ? OFFSET ?`;
    return Promise.resolve(
      this.#all(sql, ...params, filter.limit ?? -1, filter.offset ?? 0).map((r) => SqliteStore.#event(r)),
    );
  }
  countEvents(): Promise<number> {
    return Promise.resolve(Number(this.#get('SELECT count(*) AS n FROM events WHERE members > 0')?.['n'] ?? 0));
  }
  setEventBlocks(eventId: string, blocks: readonly string[]): Promise<void> {
    this.#run('DELETE FROM event_blocks WHERE event_id = ?', eventId);
    for (const b of new Set(blocks)) this.#run('INSERT INTO event_blocks (block, event_id) VALUES (?, ?)', b, eventId);
    return Promise.resolve();
  }
  eventsInBlocks(blocks: readonly string[]): Promise<string[]> {
    const out = new Set<string>();
    for (const b of new Set(blocks))
      for (const r of this.#all('SELECT event_id FROM event_blocks WHERE block = ?', b)) out.add(str(r['event_id']));
    return Promise.resolve([...out].sort());
  }

  // ---- membership

  static #member(r: Row): MemberRecord {
    return {
      id: str(r['id']),
      articleId: str(r['article_id']),
      articleKey: str(r['article_key']),
      localId: str(r['local_id']),
      eventId: str(r['event_id']),
      event: parse<TallyEvent>(r['event_json'], {
        id: '',
        type: '',
        when: null,
        where: null,
        initiator: null,
        target: null,
        weapons: [],
        span: [0, 0],
        text: '',
      }),
      start: strOrNull(r['start']),
      end: strOrNull(r['end']),
      score: numOrNull(r['score']),
      reasons: parse<string[]>(r['reasons'], []),
      manual: r['manual'] === 1,
      current: r['current'] === 1,
    };
  }
  insertMember(m: MemberRecord): Promise<void> {
    this.#run(
      `INSERT INTO event_members (id, article_id, article_key, local_id, event_id, event_json, start, end, score, reasons, manual, current)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      m.id,
      m.articleId,
      m.articleKey,
      m.localId,
      m.eventId,
      JSON.stringify(m.event),
      m.start,
      m.end,
      m.score,
      JSON.stringify(m.reasons),
      m.manual ? 1 : 0,
      m.current ? 1 : 0,
    );
    return Promise.resolve();
  }
  moveMember(
    memberId: string,
    eventId: string,
    score: number | null,
    reasons: readonly string[],
    manual: boolean,
  ): Promise<void> {
    this.#run(
      'UPDATE event_members SET event_id = ?, score = ?, reasons = ?, manual = ? WHERE id = ?',
      eventId,
      score,
      JSON.stringify(reasons),
      manual ? 1 : 0,
      memberId,
    );
    return Promise.resolve();
  }
  membersOfEvent(eventId: string, currentOnly = false): Promise<MemberRecord[]> {
    const sql = `SELECT * FROM event_members WHERE event_id = ? ${currentOnly ? 'AND current = 1' : ''} ORDER BY rowid`;
    return Promise.resolve(this.#all(sql, eventId).map((r) => SqliteStore.#member(r)));
  }
  membersOfArticle(articleId: string): Promise<MemberRecord[]> {
    return Promise.resolve(
      this.#all('SELECT * FROM event_members WHERE article_id = ? ORDER BY rowid', articleId).map((r) =>
        SqliteStore.#member(r),
      ),
    );
  }

  // ---- history, decisions, estimates, journal

  logMerge(e: MergeLogRecord): Promise<void> {
    this.#run(
      'INSERT INTO merge_log (at, action, event_id, member_id, other_event_id, score, reasons) VALUES (?, ?, ?, ?, ?, ?, ?)',
      e.at,
      e.action,
      e.eventId,
      e.memberId,
      e.otherEventId,
      e.score,
      JSON.stringify(e.reasons),
    );
    return Promise.resolve();
  }
  mergeLog(eventId: string): Promise<MergeLogRecord[]> {
    return Promise.resolve(
      this.#all('SELECT * FROM merge_log WHERE event_id = ? OR other_event_id = ? ORDER BY seq', eventId, eventId).map(
        (r) => ({
          at: str(r['at']),
          action: str(r['action']) as MergeAction,
          eventId: str(r['event_id']),
          memberId: strOrNull(r['member_id']),
          otherEventId: strOrNull(r['other_event_id']),
          score: numOrNull(r['score']),
          reasons: parse<string[]>(r['reasons'], []),
        }),
      ),
    );
  }
  addConstraint(c: ConstraintRecord): Promise<void> {
    const [a, b] = c.a <= c.b ? [c.a, c.b] : [c.b, c.a];
    const opposite = c.kind === 'must_link' ? 'cannot_link' : 'must_link';
    // The latest decision wins: a merge by hand lifts an earlier split between the same articles, and the other way round.
    this.#run('DELETE FROM constraints WHERE kind = ? AND a = ? AND b = ?', opposite, a, b);
    this.#run(
      'INSERT OR REPLACE INTO constraints (kind, a, b, created_at, note) VALUES (?, ?, ?, ?, ?)',
      c.kind,
      a,
      b,
      c.createdAt,
      c.note,
    );
    return Promise.resolve();
  }
  constraintsFor(keys: readonly string[]): Promise<ConstraintRecord[]> {
    const out: ConstraintRecord[] = [];
    for (const k of new Set(keys)) {
      for (const r of this.#all('SELECT * FROM constraints WHERE a = ? OR b = ? ORDER BY created_at', k, k)) {
        out.push({
          kind: str(r['kind']) as ConstraintRecord['kind'],
          a: str(r['a']),
          b: str(r['b']),
          createdAt: str(r['created_at']),
          note: strOrNull(r['note']),
        });
      }
    }
    return Promise.resolve(out);
  }
  putEstimates(eventId: string, estimates: readonly EstimateRecord[]): Promise<void> {
    this.#run('DELETE FROM estimates WHERE event_id = ?', eventId);
    for (const e of estimates) {
      this.#run(
        'INSERT INTO estimates (event_id, kind, convention, low, best, high, contested, trace, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        eventId,
        e.kind,
        e.convention,
        e.low,
        e.best,
        e.high,
        e.contested ? 1 : 0,
        JSON.stringify(e.trace),
        e.computedAt,
      );
    }
    return Promise.resolve();
  }
  estimates(eventId: string): Promise<EstimateRecord[]> {
    return Promise.resolve(
      this.#all('SELECT * FROM estimates WHERE event_id = ? ORDER BY kind', eventId).map((r) => ({
        eventId: str(r['event_id']),
        kind: str(r['kind']) as ClaimKind,
        convention: str(r['convention']),
        low: numOrNull(r['low']),
        best: numOrNull(r['best']),
        high: numOrNull(r['high']),
        contested: r['contested'] === 1,
        trace: parse<string[]>(r['trace'], []),
        computedAt: str(r['computed_at']),
      })),
    );
  }
  journal(item: string): Promise<JournalRecord | null> {
    const r = this.#get('SELECT * FROM ingest_journal WHERE item = ?', item);
    return Promise.resolve(
      r
        ? {
            item: str(r['item']),
            size: numOrNull(r['size']),
            mtime: numOrNull(r['mtime']),
            hash: strOrNull(r['hash']),
            status: str(r['status']) as JournalRecord['status'],
            reason: strOrNull(r['reason']),
            articleId: strOrNull(r['article_id']),
            at: str(r['at']),
          }
        : null,
    );
  }
  putJournal(j: JournalRecord): Promise<void> {
    this.#run(
      'INSERT OR REPLACE INTO ingest_journal (item, size, mtime, hash, status, reason, article_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      j.item,
      j.size,
      j.mtime,
      j.hash,
      j.status,
      j.reason,
      j.articleId,
      j.at,
    );
    return Promise.resolve();
  }
}

export function openSqliteStore(path: string, options: SqliteOptions = {}): SqliteStore {
  return new SqliteStore(path, options);
}
