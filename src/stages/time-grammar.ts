// The time grammar: extractors find TIMEX3 candidates per sentence, refiners merge, narrow and date them
// (chrono-node's extractor/refiner design; chrono itself reads the numeric dates our patterns leave, see time-chrono.ts).
import { isSpaceCode } from './char-class.js';
import type { DatePart, TimeExpr, TimexType } from '../core/layers/time.js';
import type { Sentence } from '../core/layers/text.js';
import { P } from './en/time-patterns.js';
import {
  FIXED_HOLIDAYS,
  FREQUENCIES,
  FUTURE_BEFORE,
  FUTURE_CUE,
  PAST_PERFECT_CUE,
  MONTHS,
  NAME_BEFORE_WEEKDAY,
  NUMBER_WORDS,
  ORDINALS,
  PARTS_OF_DAY,
  PERIOD_MODS,
  SEASONS,
  UNITS,
  WEEKDAYS,
  YEAR_CENTURY_WORDS,
  CENTURY_ORDINALS,
  YEAR_ONES_WORDS,
  YEAR_PREPOSITIONS,
  YEAR_TENS_WORDS,
  MAY_CUES,
} from './en/time-words.js';
import {
  addMonths,
  dayNumber,
  easter,
  fromDayNumber,
  intervalOf,
  isoDate,
  isoOfDay,
  isoWeekday,
  isValidDate,
  pad,
  parseIsoDate,
  thanksgiving,
  weekValue,
} from './time-calendar.js';
import { chronoCandidates } from './time-chrono.js';

/** A candidate before refinement; offsets are relative to the sentence. */
export interface Cand {
  start: number;
  end: number;
  type: TimexType;
  value: string;
  known: DatePart[];
  implied: DatePart[];
  /** Lower is preferred among candidates of equal length. */
  prio: number;
  mod?: string;
  /** A TIME whose date comes from the sentence's day-level date (or the anchor): value holds only "T…". */
  needsDate?: boolean;
  /** A day-level DATE another expression in the sentence can borrow its date from. */
  day?: number;
  /** Interval clipping: 'before' keeps the part up to the anchor, 'after' from the anchor. */
  clip?: 'before' | 'after';
  startIso?: string;
  endIso?: string;
  /** "the 1989 period": the quarter comes from the one the report is about. */
  docQuarter?: boolean;
  /** "a year ago" (from the anchor) or "a year earlier" (from the last date the text named): a signed count of units. */
  shift?: { readonly unit: string; readonly k: number; readonly fromRef: boolean };
  /** "that year", "the following month": a unit counted from the last calendar date the text named (k units on). */
  anaphor?: { readonly unit: 'year' | 'month' | 'day'; readonly k: number };
}

interface Ctx {
  readonly text: string;
  readonly anchor: number;
  readonly ay: number;
  readonly am: number;
  readonly ad: number;
}

type Rule = (m: RegExpExecArray, c: Ctx) => Cand | null;

const lower = (s: string | undefined): string => (s ?? '').toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'");
const isCap = (s: string | undefined): boolean => s !== undefined && /^\p{Lu}/u.test(s);
const monthOf = (tok: string | undefined): number => MONTHS.get(lower(tok).replace('.', '')) ?? 0;
const YMD: DatePart[] = ['year', 'month', 'day'];

function futureAt(c: Ctx, at: number, reach = 40): boolean {
  const before = c.text.slice(Math.max(0, at - reach), at);
  return FUTURE_CUE.test(before) && !PAST_PERFECT_CUE.test(before);
}

/** A calendar date or month pointed ahead by its cue words or the word right before it ("by February", "payable Dec. 15"). */
function futureDateAt(c: Ctx, at: number): boolean {
  return futureAt(c, at) || FUTURE_BEFORE.has(lower(prevWord(c, at)));
}

function prevWord(c: Ctx, at: number): string {
  const m = /([\p{L}'’-]+)[\s,]*$/u.exec(c.text.slice(Math.max(0, at - 24), at));
  return m?.[1] ?? '';
}

function nextWord(c: Ctx, at: number): string {
  const m = /^\s+([\p{L}'’-]+)/u.exec(c.text.slice(at, at + 24));
  return m?.[1] ?? '';
}

function numberValue(word: string | undefined): number | null | undefined {
  const w = lower(word);
  if (/^\d/u.test(w)) return Number(w);
  return NUMBER_WORDS.get(w);
}

const cand = (
  m: RegExpExecArray,
  type: TimexType,
  value: string,
  known: DatePart[],
  implied: DatePart[],
  prio = 5,
): Cand => ({
  start: m.index,
  end: m.index + m[0].length,
  type,
  value,
  known,
  implied,
  prio,
});

/** How much farther a past reading of a month-day may be than a future one and still win (news leans to the past). */
const FUTURE_DAY_WEIGHT = 6;

/** The year for a month-day without one: the reading nearest the anchor (forwards when the text points ahead). */
function yearFor(c: Ctx, month: number, day: number, future: boolean): number {
  let best = c.ay;
  let bestScore = Infinity;
  for (const y of [c.ay - 1, c.ay, c.ay + 1]) {
    if (!isValidDate(y, month, day)) continue;
    const diff = dayNumber(y, month, day) - c.anchor;
    const score = future ? (diff >= 0 ? diff : -diff * 4) : diff <= 0 ? -diff : diff * FUTURE_DAY_WEIGHT;
    if (score < bestScore) {
      bestScore = score;
      best = y;
    }
  }
  return best;
}

/** The year of a month named alone: the latest on or before the anchor's month for past tense, else the next. */
function yearOfMonth(c: Ctx, month: number, rel: string, future: boolean): number {
  if (rel === 'this' || rel === 'current') return c.ay;
  if (rel === 'last' || rel === 'past' || rel === 'previous') return month < c.am ? c.ay : c.ay - 1;
  if (rel === 'next' || rel === 'coming' || rel === 'following') return month > c.am ? c.ay : c.ay + 1;
  if (future) return month >= c.am ? c.ay : c.ay + 1;
  // The past reading, unless the next one is less than half as far off (past tense is the default in news).
  const back = (c.am - month + 12) % 12;
  const ahead = 12 - back;
  if (back === 0 || 2 * ahead >= back) return month <= c.am ? c.ay : c.ay - 1;
  return month > c.am ? c.ay : c.ay + 1;
}

/** How far before a weekday a future cue still points it ahead ("planned a large demonstration in X on Saturday"). */
const WEEKDAY_CUE_REACH = 60;

function dayOfWeekday(c: Ctx, wd: number, rel: string, future: boolean): number {
  const aw = isoWeekday(c.anchor);
  const back = (aw - wd + 7) % 7;
  const ahead = (wd - aw + 7) % 7;
  if (rel === 'last' || rel === 'past' || rel === 'previous') return c.anchor - (back || 7);
  if (rel === 'next' || rel === 'coming' || rel === 'following') return c.anchor + (ahead || 7);
  if (rel === 'this') return future ? c.anchor + ahead : c.anchor - back;
  return future ? c.anchor + (ahead || 7) : c.anchor - back;
}

function holidayDay(name: string, y: number): number | null {
  const fixed = FIXED_HOLIDAYS.get(name);
  if (fixed) return dayNumber(y, fixed[0], fixed[1]);
  if (name.startsWith('easter')) {
    const e = easter(y);
    return dayNumber(e.y, e.m, e.d);
  }
  if (name.startsWith('thanksgiving')) {
    const t = thanksgiving(y);
    return dayNumber(t.y, t.m, t.d);
  }
  return null;
}

const SEASON_INDEX: Readonly<Record<string, number>> = { SP: 0, SU: 1, FA: 2, WI: 3 };
const SEASON_CODES = ['SP', 'SU', 'FA', 'WI'];

function seasonValue(c: Ctx, code: string, rel: string, future: boolean): string {
  const si = c.am >= 3 && c.am <= 5 ? 0 : c.am >= 6 && c.am <= 8 ? 1 : c.am >= 9 && c.am <= 11 ? 2 : 3;
  const sy = c.am <= 2 ? c.ay - 1 : c.ay;
  const a = sy * 4 + si;
  const s = SEASON_INDEX[code] ?? 0;
  let t = sy * 4 + s;
  const dir = rel === 'last' || rel === 'past' || rel === 'previous' ? -1 : rel === 'next' || rel === 'coming' ? 1 : 0;
  if (dir < 0) while (t >= a) t -= 4;
  else if (dir > 0) while (t <= a) t += 4;
  else if (rel !== 'this' && !future) while (t > a) t -= 4;
  return `${Math.floor(t / 4)}-${SEASON_CODES[t % 4] ?? code}`;
}

/** The value of "this/last/next UNIT" moved by `off` units from the anchor. */
function periodValue(c: Ctx, unit: string, off: number, rel: string, future: boolean): string | null {
  switch (unit) {
    case 'day':
      return isoOfDay(c.anchor + off);
    case 'week':
      return weekValue(c.anchor + 7 * off);
    case 'weekend':
      return `${weekValue(c.anchor + 7 * off - (off === 0 && !future && isoWeekday(c.anchor) < 6 ? 7 : 0))}-WE`;
    case 'month': {
      const [y, m] = addMonths(c.ay, c.am, off);
      return `${y}-${pad(m)}`;
    }
    case 'year':
      return String(c.ay + off);
    case 'quarter': {
      const q = Math.ceil(c.am / 3) - 1 + off;
      const y = c.ay + Math.floor(q / 4);
      return `${y}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    case 'decade':
      return String(Math.floor(c.ay / 10) + off);
    case 'century':
      return String(Math.floor(c.ay / 100) + off);
    default: {
      const code = SEASONS.get(unit);
      return code ? seasonValue(c, code, rel, future) : null;
    }
  }
}

const relOffset = (rel: string): number =>
  rel === 'last' || rel === 'past' || rel === 'previous'
    ? -1
    : rel === 'next' || rel === 'coming' || rel === 'following'
      ? 1
      : 0;

const HALF = /1\/2|\band\s+a\s+half\b/i;
/** The half of a unit in the next smaller one, the way TimeML writes "2 1/2 years" (P2Y6M) and "5 1/2 hours" (PT5H30M). */
const HALF_UNIT: Readonly<Record<string, string>> = {
  year: '6M',
  month: '15D',
  day: 'T12H',
  hour: '30M',
  minute: '30S',
};

function durationValue(n: number | null, unit: string): string | null {
  const u = UNITS.get(unit);
  if (!u) return null;
  const [letter, clock] = u;
  // TimeML writes decades in years: "two decades" is P20Y
  if (unit === 'decade') return n === null ? 'PXY' : Number.isInteger(n) ? `P${10 * n}Y` : null;
  const k = n === null ? 'X' : unit === 'fortnight' ? String(2 * n) : String(n);
  return `${clock ? 'PT' : 'P'}${k}${letter}`;
}

/**
 * "of" and a determiner after "quarter(s)" that make it a share ("a quarter of the market", "three-quarters of its
 * food"); "several quarters of losses" and "the first quarter of the fiscal year" stay times.
 */
const FRACTION_OF =
  /^\s+of\s+(?:the|its|their|his|her|our|all|an?|this|that|these|those)\s+(?!(?:fiscal|year|decade|century)\b)/iu;
/** Words after "a second" that keep it a measure of time ("within a second of", "a second later"). */
const AFTER_A_SECOND: ReadonlySet<string> = new Set([
  'of',
  'or',
  'and',
  'to',
  'later',
  'earlier',
  'ago',
  'before',
  'after',
  'longer',
  'more',
  'in',
  'for',
  'at',
  'when',
  'while',
  'per',
  'on',
  'as',
  'than',
  'until',
  'since',
  'the',
  'during',
  'apart',
]);

/** What before a four-digit number makes it a year: a period prefix, or a year it is listed after. */
const YEAR_BEFORE = /(?:\b(?:mid|pre|post)-|\b(?:1[6-9]|20)\d\d(?:\s*,\s*|\s+(?:and|or)\s+))$/iu;

/** Day numbers [from, to] for "the past N units" ending at the anchor. */
function pastSpan(c: Ctx, n: number, unit: string): [number, number] | null {
  const days: Readonly<Record<string, number>> = { day: 1, night: 1, week: 7, fortnight: 14 };
  const d = days[unit];
  if (d !== undefined) return [c.anchor - d * n, c.anchor];
  const months: Readonly<Record<string, number>> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };
  const mo = months[unit];
  if (mo !== undefined) {
    const [y, m] = addMonths(c.ay, c.am, -Math.round(mo * n));
    return [dayNumber(y, m, Math.min(c.ad, new Date(Date.UTC(y, m, 0)).getUTCDate())), c.anchor];
  }
  return null;
}

const unitOf = (s: string | undefined): string => {
  const u = lower(s);
  return u === 'centurie' ? 'century' : u;
};

/** Guards: a rule runs only on sentences holding one of its words (lower case), or a digit. */
const DIGIT = null;
const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UNIT = [
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'decade',
  'centur',
];

/** "March 14[, 2022]" or "14 March[ 2022]": the month and day from their groups, the year from group 3 or the anchor. */
function monthDayRule(monthGroup: number, dayGroup: number): Rule {
  return (m, c) => {
    const name = m[monthGroup];
    if (!isCap(name)) return null;
    const mo = monthOf(name);
    const d = Number(m[dayGroup]);
    if (m[3]) {
      const y = Number(m[3]);
      if (!isValidDate(y, mo, d)) return null;
      return { ...cand(m, 'DATE', isoDate(y, mo, d), [...YMD], [], 1), day: dayNumber(y, mo, d) };
    }
    if (d < 1 || d > 31) return null;
    const y = yearFor(c, mo, d, futureDateAt(c, m.index));
    if (!isValidDate(y, mo, d)) return null;
    return { ...cand(m, 'DATE', isoDate(y, mo, d), ['month', 'day'], ['year'], 1), day: dayNumber(y, mo, d) };
  };
}

const RULES: readonly (readonly [readonly string[] | null, RegExp, Rule])[] = [
  [MONTH, P.monthDay, monthDayRule(1, 2)],
  [MONTH, P.dayMonth, monthDayRule(2, 1)],
  [
    MONTH,
    P.monthYear,
    (m) => (isCap(m[1]) ? cand(m, 'DATE', `${m[2] ?? ''}-${pad(monthOf(m[1]))}`, ['year', 'month'], [], 1) : null),
  ],
  [
    DIGIT,
    P.iso,
    (m) => {
      const ymd = parseIsoDate(m[0]);
      if (!ymd) return null;
      const date = isoDate(ymd.y, ymd.m, ymd.d);
      if (m[4] !== undefined)
        return cand(m, 'TIME', `${date}T${m[4]}:${m[5] ?? '00'}`, [...YMD, 'hour', 'minute'], [], 1);
      return { ...cand(m, 'DATE', date, [...YMD], [], 1), day: dayNumber(ymd.y, ymd.m, ymd.d) };
    },
  ],
  [
    DIGIT,
    P.slash,
    (m) => {
      let y = Number(m[3]);
      if (y < 100) y += y < 50 ? 2000 : 1900;
      const mo = Number(m[1]);
      const d = Number(m[2]);
      if (!isValidDate(y, mo, d)) return null;
      return { ...cand(m, 'DATE', isoDate(y, mo, d), [...YMD], [], 2), day: dayNumber(y, mo, d) };
    },
  ],
  [
    MONTH,
    P.month,
    (m, c) => {
      const tok = m[2] ?? '';
      if (!isCap(tok)) return null;
      const key = lower(tok).replace('.', '');
      if (key.length <= 4 && key !== 'may' && key !== 'june' && key !== 'july') return null;
      const rel = lower(m[1]);
      if (key === 'may' && !rel && !MAY_CUES.has(lower(prevWord(c, m.index)))) return null;
      // "December's figures"; "May's", "June's" are as often a name's
      if (/['’]/u.test(c.text[m.index + m[0].length] ?? '') && (key === 'may' || key === 'june')) return null;
      const mo = monthOf(tok);
      const y = yearOfMonth(c, mo, rel, futureDateAt(c, m.index));
      return cand(m, 'DATE', `${y}-${pad(mo)}`, ['month'], ['year'], 3);
    },
  ],
  [
    DIGIT,
    P.year,
    (m, c) => {
      const y = Number(m[2]);
      if (y > c.ay + 30) return null;
      const pw = lower(prevWord(c, m.index));
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      const before = c.text.slice(Math.max(0, m.index - 12), m.index);
      const ok =
        m[1] !== undefined ||
        m[3] !== undefined ||
        YEAR_PREPOSITIONS.has(pw) ||
        // "mid-1996", "post-1959"; the next of a list of years ("in 1994, 1995 and 1997")
        YEAR_BEFORE.test(before) ||
        /\p{L}['’]s$/u.test(pw) ||
        /^(?:$|[,.;:)'’!?"”]|\s*[-–—])/u.test(after);
      if (!ok) return null;
      if (/^['’]s\s/u.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) && pw === 'the') return null;
      if (m[3]) {
        // "the 1990s" is the decade (199); a bare "1990s" some point in it (199X).
        const the = /\bthe\s+(?:(?:early|late|mid)[\s-]*)?$/iu.exec(c.text.slice(Math.max(0, m.index - 12), m.index));
        if (!the) return cand(m, 'DATE', `${String(y).slice(0, 3)}X`, ['year'], [], 4);
        const start = m.index - the[0].length;
        return { ...cand(m, 'DATE', String(y).slice(0, 3), ['year'], [], 4), start };
      }
      return cand(m, 'DATE', String(y), ['year'], [], 4);
    },
  ],
  [
    ['spring', 'summer', 'fall', 'autumn', 'winter'],
    P.season,
    (m, c) => {
      const word = lower(m[2]);
      const code = SEASONS.get(word);
      if (!code) return null;
      const pw = lower(prevWord(c, m.index));
      if (
        !m[1] &&
        !m[3] &&
        (word === 'fall' ||
          !/^(?:in|during|this|last|next|early|late|mid|by|until|since|through|of|the|that)$/u.test(pw))
      )
        return null;
      if (/^(?:this|last|next|past|coming|previous|current|following)$/u.test(pw)) return null;
      if (m[3]) return cand(m, 'DATE', `${m[3]}-${code}`, ['year'], [], 3);
      return cand(m, 'DATE', seasonValue(c, code, '', futureAt(c, m.index)), [], ['year'], 3);
    },
  ],
  [
    ['nineteen', 'twenty', 'eighteen', 'two thousand'],
    P.spelledYear,
    (m, c) => {
      let y: number;
      if (m[2]) {
        const tens = YEAR_TENS_WORDS.get(lower(m[3])) ?? 0;
        if (m[4] && tens < 20) return null;
        y = (YEAR_CENTURY_WORDS.get(lower(m[2])) ?? 19) * 100 + tens + (YEAR_ONES_WORDS.get(lower(m[4])) ?? 0);
      } else {
        const rest = lower(m[5]);
        y = 2000 + (YEAR_TENS_WORDS.get(rest) ?? YEAR_ONES_WORDS.get(rest) ?? 0);
        if (!m[1] && !rest) return null;
      }
      if (y > c.ay + 30) return null;
      const pw = lower(prevWord(c, m.index));
      const after = c.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (!m[1] && !YEAR_PREPOSITIONS.has(pw) && !MONTHS.has(pw) && !/^(?:$|[,.;:)!?"”])/u.test(after)) return null;
      return cand(m, 'DATE', String(y), ['year'], [], 4);
    },
  ],
  [
    ['day'],
    P.weekday,
    (m, c) => {
      const name = m[2] ?? '';
      if (!isCap(name)) return null;
      const pw = prevWord(c, m.index);
      if (NAME_BEFORE_WEEKDAY.has(lower(pw)) && isCap(pw)) return null;
      const nw = nextWord(c, m.index + m[0].length);
      const gap = c.text.slice(m.index + m[0].length, m.index + m[0].length + 1);
      if (isCap(nw) && gap === ' ' && !MONTHS.has(lower(nw).replace('.', '')) && !/^(?:The|A|An|I)$/u.test(nw))
        return null;
      const wd = WEEKDAYS.get(lower(name)) ?? 1;
      const part = PARTS_OF_DAY.get(lower(m[4]));
      if (m[3]) return cand(m, 'SET', `XXXX-WXX-${wd}${part ? `T${part}` : ''}`, ['weekday'], [], 3);
      const rel = lower(m[1]);
      const day = dayOfWeekday(c, wd, rel, futureAt(c, m.index, WEEKDAY_CUE_REACH));
      const date = isoOfDay(day);
      if (part) return { ...cand(m, 'TIME', `${date}T${part}`, ['weekday'], [...YMD], 3), day };
      return { ...cand(m, 'DATE', date, ['weekday'], [...YMD], 3), day };
    },
  ],
  [
    ['day', 'tomorrow'],
    P.deicticDay,
    (m, c) => {
      const w = lower(m[2]);
      let day = c.anchor + (w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0);
      if (m[1]) day += lower(m[1]).includes('before') ? -1 : 1;
      const part = PARTS_OF_DAY.get(lower(m[3]));
      if (part) return { ...cand(m, 'TIME', `${isoOfDay(day)}T${part}`, [], [...YMD], 2), day };
      return { ...cand(m, 'DATE', isoOfDay(day), [], [...YMD], 2), day };
    },
  ],
  [
    ['morning', 'afternoon', 'evening', 'night'],
    P.partOfToday,
    (m, c) => {
      const w = lower(m[1] ?? m[3]);
      const part = PARTS_OF_DAY.get(lower(m[2])) ?? 'NI';
      const day =
        w === 'last' || w === 'yesterday' || w === 'overnight'
          ? c.anchor - 1
          : w === 'tomorrow'
            ? c.anchor + 1
            : c.anchor;
      return { ...cand(m, 'TIME', `${isoOfDay(day)}T${part}`, [], [...YMD], 2), day };
    },
  ],
  [
    ['last', 'next', 'this', 'past', 'coming', 'previous', 'current', 'following'],
    P.relUnit,
    (m, c) => {
      const the = m[1] !== undefined;
      const rel = lower(m[2]);
      const unit = lower(m[3]);
      // "over the past year", "in the last decade": TimeML dates these to the previous year or decade; shorter units
      // ("the past week") stay the span that ends now
      const long = unit === 'year' || unit === 'decade' || unit === 'century';
      if (the && (rel === 'past' || rel === 'last') && UNITS.has(unit) && !long) {
        const v = durationValue(1, unit);
        const sp = pastSpan(c, 1, unit);
        if (!v) return null;
        const out = cand(m, 'DURATION', v, [], [], 2);
        if (sp) {
          out.startIso = isoOfDay(sp[0]);
          out.endIso = isoOfDay(sp[1]);
        }
        return out;
      }
      if (the && (rel === 'following' || rel === 'previous')) return null;
      const v = periodValue(c, unit, relOffset(rel), rel, futureAt(c, m.index));
      return v ? cand(m, 'DATE', v, [], unit === 'year' ? ['year'] : ['year', 'month'], 2) : null;
    },
  ],
  [
    ['earlier', 'later'],
    P.earlierLater,
    (m, c) => {
      const earlier = lower(m[1]) === 'earlier';
      const clip: 'before' | 'after' = earlier ? 'before' : 'after';
      if (m[4] || lower(m[5]) === 'day')
        return { ...cand(m, 'DATE', isoOfDay(c.anchor), [], [...YMD], 2), day: c.anchor, clip };
      const unit = lower(m[3] ?? m[5]);
      const rel = lower(m[2] ?? 'this');
      const v = periodValue(c, unit, relOffset(rel), rel, false);
      if (!v) return null;
      const out = cand(m, 'DATE', v, [], ['year'], 2);
      if (rel === 'this') out.clip = clip;
      return out;
    },
  ],
  [
    ['year-'],
    P.yearAgoAdj,
    (m, c) => ({
      ...cand(m, 'DATE', String(c.ay - 1), [], ['year'], 2),
      shift: { unit: 'year', k: -1, fromRef: false },
    }),
  ],
  [
    ['ago', 'earlier', 'later', 'now', 'hence', 'back'],
    P.ago,
    (m, c) => {
      const n = numberValue(m[2]);
      if (n === undefined) return null;
      const unit = unitOf(m[3]);
      const dir = lower(m[4]);
      const sign = dir === 'ago' || dir === 'earlier' || dir === 'back' ? -1 : 1;
      // "three days later", "over an hour later": TimeML tags the measure alone, as a DURATION; the shifted day stays
      // as its interval
      const later = dir === 'later';
      if (n === null && !later) return cand(m, 'DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF', [], [], 2);
      if (later) {
        const v = durationValue(n, unit);
        if (!v) return null;
        const out = cand(m, 'DURATION', v, [], [], 2);
        out.end = m.index + m[0].length - (m[4] ?? '').length;
        while (out.end > out.start && /\s/u.test(c.text[out.end - 1] ?? '')) out.end--;
        if (n !== null && (unit === 'day' || unit === 'night' || unit === 'week')) {
          const d = c.anchor + Math.round(n) * (unit === 'week' ? 7 : 1);
          out.startIso = isoOfDay(d);
          out.endIso = isoOfDay(d);
        }
        return out;
      }
      if (n === null) return null;
      const k = Math.round(n) * sign;
      let value: string | null = null;
      let day: number | undefined;
      if (unit === 'day' || unit === 'night') {
        day = c.anchor + k;
        value = isoOfDay(day);
      } else if (unit === 'week' || unit === 'fortnight')
        value = weekValue(c.anchor + 7 * k * (unit === 'fortnight' ? 2 : 1));
      else if (unit === 'month') {
        const [y, mo] = addMonths(c.ay, c.am, k);
        value = `${y}-${pad(mo)}`;
      } else if (unit === 'year') value = String(c.ay + k);
      else if (unit === 'quarter') value = periodValue(c, 'quarter', k, '', false);
      else if (unit === 'decade') value = String(Math.floor((c.ay + 10 * k) / 10));
      else if (unit === 'century') value = String(Math.floor((c.ay + 100 * k) / 100));
      else value = isoOfDay(c.anchor);
      if (!value) return null;
      const clock = unit === 'hour' || unit === 'minute' || unit === 'second';
      const out = cand(m, clock ? 'TIME' : 'DATE', value, [], ['year'], 2);
      if (day !== undefined) out.day = day;
      if (!clock) out.shift = { unit, k, fromRef: dir === 'earlier' || dir === 'later' };
      return out;
    },
  ],
  [
    UNIT,
    P.duration,
    (m, c) => {
      const n = numberValue(m[5]);
      if (n === undefined) return null;
      const start = m.index;
      const numWord = lower(m[5]);
      const pw = lower(prevWord(c, start));
      if ((numWord === 'a' || numWord === 'an') && /^(?:once|twice|times|per|percent|cents?)$/u.test(pw)) return null;
      if ((numWord === 'a' || numWord === 'an') && /\d\s*$/u.test(c.text.slice(Math.max(0, start - 3), start)))
        return null;
      if (/[\d][,.]$/u.test(c.text.slice(Math.max(0, start - 2), start))) return null;
      const unit = unitOf(m[6]);
      const end = m.index + m[0].length;
      // "three-quarters of its food", "a quarter of the market": a share, not three months
      if (unit === 'quarter' && FRACTION_OF.test(c.text.slice(end, end + 30))) return null;
      // "a second group", "a second betrayal": the ordinal
      if (unit === 'second' && (numWord === 'a' || numWord === 'an')) {
        const nw = lower(nextWord(c, end));
        if (nw && !AFTER_A_SECOND.has(nw)) return null;
      }
      const half = n !== null && HALF.test(m[0]) ? HALF_UNIT[unit] : undefined;
      const v = half ? `${durationValue(n, unit) ?? ''}${half}` : durationValue(n, unit);
      if (!v) return null;
      const out = cand(m, 'DURATION', v, [], [], 4);
      const rel = lower(m[3] ?? m[4]);
      if ((rel === 'past' || rel === 'last' || rel === 'previous') && n !== null) {
        const sp = pastSpan(c, n, unit);
        if (sp) {
          out.startIso = isoOfDay(sp[0]);
          out.endIso = isoOfDay(sp[1]);
        }
      }
      return out;
    },
  ],
  [
    ['for ', 'over ', 'within '],
    P.vagueDuration,
    (m) => {
      const unit = unitOf((m[1] ?? '').slice(0, -1));
      const v = durationValue(null, unit);
      if (!v) return null;
      const at = m[0].length - (m[1] ?? '').length;
      return {
        start: m.index + at,
        end: m.index + m[0].length,
        type: 'DURATION',
        value: v,
        known: [],
        implied: [],
        prio: 5,
      };
    },
  ],
  [
    ['recent', 'coming'],
    P.recentUnits,
    (m, c) => {
      // "in recent months", "the coming weeks" span some weeks or months (PXM); days and years stay a vague time, and
      // so does a pair ("recent weeks and months")
      const unit = lower(m[2]);
      const end = m.index + m[0].length;
      const pair = /^\s+(?:and|or)\s/iu.test(c.text.slice(end, end + 5));
      if ((unit === 'weeks' || unit === 'months') && !pair)
        return cand(m, 'DURATION', unit === 'weeks' ? 'PXW' : 'PXM', [], [], 3);
      return cand(m, 'DATE', lower(m[1]) === 'recent' ? 'PAST_REF' : 'FUTURE_REF', [], [], 3);
    },
  ],
  [
    ['daily', 'nightly', 'weekly', 'monthly', 'annually', 'yearly', 'hourly', 'every', 'each'],
    P.frequency,
    (m, c) => {
      // "rise 8.5% annually" is a rate, not a recurrence
      if (m[1] && /%\s*$|\bpercent\s*$/i.test(c.text.slice(Math.max(0, m.index - 10), m.index))) return null;
      if (m[1]) return cand(m, 'SET', FREQUENCIES.get(lower(m[1])) ?? 'P1D', [], [], 3);
      const what = lower(m[4]);
      const n = m[3] ? 2 : 1;
      const wd = WEEKDAYS.get(what);
      if (wd !== undefined) return cand(m, 'SET', `XXXX-WXX-${wd}`, ['weekday'], [], 3);
      const part = PARTS_OF_DAY.get(what);
      if (part && what !== 'night') return cand(m, 'SET', `XXXX-XX-XXT${part}`, [], [], 3);
      return cand(m, 'SET', durationValue(n, what === 'night' ? 'day' : what) ?? 'P1D', [], [], 3);
    },
  ],
  [
    ['now', 'current', 'present', 'recent', 'lately', 'the past', 'future', 'term'],
    P.deictic,
    (m) => {
      const w = lower(m[1]);
      const future = w.startsWith('the ') && (w.endsWith(' future') || w.endsWith(' term'));
      const past = w === 'recently' || w === 'lately' || w === 'previously' || w === 'formerly' || w === 'the past';
      return cand(m, 'DATE', future ? 'FUTURE_REF' : past ? 'PAST_REF' : 'PRESENT_REF', [], [], 6);
    },
  ],
  [
    ['year', 'christmas', 'easter', 'thanksgiving', 'halloween', 'valentine', 'boxing', 'independence', 'victory'],
    P.holiday,
    (m, c) => {
      const name = lower(m[2]);
      if (!isCap(m[2])) return null;
      const rel = lower(m[1]);
      const future = rel === 'next' || (rel !== 'last' && futureAt(c, m.index));
      let best: number | null = null;
      for (const y of [c.ay - 1, c.ay, c.ay + 1]) {
        const d = holidayDay(name, y);
        if (d === null) continue;
        const fits =
          rel === 'last' ? d < c.anchor : rel === 'next' ? d > c.anchor : future ? d >= c.anchor : d <= c.anchor;
        if (!fits) continue;
        if (best === null || (future || rel === 'next' ? d < best : d > best)) best = d;
      }
      if (best === null) return null;
      const fixed = FIXED_HOLIDAYS.has(name);
      return {
        ...cand(m, 'DATE', isoOfDay(best), fixed ? ['month', 'day'] : [], fixed ? ['year'] : [...YMD], 2),
        day: best,
      };
    },
  ],
  [
    ['quarter', 'half', 'period'],
    P.quarter,
    (m, c) => {
      const qual = lower(m[2]);
      const ord = ORDINALS.get(lower(m[3]));
      const noun = lower(m[5]);
      const yearText = m[6];
      let start = m.index;
      // "the third-quarter results": the adjective's extent leaves out the article.
      if (m[1] !== undefined && m[4]?.startsWith('-') && !qual) start = m.index + m[0].indexOf(m[3] ?? '');
      const the = m[1] !== undefined;
      if (noun === 'half' && ord === undefined) return null;
      if (noun === 'period' && (ord !== undefined || !/^(?:latest|year-earlier|year-ago)$/u.test(qual))) return null;
      if (ord === undefined && !qual && !the) return null;
      if (ord === undefined && (qual === 'same' || qual === '' || qual === 'calendar')) {
        if (/^\s+of\b/u.test(c.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
        if (qual === 'same') return null;
      }
      const known: DatePart[] = yearText ? ['year'] : [];
      const implied: DatePart[] = yearText ? [] : ['year'];
      const aq = Math.ceil(c.am / 3);
      const out = (value: string): Cand => ({ ...cand(m, 'DATE', value, known, implied, 2), start });
      if (noun === 'half') {
        const h = ord === 1 ? 1 : 2;
        const y = yearText ? Number(yearText) : h === 1 || c.am > 6 ? c.ay : c.ay - 1;
        return out(`${y}-H${h}`);
      }
      let y: number;
      let q: number;
      if (ord !== undefined) {
        q = ord;
        const future = futureAt(c, m.index);
        // Ahead of a future cue the quarter is the next one of that name, except the quarter just ended, whose results
        // are still to come ("will report third-quarter results" in October).
        const ahead = q >= aq || q === aq - 1;
        y = yearText ? Number(yearText) : future ? (ahead ? c.ay : c.ay + 1) : q <= aq ? c.ay : c.ay - 1;
        if (!yearText && (qual === 'year-earlier' || qual === 'year-ago')) y -= 1;
      } else {
        if (qual === 'current') return out(`${c.ay}-Q${aq}`);
        q = aq - 1;
        y = c.ay;
        if (q === 0) {
          q = 4;
          y -= 1;
        }
        if (qual === 'year-earlier' || qual === 'year-ago') y -= 1;
      }
      return out(`${y}-Q${q}`);
    },
  ],
  [
    ['quarter', 'period', 'half'],
    P.yearQuarter,
    (m) => {
      const y = m[1] ?? '';
      const ord = ORDINALS.get(lower(m[2]));
      const noun = lower(m[3]);
      if (noun === 'half') return ord === 1 || ord === 2 ? cand(m, 'DATE', `${y}-H${ord}`, ['year'], [], 1) : null;
      if (ord !== undefined) return cand(m, 'DATE', `${y}-Q${ord}`, ['year'], [], 1);
      return { ...cand(m, 'DATE', y, ['year'], [], 1), docQuarter: true };
    },
  ],
  [
    ['year', 'centur'],
    P.yearPhrase,
    (m, c) => {
      // "for the year ended March 31": TimeML tags the twelve months as a measure, the end date apart
      if (m[1]) return cand(m, 'DURATION', 'P1Y', [], [], 2);
      if (m[2]) {
        // "by year-end" is this year's end; "since year-end" the last one
        const y = lower(prevWord(c, m.index)) === 'since' ? c.ay - 1 : c.ay;
        return { ...cand(m, 'DATE', String(y), [], ['year'], 2), mod: 'END' };
      }
      const n = m[3] ? Number(m[3]) : (CENTURY_ORDINALS.get(lower(m[4])) ?? 0);
      if (n < 1 || n > Math.floor(c.ay / 100) + 2) return null;
      return cand(m, 'DATE', pad(n - 1), ['year'], [], 2);
    },
  ],
  [
    [
      'that year',
      'that month',
      'that day',
      'that same',
      'following year',
      'following month',
      'following day',
      'previous year',
      'previous month',
      'previous day',
      'same year',
      'same month',
      'same day',
    ],
    P.anaphoric,
    (m) => {
      const which = lower(m[2]);
      const unit = lower(m[3]) as 'year' | 'month' | 'day';
      const k = which === 'the following' ? 1 : which === 'the previous' ? -1 : 0;
      // the value comes from the reference time in trackReference; without one the expression is dropped
      const out = cand(m, 'DATE', '', [], unit === 'year' ? ['year'] : [...YMD], 2);
      out.anaphor = { unit, k };
      if (m[1]) out.clip = lower(m[1]) === 'earlier' ? 'before' : 'after';
      return out;
    },
  ],
  [
    ['weekend'],
    P.theWeekend,
    (m, c) => {
      const back = isoWeekday(c.anchor) >= 6 ? 0 : 7;
      return cand(m, 'DATE', `${weekValue(c.anchor - (futureAt(c, m.index) ? 0 : back))}-WE`, [], ['year', 'month'], 3);
    },
  ],
  [
    DIGIT,
    P.qn,
    (m, c) => {
      const q = m[1] ?? 'Q1';
      if (!m[2]) {
        return null;
      }
      return cand(m, 'DATE', `${m[2] ?? c.ay}-${q}`, ['year'], [], 2);
    },
  ],
  [
    DIGIT,
    P.clock,
    (m) => {
      let h = Number(m[1]);
      const min = m[2] ? Number(m[2]) : 0;
      const ampm = lower(m[3]).replace(/\./gu, '');
      const part = lower(m[4]);
      if (min > 59) return null;
      if (ampm || part) {
        if (h < 1 || h > 12) return null;
        if ((ampm === 'pm' || part === 'afternoon' || part === 'evening') && h < 12) h += 12;
        if ((ampm === 'am' || part === 'morning') && h === 12) h = 0;
      } else if (!m[2] || h > 23) return null;
      const known: DatePart[] = m[2] ? ['hour', 'minute'] : ['hour'];
      return { ...cand(m, 'TIME', `T${pad(h)}:${pad(min)}`, known, [...YMD], 1), needsDate: true };
    },
  ],
  [
    [
      'dawn',
      'daybreak',
      'dusk',
      'nightfall',
      'sunrise',
      'sunset',
      'midday',
      'noon',
      'midnight',
      'morning',
      'afternoon',
      'evening',
    ],
    P.partOfDay,
    (m) => {
      const w = lower(m[2] ?? m[4]);
      const part = PARTS_OF_DAY.get(w);
      if (!part) return null;
      const value = part.includes(':') ? `T${part}` : `T${part}`;
      return { ...cand(m, 'TIME', value, [], [...YMD], 5), needsDate: true };
    },
  ],
];

const MOD_KEYS = PERIOD_MODS;

const QUOTE_BEFORE = new Set(['"', '“', "'", '‘', '`']);
const TITLE_UNIT = /\s(?:Seconds?|Minutes?|Hours?|Days?|Nights?|Weeks?|Months?|Years?|Decades?)$/u;

/** A capitalised unit right after an opening quote ("This Week", "60 Minutes"): the title of a show, not a time. */
function isQuotedTitle(text: string, k: Cand): boolean {
  return QUOTE_BEFORE.has(text[k.start - 1] ?? '') && TITLE_UNIT.test(text.slice(k.start, k.end));
}

/** Refiner: "early", "late", "mid-", "the end of" … before a period join its extent and set its mod. */
function refineMods(c: Ctx, kept: Cand[]): void {
  let prevEnd = 0;
  for (const k of kept) {
    if (k.type === 'DATE' || k.type === 'TIME') {
      if (!k.value.endsWith('_REF')) {
        const from = Math.max(prevEnd, k.start - 24);
        const m = P.modBefore.exec(c.text.slice(from, k.start));
        if (m) {
          const word = lower(m[1]);
          const dayLevel = k.day !== undefined;
          const allowed = dayLevel ? /^(?:early|late)(?: on)?$/u.test(word) : !word.endsWith(' on');
          const mod = MOD_KEYS.get(word);
          if (allowed && mod) {
            k.start = from + m.index;
            k.mod = mod;
          }
        }
      }
    }
    prevEnd = k.end;
  }
}

/**
 * Walks neighbouring candidates in text order; where `join` merges a pair into one candidate, that candidate stands
 * for both, else the first is kept as it is.
 */
function mergePairs(kept: readonly Cand[], join: (a: Cand, b: Cand) => Cand | null): Cand[] {
  const out: Cand[] = [];
  for (let i = 0; i < kept.length; i++) {
    const a = kept[i];
    if (a === undefined) continue;
    const b = kept[i + 1];
    const merged = b !== undefined ? join(a, b) : null;
    if (merged !== null) {
      out.push(merged);
      i++;
    } else out.push(a);
  }
  return out;
}

/** Refiner: a weekday right before a full date ("Monday, January 2") joins it; the date gives the value. */
function mergeWeekdayDates(c: Ctx, kept: Cand[]): Cand[] {
  return mergePairs(kept, (a, b) =>
    a.known.length === 1 &&
    a.known[0] === 'weekday' &&
    a.type === 'DATE' &&
    b.day !== undefined &&
    b.known.includes('day') &&
    /^,?\s*(?:the\s+)?$/u.test(c.text.slice(a.end, b.start))
      ? { ...b, start: a.start, known: [...b.known, 'weekday'] }
      : null,
  );
}

/** Time zones written after a clock time ("9 a.m. EST Tuesday"), which a following day name still joins. */
const CLOCK_DAY_GAP = /^\s*(?:(?:[ECMP][SD]T|GMT|UTC)\b\s*)?,?\s*(?:on\s+)?$/u;

/** Refiner: a clock time right before the day it falls on ("9 a.m. Tuesday", "noon Thursday") is one TIME. */
function mergeClockDay(c: Ctx, kept: Cand[]): Cand[] {
  return mergePairs(kept, (a, b) =>
    a.type === 'TIME' &&
    a.day === undefined &&
    !a.known.includes('day') &&
    !a.known.includes('weekday') &&
    b.type === 'DATE' &&
    b.day !== undefined &&
    b.end - a.start <= 40 &&
    c.text[a.end - 1] !== ')' &&
    CLOCK_DAY_GAP.test(c.text.slice(a.end, b.start))
      ? {
          ...a,
          end: b.end,
          value: `${isoOfDay(b.day)}${a.value.slice(a.value.indexOf('T'))}`,
          needsDate: false,
          day: b.day,
          known: [...a.known, ...b.known],
          implied: b.implied,
        }
      : null,
  );
}

/** Refiner: a month-day without its year followed by a relative year ("February 24 last year") takes that year. */
function mergeDayYear(c: Ctx, kept: Cand[]): Cand[] {
  return mergePairs(kept, (a, b) => {
    if (
      a.day !== undefined &&
      a.implied.includes('year') &&
      a.known.includes('day') &&
      /^\d{4}$/u.test(b.value) &&
      /^,?\s*(?:of\s+)?$/u.test(c.text.slice(a.end, b.start))
    ) {
      const ymd = fromDayNumber(a.day);
      const y = Number(b.value);
      if (isValidDate(y, ymd.m, ymd.d)) {
        const day = dayNumber(y, ymd.m, ymd.d);
        const value = isoOfDay(day) + a.value.slice(10);
        const known: DatePart[] = [...a.known, ...b.known];
        return { ...a, end: b.end, value, day, known, implied: a.implied.filter((p) => !b.known.includes(p)) };
      }
    }
    if (a.type === 'DATE' && /^\d{4}-\d\d$/u.test(a.value) && a.implied.includes('year') && /^\d{4}$/u.test(b.value)) {
      const gap = c.text.slice(a.end, b.start);
      const mm = a.value.slice(4);
      // "January nineteen ninety-seven": one expression; "February this year": the month takes the year, extents apart.
      if (b.known.includes('year') && /^,?\s*(?:of\s+)?$/u.test(gap)) {
        return { ...a, end: b.end, value: `${b.value}${mm}`, known: [...a.known, 'year'], implied: [] };
      }
      if (b.known.length === 0 && /^\s*$/u.test(gap)) a.value = `${b.value}${mm}`;
    }
    // "this year's third quarter", "next year's first half": the period of that year.
    if (
      a.type === 'DATE' &&
      /^\d{4}$/u.test(a.value) &&
      /^\d{4}-[QH][1-4]$/u.test(b.value) &&
      /^['’]s\s+$/u.test(c.text.slice(a.end, b.start))
    ) {
      return { ...b, start: a.start, value: `${a.value}${b.value.slice(4)}`, known: ['year'], implied: [] };
    }
    if (
      a.type === 'DATE' &&
      /^\d{4}-(?:SP|SU|FA|WI)$/u.test(a.value) &&
      /^\d{4}$/u.test(b.value) &&
      b.known.includes('year') &&
      /^\s+of\s+$/u.test(c.text.slice(a.end, b.start))
    ) {
      return { ...a, end: b.end, value: `${b.value}${a.value.slice(4)}`, known: ['year'], implied: [] };
    }
    return null;
  });
}

/**
 * Refiner: in a sentence about a quarter ("third-quarter profit rose from a year earlier"), "a year earlier/ago" and
 * "last year" mean the same quarter a year before (the TimeML convention for earnings reports).
 */
function quarterYearAgo(kept: Cand[]): void {
  const q = kept.find((k) => /^\d{4}-Q[1-4]$/u.test(k.value));
  if (!q) return;
  const qy = Number(q.value.slice(0, 4));
  for (const k of kept) {
    if (k.type === 'DATE' && k.known.length === 0 && k.value === String(qy - 1)) {
      k.value = `${qy - 1}${q.value.slice(4)}`;
      k.shift = { unit: 'year', k: -1, fromRef: false };
    }
  }
}

const QUARTER_VALUE = /^(\d{4})-Q([1-4])$/u;
const YEAR_VALUE = /^\d{4}$/u;
/** A report's part of the year to date ("the first nine months"), which "a year earlier" then compares with. */
const YEAR_SPAN = /\b(?:nine|9|six|6)[- ]months?\b|\byear to date\b|\bfirst half\b/i;

/** The reference time a document has reached: the last date it named, and the last quarter it was about. */
export interface RefState {
  ref: string | null;
  quarter: string | null;
  /** The last calendar date of any kind the text named ("March", "Friday", "1988"), which "that year" refers to. */
  last?: string | null;
}

const CALENDAR_VALUE = /^\d{4}(?:-\d\d(?:-\d\d)?|-[QH]\d)?(?=$|T)/u;

/** "that year", "the following month", "that day": the unit of the last calendar date moved by k, or '' without one. */
function anaphorValue(last: string | null | undefined, unit: 'year' | 'month' | 'day', k: number): string {
  const m = last ? CALENDAR_VALUE.exec(last) : null;
  if (!m) return '';
  const v = m[0];
  const y = Number(v.slice(0, 4));
  if (unit === 'year') return String(y + k);
  const ymd = /^\d{4}-(\d\d)(?:-(\d\d))?$/u.exec(v);
  if (!ymd) return '';
  if (unit === 'month') {
    const [yy, mm] = addMonths(y, Number(ymd[1]), k);
    return `${yy}-${pad(mm)}`;
  }
  if (!ymd[2]) return '';
  return isoOfDay(dayNumber(y, Number(ymd[1]), Number(ymd[2])) + k);
}

/**
 * Refiner across sentences (TimeML's reference time): "a year earlier" counts from the last date the text named when
 * that date is a quarter or a year; "a year ago"/"year-ago" in a report about a quarter means that quarter a year
 * before (the earnings convention, carried beyond the sentence that named the quarter).
 */
export function trackReference(c: Ctx, kept: Cand[], st: RefState): void {
  // where the sentence names a part of the year to date; looked for only when a shifted date asks (most have none)
  let spanAt: number | undefined;
  const yearSpanAt = (): number => (spanAt ??= YEAR_SPAN.exec(c.text)?.index ?? -1);
  for (const k of kept) {
    if (k.anaphor) {
      k.value = anaphorValue(st.last, k.anaphor.unit, k.anaphor.k);
      if (k.anaphor.unit === 'day' && k.value) {
        const d = parseIsoDate(k.value);
        if (d) k.day = dayNumber(d.y, d.m, d.d);
      }
      continue;
    }
    if ((k.type === 'DATE' || k.type === 'TIME') && CALENDAR_VALUE.test(k.value)) st.last = k.value;
    if ((k.shift || k.docQuarter) && k.type === 'DATE' && yearSpanAt() >= 0 && yearSpanAt() < k.start) {
      // "in the first nine months, ... a year earlier": the comparison is with the year so far, not the quarter
      if (QUARTER_VALUE.test(k.value)) k.value = k.value.slice(0, 4);
      continue;
    }
    const sh = k.shift;
    if (sh && k.type === 'DATE') {
      const ref = sh.fromRef ? st.ref : null;
      const q = ref ? QUARTER_VALUE.exec(ref) : null;
      if (q && (sh.unit === 'year' || sh.unit === 'quarter')) {
        const t = Number(q[1]) * 4 + Number(q[2]) - 1 + (sh.unit === 'year' ? 4 * sh.k : sh.k);
        k.value = `${Math.floor(t / 4)}-Q${(t % 4) + 1}`;
      } else if (ref && YEAR_VALUE.test(ref) && sh.unit === 'year') {
        k.value = String(Number(ref) + sh.k);
      } else if (sh.unit === 'year' && YEAR_VALUE.test(k.value) && st.quarter) {
        const qq = QUARTER_VALUE.exec(st.quarter);
        if (qq && sh.k < 0) k.value = `${Number(qq[1]) + sh.k}-Q${qq[2] ?? ''}`;
      }
      continue;
    }
    if (k.type !== 'DATE') continue;
    if (k.docQuarter && st.quarter) k.value = `${k.value}${st.quarter.slice(4)}`;
    if (k.docQuarter) continue;
    if (QUARTER_VALUE.test(k.value)) {
      st.quarter = k.value;
      st.ref = k.value;
    } else if (k.known.includes('year') && /^\d{4}(?:-\d\d){0,2}$/u.test(k.value)) st.ref = k.value;
  }
}

/** Refiner: times of day take the date of the sentence's nearest day-level date, else the anchor. */
function dateTimes(c: Ctx, kept: Cand[]): void {
  for (const k of kept) {
    if (!k.needsDate) continue;
    let best: Cand | undefined;
    for (const o of kept) {
      if (o.day === undefined || o === k || Math.abs(o.start - k.start) > 40) continue;
      if (!best || Math.abs(o.start - k.start) < Math.abs(best.start - k.start)) best = o;
    }
    const day = best?.day ?? c.anchor;
    k.value = `${isoOfDay(day)}${k.value}`;
    if (best) k.implied = k.implied.filter((p) => !best.known.includes(p));
  }
}

/** The interval [start, end] (inclusive ISO dates) a DATE or TIME candidate covers, clipped to the anchor where it says so. */
function intervalFor(c: Ctx, k: Cand, sentence: string, anchorIso: string): readonly [string, string] | null {
  if (k.type !== 'DATE' && k.type !== 'TIME') return null;
  if (k.startIso !== undefined) return null;
  const iv = intervalOf(k.value);
  if (!iv) return null;
  let [s, e] = iv;
  if (k.mod === 'START' && k.day === undefined && !k.value.includes('T')) e = midpoint(s, e, 'first');
  if (k.mod === 'END' && k.day === undefined && !k.value.includes('T')) s = midpoint(s, e, 'second');
  if (s <= anchorIso && k.start >= 6 && P.sinceBefore.test(sentence.slice(Math.max(0, k.start - 8), k.start)))
    e = anchorIso;
  if (k.clip === 'before' && e > anchorIso && s <= anchorIso) e = anchorIso;
  if (k.clip === 'after' && s < anchorIso && e >= anchorIso) s = anchorIso;
  return [s, e];
}

/** The first or second half of an inclusive ISO interval, for "early"/"late" periods. */
function midpoint(s: string, e: string, half: 'first' | 'second'): string {
  const a = parseIsoDate(s);
  const b = parseIsoDate(e);
  if (!a || !b) return half === 'first' ? e : s;
  const da = dayNumber(a.y, a.m, a.d);
  const db = dayNumber(b.y, b.m, b.d);
  const mid = Math.floor((da + db) / 2);
  return half === 'first' ? isoOfDay(mid) : isoOfDay(mid + 1);
}

const F_DIGIT = 1;
const F_DASH = 2; // "2023-01-02": a digit, a hyphen, a digit
const F_SLASH = 4; // "1/2/2023"
const F_QN = 8; // "Q3", "H1"
const F_YEAR = 16; // "1994": a maximal run of exactly four digits
const F_CLOCK = 32; // a digit run followed by a, p, i, g, u or l ("5 pm", "4 in the", "14:00 GMT")
const F_COLON = 64; // "10:30"
const F_AMPM = 128; // "5 pm", "10 a.m.": a digit run, spaces, a or p, an optional full stop, m, no letter after
const FEATURE_OF_RULE: ReadonlyMap<RegExp, number> = new Map([
  [P.iso, F_DASH],
  [P.slash, F_SLASH],
  [P.year, F_YEAR],
  [P.qn, F_QN],
  [P.clock, F_CLOCK],
]);
/** For each rule: its digit feature, or 0 for a rule guarded by words. */
const RULE_FEATURE = RULES.map(([guard, re]) => (guard === null ? (FEATURE_OF_RULE.get(re) ?? F_DIGIT) : 0));

/** The guard words, the rules each enables, and the guard ids by the folded codes of their first two letters (a–z). */
if (RULES.length > 31) throw new Error('the rule guards keep one bit per rule: at most 31 rules');
const GUARD_WORDS: string[] = [];
/** The rules each guard word enables, one bit per rule. */
const GUARD_MASK: number[] = [];
const GUARD_TABLE: number[][] = Array.from({ length: 26 * 26 }, () => []);
RULES.forEach(([guard], r) => {
  for (const w of guard ?? []) {
    if (!/^[a-z]{2}/u.test(w)) throw new Error(`time guard "${w}" does not start with two letters a–z`);
    let id = GUARD_WORDS.indexOf(w);
    if (id < 0) {
      id = GUARD_WORDS.push(w) - 1;
      GUARD_MASK.push(0);
      GUARD_TABLE[(w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(1) - 97)]?.push(id);
    }
    GUARD_MASK[id] = (GUARD_MASK[id] ?? 0) | (1 << r);
  }
});

const foldAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function wordCode(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 27 + (foldAscii(s.charCodeAt(i)) - 96);
  return n;
}
const PAIR_HAS_GUARD = new Uint8Array(26 * 26);
GUARD_TABLE.forEach((ids, pair) => {
  if (ids.length > 0) PAIR_HAS_GUARD[pair] = 1;
});
/** Month names and abbreviations as base-27 numbers of their letters, for the whole-word month test of chrono's gate. */
const MONTH_CODES = new Set([...MONTHS.keys()].map((w) => wordCode(w, 0, w.length)));
/** The folded first-two-letter pairs that begin a month name. */
const MONTH_PAIRS = new Uint8Array(26 * 26);
for (const w of MONTHS.keys()) MONTH_PAIRS[(w.charCodeAt(0) - 97) * 26 + (w.charCodeAt(1) - 97)] = 1;

export interface Scan {
  /** Which rules may match, one bit per rule. */
  readonly on: number;
  /** Any rule at all. */
  readonly any: boolean;
  /**
   * chrono's gate: a digit and a clock ("10:30", "5 pm") or a month name as a whole word, what the strict parsers whose
   * results chronoCandidates keeps need (a month name and a day, or an hour written as a clock).
   */
  readonly chrono: boolean;
}

/**
 * The guards a sentence meets, in one pass over its characters: a rule runs only when one of its words occurs (as a
 * case-folded substring, as `text.toLowerCase().includes(w)` finds it) or the digit feature its pattern needs is there.
 */
export function scanGuards(text: string): Scan {
  let on = 0;
  let features = 0;
  let wordMonth = false;
  const n = text.length;
  let run = 0;
  /** The a–z index of the previous character when it is an ASCII letter, else -1. */
  let prevLetter = -1;
  /** Where the current run of ASCII letters starts when no word character ([A-Za-z0-9_]) precedes it, else -2. */
  let wordStart = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      run++;
      prevLetter = -1;
      wordStart = -2;
      continue;
    }
    if (run > 0) {
      features |= run === 4 ? F_DIGIT | F_YEAR : F_DIGIT;
      if (isDigitCode(i + 1 < n ? text.charCodeAt(i + 1) : 0)) {
        if (c === 45) features |= F_DASH;
        else if (c === 47) features |= F_SLASH;
        else if (c === 58) features |= F_COLON;
      }
      let j = i;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      const f = j < n ? foldAscii(text.charCodeAt(j)) : 0;
      if (f === 97 || f === 112 || f === 105 || f === 103 || f === 117 || f === 108) {
        features |= F_CLOCK;
        if (f === 97 || f === 112) {
          if (j + 1 < n && text.charCodeAt(j + 1) === 46) j++;
          const after = j + 2 < n ? foldAscii(text.charCodeAt(j + 2)) : 0;
          if (
            j + 1 < n &&
            foldAscii(text.charCodeAt(j + 1)) === 109 &&
            !(after >= 97 && after <= 122) &&
            !isDigitCode(after)
          )
            features |= F_AMPM;
        }
      }
      run = 0;
    }
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) {
      prevLetter = -1;
      wordStart = c === 95 ? -2 : -1;
      continue;
    }
    const l = (c | 32) - 97;
    if (prevLetter < 0) {
      // "Q3", "H1": a q or h before a digit
      if ((l === 16 || l === 7) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) features |= F_QN;
      prevLetter = l;
      wordStart = wordStart === -1 ? i : -2;
      continue;
    }
    // the pair of letters at i - 1, i begins the guard words and month names looked up here
    const pair = prevLetter * 26 + l;
    prevLetter = l;
    if ((l === 16 || l === 7) && i + 1 < n && isDigitCode(text.charCodeAt(i + 1))) features |= F_QN;
    const from = i - 1;
    if (!wordMonth && wordStart === from && MONTH_PAIRS[pair] === 1) {
      let j = i + 1;
      while (j < n && j - from < 10 && isLetterCode(text.charCodeAt(j))) j++;
      if (
        j - from >= 3 &&
        j - from <= 9 &&
        (j >= n || !isLetterCode(text.charCodeAt(j))) &&
        MONTH_CODES.has(wordCode(text, from, j))
      )
        wordMonth = true;
    }
    if (PAIR_HAS_GUARD[pair] !== 1) continue;
    const ids = GUARD_TABLE[pair] ?? [];
    for (let x = 0; x < ids.length; x++) {
      const id = ids[x] ?? 0;
      const mask = GUARD_MASK[id] ?? 0;
      if ((on & mask) === mask) continue;
      const w = GUARD_WORDS[id] ?? '';
      let k = 2;
      while (k < w.length && from + k < n && foldAscii(text.charCodeAt(from + k)) === w.charCodeAt(k)) k++;
      if (k === w.length) on |= mask;
    }
  }
  if (run > 0) features |= run === 4 ? F_DIGIT | F_YEAR : F_DIGIT;
  if (features !== 0) {
    for (let r = 0; r < RULES.length; r++) {
      const f = RULE_FEATURE[r] ?? 0;
      if (f !== 0 && (features & f) !== 0) on |= 1 << r;
    }
  }
  const digit = (features & F_DIGIT) !== 0;
  const chrono = digit && ((features & (F_COLON | F_AMPM)) !== 0 || wordMonth);
  return { on, any: on !== 0 || chrono, chrono };
}

/** Candidates of one sentence's text, refined, with offsets relative to that text. */
export function timesInSentence(
  text: string,
  anchorIso: string,
  st: RefState = { ref: null, quarter: null },
  pre?: Scan,
): Cand[] {
  const { c, kept } = refined(text, anchorIso, st, pre ?? scanGuards(text));
  const anchorDay = isoOfDay(c.anchor);
  for (const k of kept) {
    const iv = intervalFor(c, k, text, anchorDay);
    if (iv) {
      k.startIso = iv[0];
      k.endIso = iv[1];
    }
  }
  return kept;
}

function refined(text: string, anchorIso: string, st: RefState, scan: Scan): { c: Ctx; kept: Cand[] } {
  const a = parseIsoDate(anchorIso);
  if (!a) throw new RangeError(`anchor "${anchorIso}" is not a YYYY-MM-DD date`);
  const c: Ctx = { text, anchor: dayNumber(a.y, a.m, a.d), ay: a.y, am: a.m, ad: a.d };
  const all: Cand[] = [];
  for (let r = 0; r < RULES.length; r++) {
    if ((scan.on & (1 << r)) === 0) continue;
    const [, re, rule] = RULES[r] as (typeof RULES)[number];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const k = rule(m, c);
      if (k) all.push(k);
    }
  }
  if (scan.chrono) {
    all.push(...chronoCandidates(text, anchorIso));
  }
  all.sort((x, y) => y.end - y.start - (x.end - x.start) || x.prio - y.prio || x.start - y.start);
  let kept: Cand[] = [];
  for (const k of all) if (!kept.some((o) => o.start < k.end && k.start < o.end)) kept.push(k);
  kept.sort((x, y) => x.start - y.start);
  if (kept.some((k) => isQuotedTitle(c.text, k))) kept = kept.filter((k) => !isQuotedTitle(c.text, k));
  refineMods(c, kept);
  kept = mergeWeekdayDates(c, kept);
  kept = mergeDayYear(c, kept);
  kept = mergeClockDay(c, kept);
  quarterYearAgo(kept);
  trackReference(c, kept, st);
  if (kept.some((k) => k.anaphor)) kept = kept.filter((k) => k.value !== '');
  dateTimes(c, kept);
  return { c, kept };
}

/** Every time expression of the text, resolved against `anchor` (YYYY-MM-DD). Only pre-filtered sentences are read. */
export function findTimes(text: string, sentences: readonly Sentence[], anchor: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  const st: RefState = { ref: null, quarter: null };
  for (const s of sentences) {
    const scan = scanGuards(s.text);
    if (!scan.any) continue;
    const base = s.span[0];
    const { c, kept } = refined(s.text, anchor, st, scan);
    const anchorDay = isoOfDay(c.anchor);
    for (const k of kept) out.push(toTimeExpr(text, base, k, intervalFor(c, k, s.text, anchorDay)));
  }
  return out;
}

/** A candidate as a time expression of the whole text; `iv` is its interval when the candidate carries none. */
export function toTimeExpr(text: string, base: number, k: Cand, iv: readonly [string, string] | null = null): TimeExpr {
  const start = base + k.start;
  const end = base + k.end;
  const t: { -readonly [K in keyof TimeExpr]: TimeExpr[K] } = {
    span: [start, end],
    text: text.slice(start, end),
    type: k.type,
    value: k.value,
    known: k.known,
    implied: k.implied,
  };
  const s = iv ? iv[0] : k.startIso;
  const e = iv ? iv[1] : k.endIso;
  if (s !== undefined) t.start = s;
  if (e !== undefined) t.end = e;
  if (k.mod !== undefined) t.mod = k.mod;
  return t;
}

export { fromDayNumber };
