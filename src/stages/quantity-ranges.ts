// Comparisons and stated ranges as intervals: "more than 60" → (60,), "no less than thirty" → [30,), "up to 700" →
// (,700], "between 20 and 30" → [20,30), "larger than 20 and less or equal than 35" → (20,35]. Read with the same
// tokens and number grammar as the quantities; used by the Recognizers-Text range harness and by the stage's
// intervals (a stated range is half-open at the top in this notation, as the peer writes it).
import { lex } from './quantity-lexer.js';
import type { Tok } from './quantity-lexer.js';
import { readNumber } from './quantity-numbers.js';
import type { NumberRead } from './quantity-numbers.js';

export type BoundKind = 'gt' | 'ge' | 'lt' | 'le' | 'eq';

export interface FoundRange {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly low: { readonly value: number; readonly inclusive: boolean } | null;
  readonly high: { readonly value: number; readonly inclusive: boolean } | null;
}

const P = (kind: BoundKind, phrases: string): [string[], BoundKind][] =>
  phrases.split('|').map((p) => [p.trim().split(/\s+/), kind]);

/** Comparisons before a figure, as token sequences (symbols are tokens of their own: "<=" is "<", "="). */
const BEFORE: readonly [string[], BoundKind][] = [
  ...P(
    'ge',
    'no less than|not less than|at least or equal to|at least|no fewer than|not fewer than|a minimum of|' +
      'bigger or equal than|larger or equal than|greater or equal than|higher or equal than|more or equal than|' +
      'bigger or equal to|larger or equal to|greater or equal to|higher or equal to|more or equal to|' +
      'greater than or equal to|larger than or equal to|bigger than or equal to|higher than or equal to|' +
      'more than or equal to|equal to or more than|equal to or greater than|equal to or larger than|' +
      'equal to or bigger than|equal to or higher than|equal or more than|equal or greater than|> =|≥',
  ),
  ...P(
    'le',
    'no more than|not more than|at most|up to|no greater than|not greater than|no larger than|a maximum of|' +
      'smaller or equal than|less or equal than|lower or equal than|fewer or equal than|smaller or equal to|' +
      'less or equal to|lower or equal to|less than or equal to|smaller than or equal to|lower than or equal to|' +
      'fewer than or equal to|equal to or less than|equal to or smaller than|equal to or lower than|' +
      'equal to or fewer than|equal or less than|equal or smaller than|< =|≤',
  ),
  ...P(
    'gt',
    'more than|larger than|greater than|bigger than|higher than|above|over|exceed|exceeds|exceeding|exceeded|' +
      'surpass|surpasses|surpassing|in excess of|upwards of|>',
  ),
  ...P('lt', 'less than|smaller than|lower than|fewer than|below|under|<'),
  ...P('eq', 'equal to|equals to|equals|equaling to|equalling to|equaling|equalling'),
];
const BEFORE_BY_FIRST = new Map<string, [string[], BoundKind][]>();
for (const e of BEFORE) {
  const l = BEFORE_BY_FIRST.get(e[0][0] ?? '') ?? [];
  l.push(e);
  BEFORE_BY_FIRST.set(e[0][0] ?? '', l);
}
for (const l of BEFORE_BY_FIRST.values()) l.sort((a, b) => b[0].length - a[0].length);

const MORE_WORDS = new Set(['more', 'greater', 'above', 'larger', 'bigger', 'higher', 'over']);
const LESS_WORDS = new Set(['less', 'fewer', 'smaller', 'lower', 'below', 'under']);

interface Item {
  first: number;
  last: number;
  low: FoundRange['low'];
  high: FoundRange['high'];
  /** A one-sided comparison that may join another ("more than 10 and less than 20"). */
  side: 'lower' | 'upper' | 'both';
}

const matchAt = (toks: readonly Tok[], at: number, words: readonly string[]): boolean =>
  words.every((w, k) => toks[at + k]?.low === w);

function comparatorAt(toks: readonly Tok[], at: number): [number, BoundKind] | null {
  const t = toks[at];
  if (t === undefined) return null;
  for (const [words, kind] of BEFORE_BY_FIRST.get(t.low) ?? []) {
    if (!matchAt(toks, at, words)) continue;
    // "<>30", "=<30", "=>30": not comparisons
    const last = at + words.length - 1;
    const next = toks[last + 1];
    if ((t.text === '<' || t.text === '>') && next !== undefined && ['<', '>'].includes(next.text)) return null;
    if ((t.text === '<' || t.text === '>') && (toks[at - 1]?.text === '=' || toks[at - 1]?.text === '<') && !t.space)
      return null;
    return [last, kind];
  }
  return null;
}

/** A figure at `at`, allowing "the" before an ordinal ("the tenth"). */
function figureAt(toks: readonly Tok[], at: number): NumberRead | null {
  let k = at;
  if (toks[k]?.low === 'the') k++;
  const r = readNumber(toks, k);
  if (r === null) return null;
  // "1995-01": a date, not a figure followed by a negative one
  return r;
}

const numberNext = (toks: readonly Tok[], at: number): boolean => {
  const t = toks[at];
  if (t === undefined) return false;
  return readNumber(toks, t.low === 'the' ? at + 1 : at) !== null;
};

function boundItem(first: number, last: number, kind: BoundKind, v: number): Item {
  switch (kind) {
    case 'gt':
      return { first, last, low: { value: v, inclusive: false }, high: null, side: 'lower' };
    case 'ge':
      return { first, last, low: { value: v, inclusive: true }, high: null, side: 'lower' };
    case 'lt':
      return { first, last, low: null, high: { value: v, inclusive: false }, side: 'upper' };
    case 'le':
      return { first, last, low: null, high: { value: v, inclusive: true }, side: 'upper' };
    case 'eq':
      return { first, last, low: { value: v, inclusive: true }, high: { value: v, inclusive: true }, side: 'both' };
  }
}

/** The comparison or range starting at token `i`, or null. */
function itemAt(toks: readonly Tok[], i: number): Item | null {
  const t = toks[i] as Tok;
  // "between 20 and 30", "from 200 to 300"
  if (t.low === 'between' || t.low === 'from') {
    const a = figureAt(toks, i + 1);
    if (a !== null) {
      const sep = toks[a.last + 1];
      if (sep !== undefined && ((t.low === 'between' && sep.low === 'and') || (t.low === 'from' && sep.low === 'to'))) {
        const b = figureAt(toks, a.last + 2);
        if (b !== null && b.value > a.value) {
          return {
            first: i,
            last: b.last,
            low: { value: a.value, inclusive: true },
            high: { value: b.value, inclusive: false },
            side: 'both',
          };
        }
      }
    }
    return null;
  }
  const cmp = comparatorAt(toks, i);
  if (cmp !== null) {
    const [last, kind0] = cmp;
    const r = figureAt(toks, last + 1);
    if (r === null) return null;
    let kind = kind0;
    let end = r.last;
    // "more than 5000 or equal (to)", "less than 5000 or equal" (but not "or equal to 6000")
    if ((kind === 'gt' || kind === 'lt') && matchAt(toks, end + 1, ['or', 'equal'])) {
      let e = end + 2;
      if (toks[e + 1]?.low === 'to') e++;
      if (!numberNext(toks, e + 1)) {
        kind = kind === 'gt' ? 'ge' : 'le';
        end = e;
      }
    }
    // "equal to 5000 or less", "equal to 5000 or more than" (but not "or less than 6000")
    if (kind === 'eq' && toks[end + 1]?.low === 'or') {
      const w = toks[end + 2]?.low ?? '';
      let e = end + 2;
      if (toks[e + 1]?.low === 'than') e++;
      if ((MORE_WORDS.has(w) || LESS_WORDS.has(w)) && !numberNext(toks, e + 1)) {
        kind = MORE_WORDS.has(w) ? 'ge' : 'le';
        end = e;
      }
    }
    return boundItem(i, end, kind, r.value);
  }
  // a figure first: "20 to 30", "1000-5000", "20~100", "500 or more", "200 or greater"
  const r = readNumber(toks, i);
  if (r === null || r.kind === 'ordinal') return null;
  const sep = toks[r.last + 1];
  if (sep === undefined) return null;
  if (['-', '–', '~', 'to', 'through', 'thru'].includes(sep.low)) {
    const before = toks[r.first - 1];
    if (before !== undefined && ['+', '-', '/'].includes(before.text) && !toks[r.first]?.space) return null;
    const b = readNumber(toks, r.last + 2);
    if (b === null || b.value <= r.value) return null;
    const bt = toks[b.first] as Tok;
    if (/^0\d/.test(bt.text)) return null;
    const after = toks[b.last + 1];
    if (after !== undefined && !after.space && ['-', '/'].includes(after.text)) return null;
    return {
      first: i,
      last: b.last,
      low: { value: r.value, inclusive: true },
      high: { value: b.value, inclusive: false },
      side: 'both',
    };
  }
  // "2 in 5 or more": a proportion
  let value = r.value;
  let at = r.last;
  if (sep.low === 'in') {
    const d = readNumber(toks, r.last + 2);
    if (d !== null && d.value > 0 && ['or', 'and'].includes(toks[d.last + 1]?.low ?? '')) {
      value = r.value / d.value;
      at = d.last;
    }
  }
  const sep2 = toks[at + 1];
  if (sep2 !== undefined && (sep2.low === 'or' || sep2.low === 'and')) {
    const w = toks[at + 2]?.low ?? '';
    let e = at + 2;
    if (toks[e + 1]?.low === 'than') e++;
    if ((MORE_WORDS.has(w) || LESS_WORDS.has(w)) && !numberNext(toks, e + 1)) {
      return boundItem(i, e, MORE_WORDS.has(w) ? 'ge' : 'le', value);
    }
  }
  return null;
}

/** Every comparison and stated range in a text, left to right, with joined two-sided comparisons. */
export function findRanges(text: string): FoundRange[] {
  const toks = lex(text);
  const items: Item[] = [];
  for (let i = 0; i < toks.length; i++) {
    const it = itemAt(toks, i);
    if (it === null) continue;
    items.push(it);
    i = it.last;
  }
  // "larger than 10 and smaller than 20", "at most 100 and at least 20"
  const joined: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const a = items[k] as Item;
    const b = items[k + 1];
    if (b !== undefined && a.side !== 'both' && b.side !== 'both' && a.side !== b.side) {
      const gap = toks.slice(a.last + 1, b.first).map((t) => t.low);
      const link = gap.join(' ');
      if (link === 'and' || link === 'but' || link === ',' || link === ', and' || link === ', but') {
        const low = a.low ?? b.low;
        const high = a.high ?? b.high;
        if (low !== null && high !== null && low.value < high.value) {
          joined.push({ first: a.first, last: b.last, low, high, side: 'both' });
          k++;
          continue;
        }
      }
    }
    joined.push(a);
  }
  return joined.map((it) => {
    const start = (toks[it.first] as Tok).start;
    const end = (toks[it.last] as Tok).end;
    return { text: text.slice(start, end), start, end, low: it.low, high: it.high };
  });
}

/** The peer's interval notation: "(60,)", "[30,)", "(,700]", "[20,30)". */
export function intervalNotation(r: Pick<FoundRange, 'low' | 'high'>): string {
  const lo = r.low === null ? '(' : `${r.low.inclusive ? '[' : '('}${String(r.low.value)}`;
  const hi = r.high === null ? ')' : `${String(r.high.value)}${r.high.inclusive ? ']' : ')'}`;
  return `${lo},${hi}`;
}
