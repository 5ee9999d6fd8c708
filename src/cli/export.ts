// `tally export --format csv|json|ndjson|geojson|claimreview [--out DIR] [--db PATH]`.
import { TallyError } from '../core/errors.js';
import { EXPORT_FORMATS, writeExport } from '../export/index.js';
import type { ExportFormat } from '../export/index.js';
import { DEFAULT_DB } from '../store/index.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';
import { openLedger } from './events.js';

export const exportCommand: Command = {
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      format: { type: 'string', default: 'csv' },
      out: { type: 'string', default: 'export' },
    });
    if (positionals.length > 0) throw new TallyError('E_USAGE', `unexpected argument "${positionals[0]!}"`);
    const format = values.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format))
      throw new TallyError('E_USAGE', `--format is one of ${EXPORT_FORMATS.join(', ')}`);
    const store = openLedger(values.db);
    try {
      const files = await writeExport(store, format, values.out);
      process.stdout.write(`${files.join('\n')}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
