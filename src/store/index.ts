// The store: its interface and the default implementation (an SQLite file, ./tally.db unless told otherwise).
export * from './types.js';
export { SqliteStore, openSqliteStore } from './sqlite/store.js';

export const DEFAULT_DB = 'tally.db';
