// Allocation-free case helpers for the per-word loops of the places, entities and attributions stages: each gives
// exactly what the slower form it replaces gives (`toLowerCase()`, `/^\p{Lu}/u`, `/['’]s$/u`).

const UPPER_START = /^\p{Lu}/u;

/** `s.toLowerCase()`, returning `s` itself when it has no upper-case or non-ASCII letter (no new string). */
export function lowerCase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return s.toLowerCase();
  }
  return s;
}

/** `/^\p{Lu}/u.test(s)`, with the ASCII answer read off the first code unit. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START.test(s);
}

/** `/['’]s$/u.test(w)`. */
export function endsPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** `w.replace(/['’]s$/u, '')`. */
export function stripPossessive(w: string): string {
  return endsPossessive(w) ? w.slice(0, -2) : w;
}
