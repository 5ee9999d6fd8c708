// Every CLI command, in the order the help lists them. Each command's module loads only when it runs, so that
// `tally extract` does not pay for the HTTP server or the database.
import type { Command } from './command.js';

export interface CommandEntry {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  load(): Promise<Command>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    usage:
      'extract FILE|- [--published YYYY-MM-DD] [--layers] [--text] [--format json|pretty] [--convention default|acled]',
    summary: 'print the claims, events (and layers) of one article as JSON',
    load: async () => (await import('./extract.js')).extractCommand,
  },
  {
    name: 'ingest',
    usage: 'ingest PATH... [--db PATH] [--published YYYY-MM-DD] [--quiet]',
    summary: 'read articles (files, folders, globs, -, JSONL, RSS/Atom, feed URLs) into the ledger',
    load: async () => (await import('./ingest.js')).ingestCommand,
  },
  {
    name: 'events',
    usage:
      'events [--since D --until D --place P --kind K --contested] [--format table|json|csv] [--db PATH] | events split ID --article A | events merge ID1 ID2',
    summary: "list the ledger's events; split an article out of an event or merge two events by hand",
    load: async () => (await import('./events.js')).eventsCommand,
  },
  {
    name: 'show',
    usage: 'show EVENT_ID [--format text|json] [--db PATH]',
    summary: 'one event: claims side by side, timeline, estimate with its trace, evidence',
    load: async () => (await import('./show.js')).showCommand,
  },
  {
    name: 'export',
    usage: 'export --format csv|json|ndjson|geojson|claimreview [--out DIR] [--db PATH]',
    summary: 'write events and claims tables, a GeoJSON of events, or ClaimReview JSON-LD of contested claims',
    load: async () => (await import('./export.js')).exportCommand,
  },
  {
    name: 'serve',
    usage: 'serve [--port 8080] [--host 127.0.0.1] [--db PATH] [--private]',
    summary: 'serve the HTTP API (/api, POST needs TALLY_TOKEN) and the web page over the ledger',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'demo',
    usage: 'demo [--port 8080] [--host 127.0.0.1] [--db tally.db] [--no-serve]',
    summary: 'ingest the sample articles into the ledger and serve the web page (prints its address)',
    load: async () => (await import('./demo.js')).demoCommand,
  },
];
