// `tally ingest PATH... [--db PATH] [--published YYYY-MM-DD]`: files, folders, globs, "-", JSON Lines, RSS/Atom files and feed URLs.
import { TallyError } from '../core/errors.js';
import { runIngest } from '../ingest/runner.js';
import type { IngestSummary, ItemReport } from '../ingest/runner.js';
import { DEFAULT_DB, SqliteStore } from '../store/index.js';
import type { Command } from './command.js';
import { parseCommandArgs } from './args.js';

function progressLine(done: number, total: number, r: ItemReport, started: number): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = done / Math.max(0.001, (performance.now() - started) / 1000);
  const label = r.label.length > 40 ? `…${r.label.slice(-39)}` : r.label;
  return `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s ${r.outcome.padEnd(9)} ${label}`.padEnd(
    110,
  );
}

export function formatSummary(s: IngestSummary, db: string): string {
  const lines = [
    `ingested into ${db} in ${s.seconds.toFixed(1)} s: read ${s.read}, new ${s.new}, new versions ${s.version}, duplicate ${s.duplicate}, ` +
      `already done ${s.resumed}, failed ${s.failed}; events created ${s.created}, merged into existing ${s.merged}; claims ${s.claims}`,
  ];
  if (s.datedByMtime.length > 0)
    lines.push(`dated by file modification time (no --published, no date in the text): ${s.datedByMtime.join(', ')}`);
  for (const f of s.failures) lines.push(`failed: ${f.reason}`);
  if (s.interrupted) lines.push('interrupted: run the same command again to resume where it stopped');
  return `${lines.join('\n')}\n`;
}

export const ingestCommand: Command = {
  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: DEFAULT_DB },
      published: { type: 'string' },
      quiet: { type: 'boolean', default: false },
    });
    if (positionals.length === 0)
      throw new TallyError('E_USAGE', 'give at least one PATH (file, folder, glob, URL, or - for standard input)');
    const store = new SqliteStore(values.db);
    let stopping = false;
    const onSigint = (): void => {
      if (stopping) process.exit(130);
      stopping = true;
      process.stderr.write('\nstopping after the current article (Ctrl-C again to quit at once)\n');
    };
    process.on('SIGINT', onSigint);
    const tty = process.stderr.isTTY === true && !values.quiet;
    const started = performance.now();
    try {
      const summary = await runIngest(store, positionals, {
        published: values.published ?? null,
        stop: () => stopping,
        onItem: (r, done, total) => {
          if (tty) process.stderr.write(progressLine(done, total, r, started));
          else if (!values.quiet || r.outcome === 'failed') {
            const tail =
              r.outcome === 'failed'
                ? `: ${r.reason ?? ''}`
                : r.events && r.events.length > 0
                  ? ` -> ${r.events.join(' ')}`
                  : '';
            process.stderr.write(`[${done}/${total}] ${r.outcome} ${r.label}${tail}\n`);
          }
        },
      });
      if (tty) process.stderr.write('\n');
      process.stdout.write(formatSummary(summary, values.db));
      return summary.failed > 0 && summary.new + summary.version + summary.duplicate + summary.resumed === 0
        ? 2
        : summary.interrupted
          ? 130
          : 0;
    } finally {
      process.off('SIGINT', onSigint);
      await store.close();
    }
  },
};
