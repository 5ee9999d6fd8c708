// Argument parsing errors from node:util become usage errors with one clear line.
import { TallyError } from '../core/errors.js';

export function parseCommandArgs<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new TallyError('E_USAGE', e instanceof Error ? e.message : String(e));
  }
}
