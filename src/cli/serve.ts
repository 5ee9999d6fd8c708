// `tally serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--private]`: the HTTP API and the analyst's page.
import { existsSync } from 'node:fs';
import { TallyError } from '../core/errors.js';
import { startServer } from '../api/server.js';
import type { RunningServer } from '../api/server.js';
import { DEFAULT_DB, SqliteStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';

export function parsePort(v: string): number {
  const n = /^\d{1,5}$/.test(v) ? Number(v) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new TallyError('E_USAGE', `--port is a number from 0 to 65535, not "${v}"`);
  return n;
}

/** Serves until SIGINT or SIGTERM, then closes the server and the store. */
export async function serveUntilStopped(store: Store, server: RunningServer): Promise<number> {
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  process.stderr.write('stopping\n');
  await server.close();
  await store.close();
  return 0;
}

export const serveCommand: Command = {
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      private: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new TallyError('E_USAGE', `unexpected argument "${positionals[0]!}"`);
    const port = parsePort(values.port);
    const token = process.env['TALLY_TOKEN'] || null;
    if (values.private && !token) throw new TallyError('E_USAGE', '--private needs a token: set TALLY_TOKEN');
    if (!existsSync(values.db))
      process.stderr.write(
        `no ledger at ${values.db}: starting an empty one (ingest with "tally ingest" or POST /api/articles)\n`,
      );
    const store = new SqliteStore(values.db);
    let server: RunningServer;
    try {
      server = await startServer({ store, token, private: values.private, port, host: values.host });
    } catch (e) {
      await store.close();
      throw e;
    }
    process.stdout.write(
      `Tally is serving ${values.db} at ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C to stop)\n`,
    );
    if (!token) process.stdout.write('POST /api/articles is disabled: set TALLY_TOKEN to allow ingest over HTTP\n');
    return serveUntilStopped(store, server);
  },
};
