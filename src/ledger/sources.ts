// Source identity across articles: "the Russian defence ministry" in one article and "Russia's defense ministry" in another are one source.
import { createHash } from 'node:crypto';
import type { ClaimSource } from '../core/layers/claim.js';

const SPELLING: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdefense\b/g, 'defence'],
  [/\bministry of defence\b/g, 'defence ministry'],
  [/\bmod\b/g, 'defence ministry'],
  [/\b(?:the|a|an|its|their|his|her)\b/g, ' '],
  [/\brussia'?s\b/g, 'russian'],
  [/\bukraine'?s\b/g, 'ukrainian'],
  [/'s\b/g, ''],
];

export function normaliseSourceName(name: string): string {
  let n = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  n = n.replace(/[\u2018\u2019]/g, "'");
  for (const [re, to] of SPELLING) n = n.replace(re, to);
  return n.replace(/[^a-z0-9']+/g, ' ').trim();
}

/** The stable id of a source: its normalised name, kind family and side. The article's own voice is one source per outlet. */
export function sourceKey(source: ClaimSource, outlet: string | null): string {
  const name =
    source.kind === 'outlet'
      ? `outlet ${normaliseSourceName(outlet ?? source.name)}`
      : normaliseSourceName(source.name);
  return `${name}|${source.side ?? ''}`;
}

export function sourceId(source: ClaimSource, outlet: string | null): string {
  return `s_${createHash('sha256').update(sourceKey(source, outlet)).digest('hex').slice(0, 12)}`;
}
