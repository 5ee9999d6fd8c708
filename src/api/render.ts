// Renderers of the lists: CSV (the export's columns) and GeoJSON, over the same pages the JSON answers carry.
import { toGeoJson } from '../export/geojson.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, claimRow, eventRow, toCsv } from '../export/tables.js';
import type { Row } from '../export/tables.js';
import { articleRef } from '../query/read.js';
import type { ArticleRef, ClaimView, EventSummary, SourceView } from '../query/types.js';
import type { Store } from '../store/types.js';

export const SOURCE_COLUMNS = ['source_id', 'name', 'kind', 'side', 'n_claims', 'n_events'] as const;

export const eventsCsv = (events: readonly EventSummary[]): string => toCsv(EVENT_COLUMNS, events.map(eventRow));

export async function claimsCsv(store: Store, claims: readonly ClaimView[]): Promise<string> {
  const articles = new Map<string, ArticleRef | undefined>();
  for (const c of claims) {
    if (articles.has(c.article)) continue;
    const a = await store.getArticle(c.article);
    articles.set(c.article, a ? articleRef(a) : undefined);
  }
  return toCsv(
    CLAIM_COLUMNS,
    claims.map((c) => claimRow(c, articles.get(c.article))),
  );
}

export function sourcesCsv(sources: readonly SourceView[]): string {
  const rows: Row[] = sources.map((s) => ({
    source_id: s.id,
    name: s.name,
    kind: s.kind,
    side: s.side,
    n_claims: s.claims,
    n_events: s.events,
  }));
  return toCsv(SOURCE_COLUMNS, rows);
}

export const eventsGeoJson = (events: readonly EventSummary[]): string => `${JSON.stringify(toGeoJson(events))}\n`;
