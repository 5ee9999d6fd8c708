// The pure geography API others use: gazetteer look-up, countries, demonyms, capitals, and span geocoding.
export { loadGazetteer } from './gazetteer.js';
export type { Gazetteer, GeoEntry } from './gazetteer.js';
export { normalizeName } from './normalize.js';
export {
  admin1Entry,
  capitalOf,
  countryEntry,
  countryInfo,
  countryName,
  countryOfDemonym,
  countryOfName,
  stripPossessive,
} from './countries.js';
export type { CountryInfo } from './countries.js';
export { distanceKm } from './distance.js';
export { geocodeSpans, findPlaces } from './recognise.js';
import { loadGazetteer } from './gazetteer.js';
import type { GeoEntry } from './gazetteer.js';

/** Entries named `name` (any spelling the gazetteer knows: "Kiev", "Kyiv"), most populous first. */
export function lookup(name: string): readonly GeoEntry[] {
  return loadGazetteer().lookup(name);
}
