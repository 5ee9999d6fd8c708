// Date ranges: "between March 27 and 31, 2022", "from June 14 to 17", "March 27-31": the opening date keeps its TIMEX3
// value, takes the year the range states, and spans the whole range, whose interval becomes its start and end.
import type { TimeExpr } from '../core/layers/time.js';
import { isValidDate, parseIsoDate } from './time-calendar.js';

const BEFORE = /(?:between|from)\s+$/iu;
// " and 31, 2022", " to 17", "-31, 2022"; bounded, no nested repetition
const AFTER = /^(?:\s+(?:and|to|until|through)\s+|\s?[-–]\s?)(\d{1,2})(?:,\s+(\d{4}))?(?!\d)/u;

// a range the grammar already took whole: "June 14 to 17", "June 14-17"
const INSIDE = /(\d{1,2})(?:\s+(?:and|to|until|through)\s+|\s?[-–]\s?)(\d{1,2})(?:,\s+(\d{4}))?$/u;

const pad = (n: number): string => String(n).padStart(2, '0');

export function joinRanges(text: string, times: readonly TimeExpr[]): TimeExpr[] {
  const out: TimeExpr[] = [];
  let skipUntil = -1;
  for (const t of times) {
    if (t.span[0] < skipUntil) continue;
    const d = t.type === 'DATE' && t.known.includes('month') && t.known.includes('day') ? parseIsoDate(t.value) : null;
    const inside = d ? INSIDE.exec(t.text) : null;
    if (
      d &&
      inside &&
      Number(inside[1]) === d.d &&
      Number(inside[2]) > d.d &&
      isValidDate(d.y, d.m, Number(inside[2]))
    ) {
      out.push({ ...t, start: t.value.slice(0, 10), end: `${d.y}-${pad(d.m)}-${pad(Number(inside[2]))}` });
      continue;
    }
    const after = d ? AFTER.exec(text.slice(t.span[1], t.span[1] + 16)) : null;
    const preposition = BEFORE.test(text.slice(Math.max(0, t.span[0] - 9), t.span[0]));
    if (!d || !after || (!preposition && !/^\s?[-–]/u.test(text.slice(t.span[1], t.span[1] + 2)))) {
      out.push(t);
      continue;
    }
    const lastDay = Number(after[1]);
    const year = after[2] !== undefined ? Number(after[2]) : d.y;
    if (lastDay <= d.d || !isValidDate(year, d.m, lastDay) || !isValidDate(year, d.m, d.d)) {
      out.push(t);
      continue;
    }
    const end = t.span[1] + after[0].length;
    const startIso = `${year}-${pad(d.m)}-${pad(d.d)}`;
    out.push({
      ...t,
      span: [t.span[0], end],
      text: text.slice(t.span[0], end),
      value: startIso + t.value.slice(10),
      known: after[2] !== undefined && !t.known.includes('year') ? [...t.known, 'year'] : t.known,
      implied: after[2] !== undefined ? t.implied.filter((p) => p !== 'year') : t.implied,
      start: startIso,
      end: `${year}-${pad(d.m)}-${pad(lastDay)}`,
    });
    skipUntil = end;
  }
  return out;
}
