// Every CLI command, in the order the help lists them.
import type { Command } from './command.js';
import { extractCommand } from './extract.js';
import { eventsCommand } from './events.js';
import { exportCommand } from './export.js';
import { ingestCommand } from './ingest.js';
import { showCommand } from './show.js';
import { serveCommand } from './serve.js';
import { demoCommand } from './demo.js';

export const COMMANDS: readonly Command[] = [extractCommand, ingestCommand, eventsCommand, showCommand, exportCommand, serveCommand, demoCommand];
