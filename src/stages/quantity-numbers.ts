// Reads the figures of a text: digits ("1,200", "9.4", "10k", "1.2bn"), words ("twenty-two", "one hundred and five",
// "a dozen", "two thirds"), both together ("4 hundred million"), fractions, ordinals and signs. No roles, no units:
// only where each figure stands and what it is worth.
import {
  DOZEN_WORDS,
  FRACTION_WORDS,
  MONTHS,
  ONE_NOT_COUNT_BEFORE,
  NEGATIVE_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  PLURAL_SCALE_WORDS,
  SCALE_WORDS,
  SPACED_SUFFIXES,
  SUFFIX_SCALES,
  TENS_WORDS,
  UNIT_WORDS,
  VULGAR_FRACTIONS,
} from './en/numbers.js';
import { digitValue, lex } from './quantity-lexer.js';
import type { Tok } from './quantity-lexer.js';

export type NumberKind = 'integer' | 'decimal' | 'fraction' | 'ordinal' | 'power';

export interface NumberRead {
  /** Token range, both ends included. */
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly kind: NumberKind;
  /** Some part is written in words. */
  readonly spelled: boolean;
  /** The largest scale word or suffix that multiplied the figure ("billion" in "$19 billion"), else 0. */
  readonly scale: number;
  /** One token of plain digits: no separator, sign, scale or word (a candidate year, time or house number). */
  readonly bare: boolean;
  /** An explicit sign was written ("-1.3%", "+0.2%", "minus five"). */
  readonly sign?: '+' | '-';
}

const isWord = (t: Tok | undefined, ...words: string[]): boolean =>
  t !== undefined && t.kind === 'word' && words.includes(t.low);
const isPunct = (t: Tok | undefined, ...chars: string[]): boolean =>
  t !== undefined && t.kind === 'punct' && chars.includes(t.text);
const glued = (t: Tok | undefined): boolean => t !== undefined && !t.space;

/** The value of a digit token ("1,200", ".08"). */
export function numValue(t: Tok): number | null {
  if (t.kind !== 'num') return null;
  if (t.text.startsWith('.')) return Number(`0${t.text}`);
  return digitValue(t.text);
}

/** A plural noun or "of" after a glued lower-case "m": million, not metres ("35m of", "1.2m tons"). */
function millionAfterM(toks: readonly Tok[], at: number, money: boolean): boolean {
  if (money) return true;
  const next = toks[at + 1];
  if (next === undefined || next.kind !== 'word' || !next.space) return false;
  if (next.low === 'of' || next.low === 'people') return true;
  return /[^s]s$/.test(next.low) && next.low.length > 3 && next.low !== 'across' && !/ness$|ous$|ics$/.test(next.low);
}

interface Grammar {
  value: number;
  last: number;
  spelled: boolean;
  scale: number;
  kind: NumberKind;
}

/** Words after which "half" is a noun ("the first half", "this half"), not a figure. */
const HALF_AS_NOUN_AFTER = new Set([
  'the',
  'this',
  'that',
  'first',
  'second',
  'other',
  'each',
  'latter',
  'former',
  'better',
  'a',
  'an',
  'every',
  'one',
  'and',
  'its',
  'his',
  'her',
  'their',
  'our',
]);

type Slot = 'start' | 'digits' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'dozen';

/**
 * Reads a number written in words, digits, or both, from token `at`. `money` says a currency stands before it, which
 * makes a glued "m" a million.
 */
export function readNumber(toks: readonly Tok[], at: number, money = false): NumberRead | null {
  const t = toks[at];
  if (t === undefined) return null;
  // signs: "-1", "−4/5", "+0.2%", "minus five", and at the very start "- 10  k"
  if (isPunct(t, '-', '−', '+')) {
    const prev = toks[at - 1];
    const next = toks[at + 1];
    const signable =
      next !== undefined &&
      (next.kind === 'num' || (at === 0 && next.kind === 'word')) &&
      (glued(next) || at === 0) &&
      (prev === undefined || t.space || isPunct(prev, '<', '>', '=', '(', '[', ':', '/', '≤', '≥'));
    if (signable) {
      const body = readUnsigned(toks, at + 1, money);
      if (body) return withSign(body, at, t.text === '+' ? '+' : '-');
    }
    return null;
  }
  if (t.kind === 'word' && NEGATIVE_WORDS.has(t.low)) {
    const body = readUnsigned(toks, at + 1, money);
    return body ? withSign(body, at, '-') : null;
  }
  return readUnsigned(toks, at, money);
}

function withSign(body: NumberRead, first: number, sign: '+' | '-'): NumberRead {
  return { ...body, first, value: sign === '-' ? -body.value : body.value, bare: false, sign };
}

function readUnsigned(toks: readonly Tok[], at: number, money: boolean): NumberRead | null {
  const t = toks[at];
  if (t === undefined) return null;
  if (t.kind === 'punct') {
    const v = VULGAR_FRACTIONS.get(t.text);
    return v === undefined
      ? null
      : { first: at, last: at, value: v, kind: 'fraction', spelled: false, scale: 0, bare: false };
  }
  if (t.kind === 'num') return readDigits(toks, at, money);
  const g = readWords(toks, at, null);
  return g
    ? { first: at, last: g.last, value: g.value, kind: g.kind, spelled: true, scale: g.scale, bare: false }
    : null;
}

function readDigits(toks: readonly Tok[], at: number, money: boolean): NumberRead | null {
  const t = toks[at] as Tok;
  let v = numValue(t);
  if (v === null) return null;
  let last = at;
  let kind: NumberKind = /[.]\d/.test(t.text) || /^\d+,\d{1,2}$/.test(t.text) ? 'decimal' : 'integer';
  if (/^\d+,\d{1,2}$/.test(t.text) && Number.isInteger(v)) kind = 'integer';
  const n1 = toks[at + 1];
  const n2 = toks[at + 2];
  const n3 = toks[at + 3];
  // powers: 1e10, 12.32e+14, 2.5^-1
  if (n1 && glued(n1) && (isWord(n1, 'e') || isPunct(n1, '^'))) {
    let k = at + 2;
    let sign = 1;
    const s = toks[k];
    if (s && glued(s) && isPunct(s, '+', '-')) {
      sign = s.text === '-' ? -1 : 1;
      k++;
    }
    const e = toks[k];
    if (e && glued(e) && e.kind === 'num' && /^\d+$/.test(e.text)) {
      const exp = sign * Number(e.text);
      const value = n1.text === '^' ? v ** exp : v * 10 ** exp;
      return {
        first: at,
        last: k,
        value: Number(value.toPrecision(15)),
        kind: 'power',
        spelled: false,
        scale: 0,
        bare: false,
      };
    }
  }
  // fractions: 3/4, 1⁄32 (not dates: 5/17/2018)
  if (
    n1 &&
    glued(n1) &&
    isPunct(n1, '/', '⁄') &&
    n2 &&
    glued(n2) &&
    n2.kind === 'num' &&
    /^\d+$/.test(n2.text) &&
    /^\d+$/.test(t.text)
  ) {
    const b = Number(n2.text);
    const datePart = (n3 && glued(n3) && isPunct(n3, '/', '⁄')) || isPunct(toks[at - 1], '/');
    if (!datePart && b > 0 && v < b) {
      return { first: at, last: at + 2, value: v / b, kind: 'fraction', spelled: false, scale: 0, bare: false };
    }
    if (!datePart) return { first: at, last: at, value: v, kind, spelled: false, scale: 0, bare: /^\d+$/.test(t.text) };
  }
  // a whole number and a fraction: "2 1/4"
  if (
    /^\d+$/.test(t.text) &&
    n1?.kind === 'num' &&
    n1.space &&
    /^\d+$/.test(n1.text) &&
    n2 &&
    glued(n2) &&
    isPunct(n2, '/', '⁄') &&
    n3?.kind === 'num' &&
    glued(n3) &&
    Number(n1.text) < Number(n3.text) &&
    !isPunct(toks[at + 4], '/')
  ) {
    return {
      first: at,
      last: at + 3,
      value: v + Number(n1.text) / Number(n3.text),
      kind: 'fraction',
      spelled: false,
      scale: 0,
      bare: false,
    };
  }
  // ordinals: 1st, 128th
  if (n1 && glued(n1) && n1.kind === 'word' && ORDINAL_SUFFIXES.has(n1.low) && /^\d+$/.test(t.text)) {
    return { first: at, last: at + 1, value: v, kind: 'ordinal', spelled: false, scale: 0, bare: false };
  }
  // thousands grouped by spaces: "1 234 567", "40 000" (one space-like character between groups of three)
  let bare = /^\d+$/.test(t.text);
  if (/^\d{1,3}$/.test(t.text)) {
    let k = at;
    let digits = t.text;
    const month = MONTHS.has(toks[at - 1]?.low.replace(/\.$/, '') ?? '');
    for (; !month;) {
      const g = toks[k + 1];
      if (!g || g.kind !== 'num' || !/^\d{3}(?:\.\d+)?$/.test(g.text) || g.start - (toks[k] as Tok).end !== 1) break;
      const after = toks[k + 2];
      if (after && glued(after) && (after.kind === 'num' || isPunct(after, '/', ':'))) break;
      digits += g.text;
      k++;
      if (g.text.includes('.')) {
        kind = 'decimal';
        break;
      }
    }
    if (k > at) {
      v = Number(digits);
      last = k;
      bare = false;
    }
  }
  if (/[,.]/.test(t.text)) bare = false;
  // scale suffixes: 10k, £5m, 1.2bn, 10 bln, 8 B
  const s1 = toks[last + 1];
  let scale = 0;
  if (s1 && s1.kind === 'word') {
    const suf = SUFFIX_SCALES.get(s1.text) ?? SUFFIX_SCALES.get(s1.low);
    const ok =
      suf !== undefined &&
      ((glued(s1) && (s1.text !== 'm' || millionAfterM(toks, last + 1, money))) ||
        (s1.space && SPACED_SUFFIXES.has(s1.text) && (s1.text !== 'M' || money || /^[\d,.]+$/.test(t.text))));
    if (ok && suf !== undefined) {
      v *= suf;
      scale = suf;
      last += 1;
      bare = false;
    }
  }
  // words after the digits: "2 million", "4 hundred million", "3 hundred and 21", "3 million and a half"
  const g = readWords(toks, last + 1, { value: v, scale, kind });
  if (g) return { first: at, last: g.last, value: g.value, kind: g.kind, spelled: true, scale: g.scale, bare: false };
  return { first: at, last, value: v, kind, spelled: false, scale, bare };
}

interface Seed {
  readonly value: number;
  readonly scale: number;
  readonly kind: NumberKind;
}

/**
 * The word grammar. With a seed, continues a figure already read from digits and returns null unless some word was
 * added. Reads cardinals ("one hundred and sixty-one"), ordinals ("twenty-first", "two hundredth"), fractions
 * ("two thirds", "one and a half", "five and a quarter million"), decimals ("two point five") and dozens.
 */
function readWords(toks: readonly Tok[], at: number, seed: Seed | null): Grammar | null {
  let total = 0;
  let cur = seed ? seed.value : 0;
  let slot: Slot = seed ? (seed.scale >= 1000 ? 'scale' : 'digits') : 'start';
  if (seed && seed.scale >= 1000) {
    total = cur;
    cur = 0;
  }
  let scale = seed ? seed.scale : 0;
  let bigScale = seed && seed.scale >= 1000 ? seed.scale : Infinity; // the last group's scale; groups must descend
  let last = at - 1;
  const kind: NumberKind = seed ? seed.kind : 'integer';
  let article = false; // "a hundred", "a dozen"
  let p = at;
  let added = false;
  let wholeFromOne = false; // the figure so far is the single word "one" or "a"

  const startTok = toks[at];
  if (!seed && startTok) {
    if (isWord(startTok, 'a', 'an')) {
      const n = toks[p + 1];
      if (n && n.kind === 'word' && (SCALE_WORDS.has(n.low) || n.low === 'dozen')) {
        article = true;
        p++;
      } else if (n && n.kind === 'word' && FRACTION_WORDS.has(n.low) && !n.low.endsWith('s') && n.low !== 'halves') {
        return fractionOf(toks, p + 1, 1, at);
      } else return null;
    } else if (isWord(startTok, 'half')) {
      // "half a dozen", "half a million", "half million"; "half the town", "more than half"; not "first half", "half-staff"
      let k = p + 1;
      if (isWord(toks[k], 'a', 'an')) k++;
      const n = toks[k];
      if (n && (n.low === 'dozen' || SCALE_WORDS.has(n.low))) {
        const mult = n.low === 'dozen' ? 12 : (SCALE_WORDS.get(n.low) as number);
        return {
          value: mult / 2,
          last: k,
          spelled: true,
          scale: n.low === 'dozen' ? 0 : mult,
          kind: mult === 12 ? 'integer' : 'fraction',
        };
      }
      const before = toks[at - 1];
      const after = toks[at + 1];
      if (
        (after && glued(after) && isPunct(after, '-')) ||
        (before && before.kind === 'word' && HALF_AS_NOUN_AFTER.has(before.low))
      )
        return null;
      return { value: 0.5, last: at, spelled: true, scale: 0, kind: 'fraction' };
    }
  }

  for (;;) {
    const w = toks[p];
    if (w === undefined) break;
    // a hyphen inside a compound: "twenty-one", "fifty - two", "one-eighth", "five - eighths"
    if (isPunct(w, '-') && (slot === 'tens' || slot === 'unit') && toks[p + 1]?.kind === 'word') {
      const n = toks[p + 1] as Tok;
      const u = UNIT_WORDS.get(n.low);
      const ord = ORDINAL_WORDS.get(n.low);
      if (
        (slot === 'tens' && ((u !== undefined && u > 0 && u < 10) || (ord !== undefined && ord < 10))) ||
        FRACTION_WORDS.has(n.low)
      ) {
        p++;
        continue;
      }
      break;
    }
    if (w.kind === 'num') {
      // digits start a new group after a scale ("4 thousand 3 hundred")
      const v = numValue(w);
      const nextScale = SCALE_WORDS.get(toks[p + 1]?.low ?? '');
      if (v === null || !(slot === 'scale' && cur === 0) || nextScale === undefined || nextScale >= bigScale) break;
      cur = v;
      slot = 'digits';
      last = p;
      p++;
      continue;
    }
    if (w.kind !== 'word') break;
    const low = w.low;
    const unit = UNIT_WORDS.get(low);
    const tens = TENS_WORDS.get(low);
    const big = SCALE_WORDS.get(low) ?? PLURAL_SCALE_WORDS.get(low);
    const ord = ORDINAL_WORDS.get(low);
    const frac = FRACTION_WORDS.get(low);

    // fractions after a whole number: "two thirds", "one fifth", "three quarters"
    if (
      frac !== undefined &&
      slot !== 'start' &&
      (low.endsWith('s') || wholeFromOne) &&
      (ord === undefined || ord >= 3 || frac === 2 || frac === 4)
    ) {
      if (low.endsWith('s') || wholeFromOne) {
        const whole = total + cur;
        const f = fractionOf(toks, p, whole, at);
        if (f) return f;
      }
    }
    if (unit !== undefined) {
      if (unit === 0) {
        if (slot !== 'start') break;
        cur = 0;
        slot = 'unit';
      } else if (unit < 10) {
        if (!(slot === 'start' || slot === 'tens' || slot === 'hundred' || (slot === 'scale' && cur === 0))) break;
        cur += unit;
        slot = 'unit';
      } else {
        if (!(slot === 'start' || slot === 'hundred' || (slot === 'scale' && cur === 0))) break;
        cur += unit;
        slot = 'teen';
      }
      wholeFromOne = low === 'one' && p === at;
      last = p;
      added = true;
      p++;
      continue;
    }
    wholeFromOne = false;
    if (tens !== undefined) {
      if (!(slot === 'start' || slot === 'hundred' || (slot === 'scale' && cur === 0))) break;
      cur += tens;
      slot = 'tens';
      last = p;
      added = true;
      p++;
      continue;
    }
    if (low === 'hundred' || low === 'hundreds') {
      if (!(article || ((slot === 'digits' || slot === 'unit' || slot === 'teen' || slot === 'tens') && cur > 0)))
        break;
      if (low === 'hundreds' && article) break;
      cur = (article ? 1 : cur) * 100;
      article = false;
      slot = 'hundred';
      scale = Math.max(scale, 100);
      last = p;
      added = true;
      p++;
      continue;
    }
    if (big !== undefined) {
      if (article) {
        if (low.endsWith('s')) break;
        cur = 1;
        article = false;
      }
      if (cur > 0) {
        if (big >= bigScale) break;
        total += cur * big;
        cur = 0;
      } else if (total > 0 && slot === 'scale' && big > bigScale) {
        total *= big; // "three lakh crore"
      } else break;
      bigScale = big;
      scale = Math.max(scale, big);
      slot = 'scale';
      last = p;
      added = true;
      p++;
      continue;
    }
    if (DOZEN_WORDS.has(low)) {
      if (article) cur = 1;
      else if (!(cur > 0 && slot !== 'dozen' && slot !== 'scale')) break;
      if (low === 'dozens' && article) break;
      cur *= 12;
      article = false;
      slot = 'dozen';
      last = p;
      added = true;
      p++;
      continue;
    }
    if (ord !== undefined) {
      // an ordinal ends the number: "twenty-first", "one hundred twenty fifth", "two hundredth"
      if (ord < 10 && (slot === 'start' || slot === 'tens' || slot === 'hundred' || (slot === 'scale' && cur === 0)))
        cur += ord;
      else if (ord >= 10 && ord < 20 && (slot === 'start' || slot === 'hundred' || (slot === 'scale' && cur === 0)))
        cur += ord;
      else if (ord >= 20 && ord < 100 && (slot === 'start' || slot === 'hundred' || (slot === 'scale' && cur === 0)))
        cur += ord;
      else if (
        ord === 100 &&
        (slot === 'start' || ((slot === 'unit' || slot === 'teen' || slot === 'tens') && cur > 0))
      )
        cur = (cur || 1) * 100;
      else if (ord >= 1000 && (cur > 0 || slot === 'start')) {
        total += (cur || 1) * ord;
        cur = 0;
      } else if (ord >= 1000 && total > 0 && slot === 'scale') total *= ord;
      else break;
      return { value: total + cur, last: p, spelled: true, scale, kind: 'ordinal' };
    }
    if (low === 'and' && slot !== 'start') {
      const next = toks[p + 1];
      // "and a half", "and three quarters", "and two thirds"
      const f = andFraction(toks, p + 1);
      if (f) {
        const whole = total + cur;
        const lastScale = slot === 'scale' ? scaleOfGroup(bigScale) : 0;
        let value = whole + (lastScale >= 1000 ? f.value * lastScale : f.value);
        let end = f.last;
        let sc = scale;
        // "five and a half million"
        const after = toks[end + 1];
        const m = after ? SCALE_WORDS.get(after.low) : undefined;
        if (m !== undefined && m >= 1000 && lastScale === 0) {
          value *= m;
          end += 1;
          sc = Math.max(sc, m);
        }
        return { value, last: end, spelled: true, scale: sc, kind: 'fraction' };
      }
      if (!(slot === 'hundred' || slot === 'scale' || slot === 'dozen') || next === undefined) break;
      const mult = slot === 'hundred' ? 100 : slot === 'dozen' ? 12 : bigScale;
      const sub = readWords(toks, p + 1, null) ?? (next.kind === 'num' ? digitsThenWords(toks, p + 1) : null);
      if (!sub || sub.kind !== 'integer') break;
      const firstMult = firstMultiplier(toks, p + 1, sub.last);
      if (sub.value >= mult && firstMult <= mult) break; // "3 hundred and 2 hundred": two numbers
      if (sub.value < mult) {
        return {
          value: total + cur + sub.value,
          last: sub.last,
          spelled: true,
          scale: Math.max(scale, sub.scale),
          kind: 'integer',
        };
      }
      // "two hundred and two thousand": the words after "and" continue the group
      p++;
      slot = 'hundred';
      continue;
    }
    if (low === 'point' && slot !== 'start' && slot !== 'scale') {
      const d = decimalWords(toks, p + 1);
      if (!d) break;
      return { value: total + cur + d.value, last: d.last, spelled: true, scale, kind: 'decimal' };
    }
    break;
  }
  if (!added && !seed) return null;
  if (seed && !added) return null;
  if (last < at && !seed) return null;
  return {
    value: total + cur,
    last,
    spelled: true,
    scale,
    kind: seed && kind === 'decimal' && scale === 0 ? 'decimal' : kind === 'decimal' && scale > 0 ? 'integer' : kind,
  };
}

const scaleOfGroup = (bigScale: number): number => (bigScale === Infinity ? 0 : bigScale);

/** The first hundred or scale word in tokens [from, to]. */
function firstMultiplier(toks: readonly Tok[], from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    const low = toks[i]?.low ?? '';
    const m = SCALE_WORDS.get(low) ?? PLURAL_SCALE_WORDS.get(low) ?? (DOZEN_WORDS.has(low) ? 12 : undefined);
    if (m !== undefined) return m;
  }
  return 0;
}

function digitsThenWords(toks: readonly Tok[], at: number): Grammar | null {
  const t = toks[at];
  if (!t || t.kind !== 'num') return null;
  const v = numValue(t);
  if (v === null) return null;
  const g = readWords(toks, at + 1, { value: v, scale: 0, kind: 'integer' });
  return g ?? { value: v, last: at, spelled: false, scale: 0, kind: Number.isInteger(v) ? 'integer' : 'decimal' };
}

/** "a half", "a quarter", "three quarters", "two thirds", "one fourth" after "and". */
function andFraction(toks: readonly Tok[], at: number): Grammar | null {
  const t = toks[at];
  if (!t) return null;
  if (isWord(t, 'a', 'an', 'one')) {
    const d = toks[at + 1];
    const den = d ? FRACTION_WORDS.get(d.low) : undefined;
    if (den !== undefined && d && !d.low.endsWith('s'))
      return { value: 1 / den, last: at + 1, spelled: true, scale: 0, kind: 'fraction' };
    return null;
  }
  const n = readWords(toks, at, null);
  if (!n || n.kind !== 'fraction') return null;
  return n;
}

/** The fraction whose denominator word stands at `at`, over `numerator`; "half million" scales it. */
function fractionOf(toks: readonly Tok[], at: number, numerator: number, first: number): Grammar | null {
  const d = toks[at];
  if (!d) return null;
  const den = FRACTION_WORDS.get(d.low);
  if (den === undefined) return null;
  // "a third attack" is an ordinal; "a third of", "a third." and "two thirds" are fractions
  const next = toks[at + 1];
  const singular = !d.low.endsWith('s') && d.low !== 'halves';
  if (
    singular &&
    isWord(toks[first], 'a', 'an') &&
    next?.kind === 'word' &&
    ![
      'of',
      'and',
      'or',
      'as',
      'to',
      'in',
      'on',
      'at',
      'by',
      'more',
      'less',
      'than',
      'million',
      'billion',
      'thousand',
      'trillion',
    ].includes(next.low)
  ) {
    return null;
  }
  let value = numerator / den;
  let last = at;
  let scale = 0;
  const m = next ? SCALE_WORDS.get(next.low) : undefined;
  if (m !== undefined && m >= 1000) {
    value *= m;
    last += 1;
    scale = m;
  }
  return { value, last, spelled: true, scale, kind: scale > 0 && Number.isInteger(value) ? 'integer' : 'fraction' };
}

/** Digits spoken after "point": "zero three", "seventy-one", "eleven". */
function decimalWords(toks: readonly Tok[], at: number): Grammar | null {
  let digits = '';
  let p = at;
  let last = -1;
  for (;;) {
    const t = toks[p];
    if (!t || t.kind !== 'word') break;
    const u = UNIT_WORDS.get(t.low);
    const tens = TENS_WORDS.get(t.low);
    if (u !== undefined) {
      digits += String(u);
      last = p;
      p++;
      continue;
    }
    if (tens !== undefined) {
      let v = tens;
      last = p;
      p++;
      let k = p;
      if (isPunct(toks[k], '-')) k++;
      const u2 = toks[k] ? UNIT_WORDS.get((toks[k] as Tok).low) : undefined;
      if (u2 !== undefined && u2 > 0 && u2 < 10) {
        v += u2;
        last = k;
        p = k + 1;
      }
      digits += String(v);
      continue;
    }
    break;
  }
  if (!digits) return null;
  return { value: Number(`0.${digits}`), last, spelled: true, scale: 0, kind: 'decimal' };
}

/** A figure found by the reader, as the Recognizers-Text number model reports one. */
export interface FoundNumber {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly kind: NumberKind;
}

/**
 * Every number in a text, left to right, as a plain number reader reports them: no roles, no ordinals, and no figure
 * glued to letters that are not a scale ("180ml", "29km" are measurements, "M777" a name). "A over B" at the end of
 * a clause is a fraction ("one over three").
 */
export function findNumbers(text: string): FoundNumber[] {
  const toks = lex(text);
  const out: FoundNumber[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok;
    if (t.kind === 'word' && !startsNumberWord(t, toks[i + 1])) continue;
    let r = readNumber(toks, i, isCurrencySymbol(toks[i - 1]));
    if (!r) continue;
    i = r.last;
    const after = toks[r.last + 1];
    const before = toks[r.first - 1];
    if (r.kind === 'ordinal') continue;
    // "the one you mentioned", "which one": a pronoun
    if (
      r.first === r.last &&
      (toks[r.first] as Tok).low === 'one' &&
      ONE_NOT_COUNT_BEFORE.has(toks[r.first - 1]?.low ?? '')
    )
      continue;
    if (after && glued(after) && after.kind === 'word' && (toks[r.last] as Tok).kind === 'num') continue;
    if (before && glued(toks[r.first]) && before.kind === 'word' && (toks[r.first] as Tok).kind === 'num') continue;
    if (isWord(after, 'over') && Number.isInteger(r.value)) {
      const b = readNumber(toks, r.last + 2);
      const end = b ? toks[b.last + 1] : undefined;
      if (b && b.value !== 0 && Number.isInteger(b.value) && (end === undefined || end.kind === 'punct')) {
        r = { ...r, last: b.last, value: Number((r.value / b.value).toPrecision(15)), kind: 'fraction' };
        i = b.last;
      }
    }
    const start = (toks[r.first] as Tok).start;
    const end = (toks[r.last] as Tok).end;
    out.push({ text: text.slice(start, end), start, end, value: r.value, kind: r.kind });
  }
  return out;
}

const isCurrencySymbol = (t: Tok | undefined): boolean => t !== undefined && /^[$€£¥₴₽₪₹]$/.test(t.text);

/**
 * A number made of a word's length and first and last characters, for a cheap filter before a look-up in a map:
 * most words of a sentence are in none of the lists, and a look-up by a fresh string must first hash it.
 */
export const wordShape = (low: string): number =>
  low.length * 0x10000 + (low.charCodeAt(0) & 0xff) * 0x100 + (low.charCodeAt(low.length - 1) & 0xff);

/** The shapes of some words: a word whose shape is not among them is none of the words. */
export const shapesOf = (list: Iterable<string>): ReadonlySet<number> => new Set([...list].map(wordShape));

/**
 * `shapesOf(list).has(wordShape(low))` without hashing: one bit per length (below 32) for each pair of first and last
 * character codes (their low bytes), and a set for the rare longer words.
 */
export class ShapeFilter {
  readonly bits = new Uint32Array(0x10000);
  readonly long = new Set<number>();
  constructor(list: Iterable<string>) {
    for (const w of list) {
      if (w.length < 32) this.bits[pairOf(w)] = (this.bits[pairOf(w)] ?? 0) | (1 << w.length);
      else this.long.add(wordShape(w));
    }
  }
  has(low: string): boolean {
    const n = low.length;
    if (n < 32) return (((this.bits[pairOf(low)] as number) >>> n) & 1) === 1;
    return this.long.has(wordShape(low));
  }
}
const pairOf = (w: string): number => ((w.charCodeAt(0) & 0xff) << 8) | (w.charCodeAt(w.length - 1) & 0xff);

/** Unit, tens, ordinal and negative words: each may start a figure on its own. */
const NUMBER_START_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  ...NEGATIVE_WORDS,
]);

const START_SHAPES = new ShapeFilter([...NUMBER_START_WORDS, 'a', 'an', 'half']);

/** Whether a word may start a figure (so that the reader is not tried on every word). */
export function startsNumberWord(t: Tok, next: Tok | undefined): boolean {
  const low = t.low;
  if (!START_SHAPES.has(low)) return false;
  if (NUMBER_START_WORDS.has(low)) return true;
  if (low === 'a' || low === 'an' || low === 'half') {
    const n = next?.low ?? '';
    return (
      SCALE_WORDS.has(n) || n === 'dozen' || FRACTION_WORDS.has(n) || n === 'a' || n === 'million' || n === 'billion'
    );
  }
  return false;
}
