// Whether two reports describe the same event: type, place, dates and details, each with a readable reason and a score.
import type { EventWhere } from '../core/layers/claim.js';

/** Families of event types that can name the same happening ("missile strike" in one report, "attack" in another). */
const TYPE_FAMILIES: ReadonlyArray<readonly string[]> = [
  [
    'strike',
    'airstrike',
    'air strike',
    'missile strike',
    'drone strike',
    'rocket attack',
    'shelling',
    'bombardment',
    'bombing',
    'explosion',
    'blast',
    'attack',
    'raid',
  ],
  ['massacre', 'killing', 'killings', 'attack', 'raid', 'shooting', 'execution'],
  ['abduction', 'kidnapping', 'capture'],
  ['battle', 'clash', 'clashes', 'fighting', 'offensive', 'assault', 'attack'],
];
const GENERIC_TYPES = new Set(['', 'event', 'incident', 'other', 'attack']);
const GENERIC_WEAPONS = new Set([
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'bomb',
  'bombs',
  'artillery',
  'shell',
  'shells',
  'firearms',
  'gun',
  'guns',
]);

export interface Facet {
  readonly score: number;
  readonly reason: string;
}
export type FacetResult = Facet | { readonly reject: string };
export const isReject = (f: FacetResult): f is { readonly reject: string } => 'reject' in f;

const norm = (s: string): string => s.toLowerCase().replace(/[_-]+/g, ' ').trim();

/** The type the extractor gives a background tally ("the war has killed tens of thousands"): context, never merged. */
export const TALLY_TYPE = 'tally';

export function typeMatch(a: string, b: string): FacetResult {
  const x = norm(a);
  const y = norm(b);
  if (x === TALLY_TYPE || y === TALLY_TYPE)
    return { reject: 'type: a background tally is context, not an event to merge' };
  if (x === y) return { score: 1, reason: `type: both ${a || 'unspecified'}` };
  if (TYPE_FAMILIES.some((f) => f.includes(x) && f.includes(y)))
    return { score: 0.7, reason: `type: ${a} and ${b} are compatible` };
  if (GENERIC_TYPES.has(x) || GENERIC_TYPES.has(y))
    return { score: 0.5, reason: `type: ${a || 'unspecified'} and ${b || 'unspecified'} (one is generic)` };
  return { reject: `type: ${a} and ${b} are different kinds of event` };
}

const R = 6371;
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dlat = (lat2 - lat1) * rad;
  const dlon = (lon2 - lon1) * rad;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dlon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const names = (w: EventWhere): Set<string> => new Set([w.name, ...w.alt_names].map(norm));

/** How large a place is: a country, a first-level region, or a point (town, site). */
export function placeLevel(w: EventWhere): 'country' | 'admin1' | 'point' {
  const n = norm(w.name);
  if (w.country && (n === norm(w.country) || (w.country_name !== undefined && n === norm(w.country_name))))
    return 'country';
  if (w.admin1 && (n === norm(w.admin1) || n === `${norm(w.admin1)} region` || n === `${norm(w.admin1)} oblast`))
    return 'admin1';
  if (w.lat === null && w.geonameid === null && w.admin1 === null) return 'country';
  return 'point';
}

export const NEAR_KM = 25;

export function placeMatch(a: EventWhere | null, b: EventWhere | null): FacetResult {
  if (!a || !b)
    return a === b
      ? { score: 0.3, reason: 'place: neither report names a place' }
      : { reject: 'place: only one report names a place' };
  if (a.geonameid !== null && a.geonameid === b.geonameid)
    return { score: 1, reason: `place: same place ${a.name} (geonameid ${a.geonameid})` };
  if (a.country && b.country && a.country !== b.country)
    return { reject: `place: ${a.name} (${a.country}) and ${b.name} (${b.country}) are in different countries` };
  const na = names(a);
  if ([...names(b)].some((n) => na.has(n)) && placeLevel(a) === placeLevel(b))
    return { score: 0.95, reason: `place: same name ${a.name} / ${b.name}` };
  if (
    a.lat !== null &&
    a.lon !== null &&
    b.lat !== null &&
    b.lon !== null &&
    placeLevel(a) === 'point' &&
    placeLevel(b) === 'point'
  ) {
    const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
    if (d <= NEAR_KM)
      return {
        score: 0.8,
        reason: `place: ${a.name} and ${b.name} are ${d.toFixed(1)} km apart (within ${NEAR_KM} km)`,
      };
    return { reject: `place: ${a.name} and ${b.name} are ${d.toFixed(0)} km apart` };
  }
  const la = placeLevel(a);
  const lb = placeLevel(b);
  const [outer, inner] = la === 'country' || (la === 'admin1' && lb === 'point') ? [a, b] : [b, a];
  const lo = placeLevel(outer);
  if (lo === 'admin1' && inner.admin1 && outer.admin1 && norm(inner.admin1) === norm(outer.admin1))
    return { score: 0.6, reason: `place: ${inner.name} lies in ${outer.name} (same admin1 ${outer.admin1})` };
  if (lo === 'country' && outer.country && inner.country === outer.country)
    return { score: 0.3, reason: `place: ${inner.name} lies in ${outer.name} (same country ${outer.country})` };
  return { reject: `place: ${a.name} and ${b.name} do not match or contain each other` };
}

export const dayOf = (iso: string): number => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
export const isoOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

export interface Interval {
  readonly start: number;
  readonly end: number;
  /** True when the report stated no date and the interval was assumed from the publication date. */
  readonly assumed: boolean;
}

export function dateMatch(a: Interval | null, b: Interval | null): FacetResult {
  if (!a || !b) return { reject: 'date: unknown on one side' };
  const gap = Math.max(b.start - a.end, a.start - b.end);
  const text = (i: Interval): string =>
    `${isoOf(i.start)}${i.end !== i.start ? `..${isoOf(i.end)}` : ''}${i.assumed ? ' (assumed from publication)' : ''}`;
  if (gap <= 0) return { score: a.assumed || b.assumed ? 0.6 : 1, reason: `date: ${text(a)} and ${text(b)} overlap` };
  if (gap === 1)
    return { score: a.assumed || b.assumed ? 0.4 : 0.7, reason: `date: ${text(a)} and ${text(b)} are adjacent days` };
  return { reject: `date: ${text(a)} and ${text(b)} are ${gap} days apart` };
}

export interface Details {
  readonly initiator: string | null;
  readonly weapons: readonly string[];
}

export function detailMatch(a: Details, b: Details): Facet[] {
  const out: Facet[] = [];
  if (a.initiator && b.initiator) {
    if (norm(a.initiator) === norm(b.initiator)) out.push({ score: 0.1, reason: `initiator: both ${a.initiator}` });
    else out.push({ score: -0.3, reason: `initiator: ${a.initiator} versus ${b.initiator}` });
  }
  const wa = a.weapons.map(norm);
  const wb = b.weapons.map(norm);
  const shared = wa.filter((w) => wb.some((v) => v === w || v.includes(w) || w.includes(v)));
  const specific = shared.filter((w) => !GENERIC_WEAPONS.has(w));
  if (specific.length > 0) out.push({ score: 0.15, reason: `weapons: both name ${specific.join(', ')}` });
  else if (shared.length > 0) out.push({ score: 0.05, reason: `weapons: both name ${shared.join(', ')}` });
  else {
    const sa = wa.filter((w) => !GENERIC_WEAPONS.has(w));
    const sb = wb.filter((w) => !GENERIC_WEAPONS.has(w));
    if (sa.length > 0 && sb.length > 0)
      out.push({ score: -0.1, reason: `weapons: ${sa.join(', ')} versus ${sb.join(', ')}` });
  }
  return out;
}

export const MERGE_THRESHOLD = 0.7;

export interface MatchInput {
  readonly type: string;
  readonly where: EventWhere | null;
  readonly interval: Interval | null;
  readonly initiator: string | null;
  readonly weapons: readonly string[];
}

export interface MatchResult {
  readonly score: number;
  readonly reasons: string[];
  readonly rejected: string | null;
}

/** 0.3 type + 0.4 place + 0.3 date, plus or minus details; any facet can reject outright. */
export function matchEvents(a: MatchInput, b: MatchInput): MatchResult {
  const t = typeMatch(a.type, b.type);
  const p = placeMatch(a.where, b.where);
  const d = dateMatch(a.interval, b.interval);
  const reasons: string[] = [];
  for (const f of [t, p, d]) reasons.push(isReject(f) ? f.reject : f.reason);
  const rejected = [t, p, d].find(isReject);
  if (rejected) return { score: 0, reasons, rejected: rejected.reject };
  const details = detailMatch(a, b);
  for (const f of details) reasons.push(f.reason);
  const score =
    0.3 * (t as Facet).score +
    0.4 * (p as Facet).score +
    0.3 * (d as Facet).score +
    details.reduce((s, f) => s + f.score, 0);
  return { score: Math.round(score * 1000) / 1000, reasons, rejected: null };
}

/** Blocking keys of an interval at a place: country x day. Long intervals index their first 62 days and their last day. */
export function blockKeys(where: EventWhere | null, interval: Interval | null, pad: number): string[] {
  if (!interval) return [];
  const cell = where?.country ?? '??';
  const keys: string[] = [];
  const last = Math.min(interval.end + pad, interval.start - pad + 62);
  for (let d = interval.start - pad; d <= last; d++) keys.push(`${cell}:${d}`);
  for (let d = interval.end - pad; d <= interval.end + pad; d++) keys.push(`${cell}:${d}`);
  return [...new Set(keys)];
}
