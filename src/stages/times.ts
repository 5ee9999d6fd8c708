// The times stage: every time expression as a TIMEX3 type and value, resolved against the publication date,
// with a check that stated full dates agree with the weekdays the text names (W_DATE_INCONSISTENT).
import type { Note } from '../core/doc.js';
import type { Sentence } from '../core/layers/text.js';
import type { TimeExpr } from '../core/layers/time.js';
import { defineStage } from '../pipeline/stage.js';
import { WEEKDAYS } from './en/time-words.js';
import { dayNumber, isoOfDay, isoWeekday, isValidDate, parseIsoDate } from './time-calendar.js';
import { findTimes } from './time-grammar.js';
import { joinRanges } from './time-ranges.js';

export { findTimes };

const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LEADING_WEEKDAY =
  /^(?:(?:early|late)\s+(?:on\s+)?)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/iu;

const dayOf = (iso: string): number | null => {
  const d = parseIsoDate(iso);
  return d ? dayNumber(d.y, d.m, d.d) : null;
};

/**
 * Checks every stated full date against its own weekday and against the weekdays the text names relative to the anchor.
 * A date a year off from a reading that the weekdays support ("January 2, 2022" beside "on Monday" when the anchor is
 * Monday 2023-01-02) is resolved to that reading, keeps the stated value in `corrected_from`, and gets a note.
 */
export function checkConsistency(times: readonly TimeExpr[], anchor: string): { times: TimeExpr[]; notes: Note[] } {
  const notes: Note[] = [];
  const a = dayOf(anchor);
  if (a === null) return { times: [...times], notes };
  const weekdayDays = new Set<number>();
  for (const t of times) {
    if (t.known.length === 1 && t.known[0] === 'weekday') {
      const d = dayOf(t.value);
      if (d !== null) weekdayDays.add(d);
    }
  }
  const out = times.map((t): TimeExpr => {
    if (!(t.known.includes('year') && t.known.includes('month') && t.known.includes('day'))) return t;
    const stated = parseIsoDate(t.value);
    if (!stated) return t;
    const sd = dayNumber(stated.y, stated.m, stated.d);
    const named = LEADING_WEEKDAY.exec(t.text)?.[1];
    const namedWd = named ? (WEEKDAYS.get(named.toLowerCase()) ?? 0) : 0;
    const ay = Number(anchor.slice(0, 4));
    let alt: number | null = null;
    for (const y of [ay - 1, ay, ay + 1]) {
      if (y === stated.y || !isValidDate(y, stated.m, stated.d)) continue;
      const d = dayNumber(y, stated.m, stated.d);
      if (Math.abs(d - a) <= 7 && (alt === null || Math.abs(d - a) < Math.abs(alt - a))) alt = d;
    }
    const statedWd = isoWeekday(sd);
    const altSupported =
      alt !== null &&
      Math.abs(sd - a) > 300 &&
      (namedWd ? namedWd === isoWeekday(alt) && namedWd !== statedWd : weekdayDays.has(alt) && !weekdayDays.has(sd));
    if (alt !== null && altSupported) {
      const value = isoOfDay(alt) + t.value.slice(10);
      const why = namedWd
        ? `the text names it a ${WEEKDAY_NAMES[namedWd] ?? ''}`
        : `the text's "${WEEKDAY_NAMES[isoWeekday(alt)] ?? ''}" resolves to ${isoOfDay(alt)} from the publication date ${anchor}`;
      notes.push({
        code: 'W_DATE_INCONSISTENT',
        message: `"${t.text}" reads ${t.value.slice(0, 10)} (a ${WEEKDAY_NAMES[statedWd] ?? ''}), but ${why}; chose ${isoOfDay(alt)}`,
        span: t.span,
      });
      return { ...t, value, start: isoOfDay(alt), end: isoOfDay(alt), corrected_from: t.value };
    }
    if (namedWd && namedWd !== statedWd) {
      notes.push({
        code: 'W_DATE_INCONSISTENT',
        message: `"${t.text}" names a ${WEEKDAY_NAMES[namedWd] ?? ''}, but ${t.value.slice(0, 10)} is a ${WEEKDAY_NAMES[statedWd] ?? ''}; kept the stated date`,
        span: t.span,
      });
    }
    return t;
  });
  return { times: out, notes };
}

/** The anchor when no publication date is known: the latest full date the text states, else none. */
function fallbackAnchor(text: string, sentences: readonly Sentence[]): string | null {
  let best: string | null = null;
  for (const t of findTimes(text, sentences, '2000-01-01')) {
    if (t.type === 'DATE' && t.known.includes('year') && t.known.includes('day')) {
      const v = t.value.slice(0, 10);
      if (best === null || v > best) best = v;
    }
  }
  return best;
}

export const timesStage = defineStage({
  name: 'times',
  version: '1',
  requires: ['sentences', 'datelines'],
  assigns: ['times'],
  run: (doc, ctx) => {
    const sentences = doc.get('sentences');
    const anchor =
      doc.meta.published ?? ctx.published ?? doc.get('datelines')[0]?.value ?? fallbackAnchor(doc.text, sentences);
    if (anchor === null) return { layers: { times: [] } };
    const found = joinRanges(doc.text, findTimes(doc.text, sentences, anchor));
    const { times, notes } = checkConsistency(found, anchor);
    return { layers: { times }, notes };
  },
});
