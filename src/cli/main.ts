// The `tally` command: parses arguments and dispatches to one command module.
import { isTallyError } from '../core/errors.js';
import { COMMANDS } from './commands.js';

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`tally: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: tally ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  try {
    return await (await command.load()).run(rest);
  } catch (e) {
    if (isTallyError(e)) {
      process.stderr.write(`tally ${name}: ${e.message} [${e.code}]\n`);
      return e.exitCode;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`tally ${name}: internal error: ${message.split('\n')[0] ?? ''}\n`);
    if (process.env['TALLY_DEBUG'] && e instanceof Error) process.stderr.write(`${e.stack ?? ''}\n`);
    return 1;
  }
}

function usage(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(60)} ${c.summary}`);
  return `usage: tally <command> [options]\n\n${lines.join('\n')}\n`;
}
