// Name keys for gazetteer look-up: no diacritics, lower case, no apostrophes or dots, dashes as spaces.
// Must stay identical to normalizeName in scripts/build-gazetteer.mjs (normalize.test.ts checks both).
const MARKS = /\p{M}/gu;
const APOS = /['’‘`ʼʻ]/g;
const DASH = /[-‐‑–—]/g;
const DOTS = /\./g;
const SPACES = /\s+/g;

/** Keys already made: recognition asks for the same words many times. Cleared when it grows large. */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function normalizeName(s: string): string {
  let key = memo.get(s);
  if (key === undefined) {
    key = normalizeUncached(s);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(s, key);
  }
  return key;
}

function normalizeUncached(s: string): string {
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
