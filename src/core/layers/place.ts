// The places layer: toponyms resolved offline to gazetteer entries; demonyms mapped to countries.
import type { Spanned } from '../span.js';

export interface GazetteerEntry {
  readonly geonameid: number | null;
  readonly name: string;
  readonly alt_names: readonly string[];
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly admin1: string | null;
  /** The admin1 unit's name ("Donetsk", "Texas"), when known. */
  readonly admin1Name?: string | null;
  /** GeoNames feature class (P, A, ...) and code (PPLA2, ADM1, PCLI, PPLX ...). */
  readonly featureClass: string;
  readonly feature: string;
  readonly population: number;
}

export interface Place extends Spanned, GazetteerEntry {
  /** Set when the mention is an anaphor ("the city", "the region") resolved to an earlier place: that place's index. */
  readonly antecedent?: number;
  /** A place the gazetteer lacks, declared by the text ("Tudun Biri, a village in …"): its point is its container's. */
  readonly approximate?: boolean;
}

/** "Russian", "Ukrainian", "Israeli": not places, but they name a country, which gives sides. */
export interface Demonym extends Spanned {
  readonly country: string;
}
