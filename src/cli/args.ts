// Argument parsing for every command: node:util's parseArgs with positionals allowed, its errors turned into usage
// errors with one clear line.
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { TallyError } from '../core/errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (e) {
    throw new TallyError('E_USAGE', e instanceof Error ? e.message : String(e));
  }
}
