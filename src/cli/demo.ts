// `tally demo [--port 8080] [--db ./tally.db] [--no-serve]`: ingests the sample articles the project ships and serves the page.
import { fileURLToPath } from 'node:url';
import { TallyError } from '../core/errors.js';
import { runIngest } from '../ingest/runner.js';
import { startServer } from '../api/server.js';
import type { RunningServer } from '../api/server.js';
import { DEFAULT_DB, SqliteStore } from '../store/index.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';
import { formatSummary } from './ingest.js';
import { parsePort, serveUntilStopped } from './serve.js';

/** The samples folder of the installed package (dist/src/cli -> samples). */
export const SAMPLES_DIR = fileURLToPath(new URL('../../../samples/', import.meta.url));

export const demoCommand: Command = {
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      'no-serve': { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new TallyError('E_USAGE', `unexpected argument "${positionals[0]!}"`);
    const port = parsePort(values.port);
    const store = new SqliteStore(values.db);
    let server: RunningServer;
    try {
      const summary = await runIngest(store, [SAMPLES_DIR]);
      process.stdout.write(formatSummary(summary, values.db));
      if (values['no-serve']) {
        await store.close();
        return summary.failed > 0 ? 2 : 0;
      }
      server = await startServer({ store, token: process.env['TALLY_TOKEN'] || null, port, host: values.host });
    } catch (e) {
      await store.close();
      throw e;
    }
    process.stdout.write(
      `\nTally is serving the demo ledger at ${server.url}\nOpen it in a browser; Ctrl-C to stop.\n`,
    );
    return serveUntilStopped(store, server);
  },
};
