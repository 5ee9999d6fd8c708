// Every CLI command, in the order the help lists them.
import type { Command } from './command.js';
import { extractCommand } from './extract.js';

export const COMMANDS: readonly Command[] = [extractCommand];
