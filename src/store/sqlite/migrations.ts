// Versioned schema of the SQLite store; each migration runs once, in order, recorded in schema_migrations.
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ledger tables',
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  url TEXT,
  path TEXT,
  title TEXT,
  outlet TEXT,
  published TEXT,
  published_from TEXT NOT NULL,
  format TEXT NOT NULL,
  text TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  current INTEGER NOT NULL DEFAULT 1,
  superseded_by TEXT REFERENCES articles(id)
);
CREATE INDEX articles_key ON articles(key, current);

CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  side TEXT
);

CREATE TABLE events (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  place_name TEXT,
  admin1 TEXT,
  country TEXT,
  lat REAL,
  lon REAL,
  geonameid INTEGER,
  where_json TEXT,
  start TEXT,
  end TEXT,
  when_json TEXT,
  initiator TEXT,
  target TEXT,
  weapons TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  members INTEGER NOT NULL DEFAULT 0,
  contested INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_start ON events(start);
CREATE INDEX events_end ON events(end);

CREATE TABLE event_blocks (
  block TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  PRIMARY KEY (block, event_id)
) WITHOUT ROWID;
CREATE INDEX event_blocks_event ON event_blocks(event_id);

CREATE TABLE event_members (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  article_key TEXT NOT NULL,
  local_id TEXT NOT NULL,
  event_id TEXT NOT NULL REFERENCES events(id),
  event_json TEXT NOT NULL,
  start TEXT,
  end TEXT,
  score REAL,
  reasons TEXT NOT NULL DEFAULT '[]',
  manual INTEGER NOT NULL DEFAULT 0,
  current INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_members_event ON event_members(event_id);
CREATE INDEX event_members_article ON event_members(article_id);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  local_event TEXT,
  event_id TEXT REFERENCES events(id),
  source_id TEXT NOT NULL REFERENCES sources(id),
  kind TEXT NOT NULL,
  subject TEXT,
  value_json TEXT,
  number REAL,
  low REAL,
  high REAL,
  qualifier TEXT,
  source_json TEXT NOT NULL,
  certainty TEXT NOT NULL,
  quote INTEGER NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL,
  text TEXT NOT NULL,
  published TEXT
);
CREATE INDEX claims_event ON claims(event_id, kind);
CREATE INDEX claims_article ON claims(article_id, local_event);
CREATE INDEX claims_source ON claims(source_id);

CREATE TABLE spans (
  owner TEXT NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id),
  role TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX spans_owner ON spans(owner);

CREATE TABLE merge_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  event_id TEXT NOT NULL,
  member_id TEXT,
  other_event_id TEXT,
  score REAL,
  reasons TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX merge_log_event ON merge_log(event_id);
CREATE INDEX merge_log_other ON merge_log(other_event_id);

CREATE TABLE constraints (
  kind TEXT NOT NULL,
  a TEXT NOT NULL,
  b TEXT NOT NULL,
  created_at TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (kind, a, b)
);
CREATE INDEX constraints_b ON constraints(b);

CREATE TABLE estimates (
  event_id TEXT NOT NULL REFERENCES events(id),
  kind TEXT NOT NULL,
  convention TEXT NOT NULL,
  low REAL,
  best REAL,
  high REAL,
  contested INTEGER NOT NULL,
  trace TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (event_id, kind)
);

CREATE TABLE ingest_journal (
  item TEXT PRIMARY KEY,
  size INTEGER,
  mtime INTEGER,
  hash TEXT,
  status TEXT NOT NULL,
  reason TEXT,
  article_id TEXT,
  at TEXT NOT NULL
);
`,
  },
];
