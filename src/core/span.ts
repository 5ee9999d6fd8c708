// Character spans: [start, end) offsets in UTF-16 code units into a document's normalised text.

export type Span = readonly [start: number, end: number];

/** Anything found in the text: its span and the exact text it covers (`text === doc.text.slice(...span)`). */
export interface Spanned {
  readonly span: Span;
  readonly text: string;
}

/** Builds a Spanned piece of `source` from offsets, so that span and text can never disagree. */
export function spanned(source: string, start: number, end: number): Spanned {
  if (start < 0 || end > source.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${source.length}`);
  }
  return { span: [start, end], text: source.slice(start, end) };
}

/** Narrows [start, end) so that it neither starts nor ends on white space. */
export function trimSpan(source: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpace(source.charCodeAt(s))) s++;
  while (e > s && isSpace(source.charCodeAt(e - 1))) e--;
  return [s, e];
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f;
}

export const spanLength = (s: Span): number => s[1] - s[0];
export const contains = (outer: Span, inner: Span): boolean => outer[0] <= inner[0] && inner[1] <= outer[1];
export const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
export const byStart = (a: { span: Span }, b: { span: Span }): number => a.span[0] - b.span[0] || b.span[1] - a.span[1];

/**
 * Keeps, among spans that overlap, the first in the given order of preference; returns the kept ones sorted by start.
 * Callers sort candidates by preference (usually longest first) before calling.
 */
export function dropOverlaps<T extends { span: Span }>(preferred: readonly T[]): T[] {
  const kept: T[] = [];
  for (const c of preferred) if (!kept.some((k) => overlaps(k.span, c.span))) kept.push(c);
  return kept.sort(byStart);
}
