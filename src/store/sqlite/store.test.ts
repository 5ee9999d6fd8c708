// Runs the Store contract on a real SQLite file in a temporary folder.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, it } from 'node:test';
import { TallyError } from '../../core/errors.js';
import { runStoreContract } from '../contract.js';
import { SqliteStore } from './store.js';

const dir = mkdtempSync(join(tmpdir(), 'tally-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

runStoreContract('sqlite', {
  make: () => {
    const path = join(dir, `ledger-${++n}.db`);
    return Promise.resolve({ store: new SqliteStore(path), reopen: () => Promise.resolve(new SqliteStore(path)) });
  },
});

it('sqlite: refuses a file that is not a database with a coded error', async () => {
  const { writeFileSync } = await import('node:fs');
  const path = join(dir, 'not-a-db.db');
  writeFileSync(path, 'this is plain text, not SQLite '.repeat(200));
  assert.throws(
    () => new SqliteStore(path),
    (e: unknown) => e instanceof TallyError && e.code === 'E_STORE',
  );
});
