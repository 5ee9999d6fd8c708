// Events as a GeoJSON FeatureCollection: one Point feature per located event, with the events table's columns as properties.
import type { EventSummary } from '../query/types.js';
import { eventRow } from './tables.js';

export interface Feature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export function toGeoJson(events: readonly EventSummary[]): { type: 'FeatureCollection'; features: Feature[] } {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      id: e.id,
      geometry:
        e.where?.lat != null && e.where.lon != null ? { type: 'Point', coordinates: [e.where.lon, e.where.lat] } : null,
      properties: eventRow(e),
    })),
  };
}
