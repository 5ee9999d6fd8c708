// Name keys for gazetteer look-up: no diacritics, lower case, no apostrophes or dots, dashes as spaces.
// Must stay identical to normalizeName in scripts/build-gazetteer.mjs (normalize.test.ts checks both).
const MARKS = /\p{M}/gu;
const APOS = /['’‘`ʼʻ]/g;
const DASH = /[-‐‑–—]/g;
const DOTS = /\./g;
const SPACES = /\s+/g;

export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(APOS, '')
    .replace(DASH, ' ')
    .replace(DOTS, '')
    .replace(SPACES, ' ')
    .trim();
}
