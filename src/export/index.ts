// Writes the ledger out: events and claims tables (CSV, JSON, NDJSON), a GeoJSON of events, ClaimReview JSON-LD of contested claims.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TallyError } from '../core/errors.js';
import { getEvent, listEvents } from '../query/read.js';
import type { EventDetail, EventSummary } from '../query/types.js';
import type { EventFilter, Store } from '../store/types.js';
import { claimReviews } from './claimreview.js';
import { toGeoJson } from './geojson.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, claimRow, eventRow, toCsv } from './tables.js';
import type { Row } from './tables.js';

export type ExportFormat = 'csv' | 'json' | 'ndjson' | 'geojson' | 'claimreview';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json', 'ndjson', 'geojson', 'claimreview'];

export interface ExportTables {
  readonly events: EventSummary[];
  readonly eventRows: Row[];
  readonly claimRows: Row[];
}

export async function exportTables(store: Store, filter: EventFilter = {}): Promise<ExportTables> {
  const events = await listEvents(store, filter);
  const eventRows = events.map(eventRow);
  const claimRows: Row[] = [];
  for (const e of events) {
    const arts = new Map(e.articles.map((a) => [a.id, a]));
    for (const c of e.claims) claimRows.push(claimRow(c, arts.get(c.article)));
  }
  return { events, eventRows, claimRows };
}

/** Renders one format into named files (name -> content). */
export async function renderExport(
  store: Store,
  format: ExportFormat,
  filter: EventFilter = {},
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const t = await exportTables(store, filter);
  switch (format) {
    case 'csv':
      files.set('events.csv', toCsv(EVENT_COLUMNS, t.eventRows));
      files.set('claims.csv', toCsv(CLAIM_COLUMNS, t.claimRows));
      break;
    case 'json':
      files.set('events.json', `${JSON.stringify(t.eventRows, null, 2)}\n`);
      files.set('claims.json', `${JSON.stringify(t.claimRows, null, 2)}\n`);
      break;
    case 'ndjson':
      files.set('events.ndjson', t.eventRows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      files.set('claims.ndjson', t.claimRows.map((r) => `${JSON.stringify(r)}\n`).join(''));
      break;
    case 'geojson':
      files.set('events.geojson', `${JSON.stringify(toGeoJson(t.events))}\n`);
      break;
    case 'claimreview': {
      const details: EventDetail[] = [];
      for (const e of t.events.filter((x) => x.contested)) {
        const d = await getEvent(store, e.id);
        if (d) details.push(d);
      }
      files.set('claimreview.jsonld', `${JSON.stringify(claimReviews(details), null, 2)}\n`);
      break;
    }
    default:
      throw new TallyError('E_USAGE', `unknown export format ${String(format)}`);
  }
  return files;
}

export async function writeExport(
  store: Store,
  format: ExportFormat,
  dir: string,
  filter: EventFilter = {},
): Promise<string[]> {
  const files = await renderExport(store, format, filter);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of files) {
    const p = join(dir, name);
    writeFileSync(p, content);
    written.push(p);
  }
  return written;
}
