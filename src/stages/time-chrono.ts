// chrono-node for the numeric dates and clock times the grammar's own patterns leave ("12/25 at 5pm", "2023.01.02").
// Only results that state a month and a day, or an hour, are kept: chrono's casual readings are left to the grammar.
import * as chrono from 'chrono-node';
import type { DatePart } from '../core/layers/time.js';
import type { Cand } from './time-grammar.js';
import { isoDate, pad, parseIsoDate } from './time-calendar.js';

const PARTS: readonly DatePart[] = ['year', 'month', 'day', 'weekday', 'hour', 'minute'];

/** chrono's strict English parser over one sentence, as grammar candidates (lowest preference). */
export function chronoCandidates(text: string, anchorIso: string): Cand[] {
  const a = parseIsoDate(anchorIso);
  if (!a) return [];
  const ref = new Date(Date.UTC(a.y, a.m - 1, a.d, 12));
  const out: Cand[] = [];
  for (const r of chrono.strict.parse(text, { instant: ref, timezone: 0 })) {
    // "Aug. 26 to Oct. 20": each end is its own expression; joinRanges pairs them
    if (r.end) continue;
    const s = r.start;
    const known = PARTS.filter((p) => s.isCertain(p));
    const hasDay = s.isCertain('day') && s.isCertain('month');
    const hasHour = s.isCertain('hour');
    if (!hasDay && !hasHour) continue;
    if (!/\d/u.test(r.text)) continue;
    // "90 days after their issue", "three days later": a measure from another time, which the grammar tags as a duration
    if (/\s(?:after|later)$/iu.test(r.text.trimEnd())) continue;
    // "at 1,015 francs a share": the hour is the head of a longer number
    if (/^[,.]\d/u.test(text.slice(r.index + r.text.length, r.index + r.text.length + 2))) continue;
    // Keep what chrono reads from a month name or a clock ("10:30", "5 pm"), not bare number pairs ("2.50 a share", "7/8").
    if (hasDay && !/\p{L}{3}|\d{4}/u.test(r.text)) continue;
    if (!hasDay && !/\d:\d\d|\d\s*[ap]\.?m\b/iu.test(r.text)) continue;
    const y = s.get('year') ?? a.y;
    const m = s.get('month') ?? a.m;
    const d = s.get('day') ?? a.d;
    const date = isoDate(y, m, d);
    const implied = PARTS.filter(
      (p) => !known.includes(p) && p !== 'weekday' && (hasHour || (p !== 'hour' && p !== 'minute')),
    );
    const value = hasHour ? `${date}T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}` : date;
    const lead = /^(?:at|on|in|from|by|since|until)\s+/iu.exec(r.text)?.[0].length ?? 0;
    const trail = r.text.length - r.text.trimEnd().length;
    out.push({
      start: r.index + lead,
      end: r.index + r.text.length - trail,
      type: hasHour ? 'TIME' : 'DATE',
      value,
      known,
      implied,
      prio: 9,
    });
  }
  return out;
}
