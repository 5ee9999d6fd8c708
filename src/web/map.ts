// The events map, drawn here as SVG from the offline world-atlas outlines (no tile server): countries, graticule,
// and one linked mark per located event, sized by its best estimate and coloured by its leading claim kind.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ClaimKind } from '../core/layers/claim.js';
import type { EventSummary } from '../query/types.js';
import type { BBox } from '../api/query.js';
import { escapeHtml, html, trusted } from './html.js';
import type { Html } from './html.js';

export const KIND_COLOURS: Readonly<Record<ClaimKind, string>> = {
  killed: '#c0392b',
  injured: '#e67e22',
  casualties: '#d35400',
  missing: '#8e44ad',
  captured: '#2c3e50',
  displaced: '#16a085',
  intercepted: '#2471a3',
  launched: '#1f618d',
  destroyed: '#7d6608',
  responsibility: '#6c3483',
  other: '#7f8c8d',
};

/** Named map views: the page's region select. `events` fits the located events. */
export const REGIONS: Readonly<Record<string, { label: string; bbox: BBox | null }>> = {
  events: { label: 'Fit the events', bbox: null },
  world: { label: 'World', bbox: [-180, -60, 180, 85] },
  europe: { label: 'Europe', bbox: [-25, 34, 45, 71] },
  ukraine: { label: 'Ukraine', bbox: [22, 44, 41, 53] },
  'middle-east': { label: 'Middle East', bbox: [25, 12, 63, 42] },
  africa: { label: 'Africa', bbox: [-20, -36, 52, 38] },
  asia: { label: 'Asia', bbox: [60, -10, 150, 55] },
  americas: { label: 'Americas', bbox: [-170, -56, -30, 72] },
};

/** The figure that sizes an event's mark and the kind that colours it: the largest best estimate, else the commonest claim kind. */
export function leading(e: EventSummary): { kind: ClaimKind; best: number | null } {
  let top: { kind: ClaimKind; best: number | null } | null = null;
  for (const s of e.estimates)
    if (s.best !== null && (top === null || (top.best ?? -1) < s.best)) top = { kind: s.kind, best: s.best };
  if (top) return top;
  const counts = new Map<ClaimKind, number>();
  for (const c of e.claims) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  let kind: ClaimKind = 'other';
  let n = 0;
  for (const [k, v] of counts) if (v > n) [kind, n] = [k, v];
  return { kind, best: null };
}

export const markRadius = (best: number | null): number =>
  best === null || best <= 0 ? 5 : Math.min(34, 5 + 2.6 * Math.sqrt(best));

export const placeLabel = (e: Pick<EventSummary, 'where'>): string =>
  e.where
    ? `${e.where.name}${e.where.country_name ? `, ${e.where.country_name}` : e.where.country ? `, ${e.where.country}` : ''}`
    : 'place unknown';

export const dateLabel = (e: Pick<EventSummary, 'when'>): string =>
  e.when
    ? e.when.end && e.when.end !== e.when.start
      ? `${e.when.start} – ${e.when.end}`
      : e.when.start
    : 'date unknown';

type Countries = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name?: string }>;
const atlas = new Map<string, Countries>();

function countries(detail: '110m' | '50m'): Countries {
  let c = atlas.get(detail);
  if (!c) {
    const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${detail}.json`);
    const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{
      countries: GeometryCollection<{ name?: string }>;
    }>;
    c = feature(topo, topo.objects.countries);
    atlas.set(detail, c);
  }
  return c;
}

/** The bounds of the located events, padded and at least `minSpan` degrees wide and high; null when none is located. */
export function eventBounds(events: readonly EventSummary[], minSpan = 8): BBox | null {
  const pts = events.flatMap((e) =>
    e.where?.lat != null && e.where.lon != null ? [[e.where.lon, e.where.lat] as const] : [],
  );
  if (pts.length === 0) return null;
  let [minLon, minLat, maxLon, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of pts) {
    minLon = Math.min(minLon, lon);
    maxLon = Math.max(maxLon, lon);
    minLat = Math.min(minLat, lat);
    maxLat = Math.max(maxLat, lat);
  }
  const padLon = Math.max((maxLon - minLon) * 0.15, (minSpan - (maxLon - minLon)) / 2, 1);
  const padLat = Math.max((maxLat - minLat) * 0.15, (minSpan - (maxLat - minLat)) / 2, 1);
  return [
    Math.max(-180, minLon - padLon),
    Math.max(-85, minLat - padLat),
    Math.min(180, maxLon + padLon),
    Math.min(85, maxLat + padLat),
  ];
}

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 500;
const baseCache = new Map<string, string>();

/** The map of `events` over `bbox` (the whole world when null), as an inline SVG element. */
export function renderMap(events: readonly EventSummary[], bbox: BBox | null, eventHref: (id: string) => string): Html {
  const w = MAP_WIDTH;
  const h = MAP_HEIGHT;
  const fitTo: GeoPermissibleObjects = bbox
    ? {
        type: 'MultiPoint',
        coordinates: [
          [bbox[0], bbox[1]],
          [bbox[2], bbox[3]],
          [bbox[0], bbox[3]],
          [bbox[2], bbox[1]],
          [(bbox[0] + bbox[2]) / 2, bbox[1]],
          [(bbox[0] + bbox[2]) / 2, bbox[3]],
        ],
      }
    : { type: 'Sphere' };
  const projection = geoNaturalEarth1()
    .fitExtent(
      [
        [8, 8],
        [w - 8, h - 8],
      ],
      fitTo,
    )
    .clipExtent([
      [0, 0],
      [w, h],
    ]);
  const key = bbox ? bbox.map((x) => x.toFixed(3)).join(',') : 'world';
  let base = baseCache.get(key);
  if (base === undefined) {
    const path = geoPath(projection).digits(1);
    const detail = bbox && bbox[2] - bbox[0] < 70 ? '50m' : '110m';
    const land = countries(detail)
      .features.map(
        (f) =>
          `<path class="country" d="${path(f) ?? ''}"><title>${escapeHtml(f.properties.name ?? '')}</title></path>`,
      )
      .join('');
    base = `<path class="sphere" d="${path({ type: 'Sphere' }) ?? ''}"/><path class="graticule" d="${path(geoGraticule10()) ?? ''}"/>${land}`;
    if (baseCache.size > 32) baseCache.clear();
    baseCache.set(key, base);
  }
  const marks = events
    .flatMap((e) => {
      if (e.where?.lat == null || e.where.lon == null) return [];
      const p = projection([e.where.lon, e.where.lat]);
      if (!p || p[0] < 0 || p[0] > w || p[1] < 0 || p[1] > h) return [];
      const lead = leading(e);
      return [{ e, x: p[0], y: p[1], r: markRadius(lead.best), lead }];
    })
    .sort((a, b) => b.r - a.r);
  const label = (m: (typeof marks)[number]): string =>
    `${m.e.type} in ${placeLabel(m.e)}, ${dateLabel(m.e)}${m.lead.best !== null ? `: ${m.lead.kind} ${m.lead.best} (best estimate)` : ''}${m.e.contested ? ', contested' : ''}`;
  return html`<svg
    class="map"
    viewBox="0 0 ${w} ${h}"
    role="img"
    aria-labelledby="map-title"
    data-width="${w}"
    data-height="${h}"
  >
    <title id="map-title">Map of ${marks.length} located events</title>
    <g class="zoom">
      ${trusted(base)}${marks.map(
        (m) =>
          html`<a class="mark" href="${eventHref(m.e.id)}" data-event="${m.e.id}" aria-label="${label(m)}"
            ><circle
              cx="${m.x.toFixed(1)}"
              cy="${m.y.toFixed(1)}"
              r="${m.r.toFixed(1)}"
              data-r="${m.r.toFixed(1)}"
              fill="${KIND_COLOURS[m.lead.kind]}"
              class="${m.e.contested ? 'contested' : ''}"
              ><title>${label(m)}</title></circle
            ></a
          >`,
      )}
    </g>
  </svg>`;
}
