// Calendar arithmetic on day numbers (days since 1970-01-01, UTC) and the calendar interval a TIMEX3 value denotes.

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const DAY_MS = 86_400_000;

export const dayNumber = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** ISO weekday of a day number: Monday 1 … Sunday 7. */
export const isoWeekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const isoDate = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export const isoOfDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return isoDate(y, m, d);
};

/** Parses YYYY-MM-DD (a longer ISO timestamp is cut to its date); null when it is not a date. */
export function parseIsoDate(s: string): Ymd | null {
  const m = /^(\d{4})-(\d\d)-(\d\d)/u.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return { y, m: mo, d };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** ISO week [year, week] of a day number. */
export function isoWeek(n: number): [number, number] {
  const thursday = n - isoWeekday(n) + 4;
  const { y } = fromDayNumber(thursday);
  const week = Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1;
  return [y, week];
}

export const weekValue = (n: number): string => {
  const [y, w] = isoWeek(n);
  return `${pad(y, 4)}-W${pad(w)}`;
};

/** Day number of the Monday of ISO week `w` of year `y`. */
export function mondayOfIsoWeek(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (w - 1) * 7;
}

/** [year, month] moved by `k` months. */
export function addMonths(y: number, m: number, k: number): [number, number] {
  const t = y * 12 + (m - 1) + k;
  return [Math.floor(t / 12), (((t % 12) + 12) % 12) + 1];
}

/** Easter Sunday (Gregorian), anonymous algorithm. */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** US Thanksgiving: the fourth Thursday of November. */
export function thanksgiving(y: number): Ymd {
  const first = dayNumber(y, 11, 1);
  const firstThursday = first + ((4 - isoWeekday(first) + 7) % 7);
  return fromDayNumber(firstThursday + 21);
}

const SEASON_MONTHS: Readonly<Record<string, readonly [number, number]>> = {
  SP: [3, 5],
  SU: [6, 8],
  FA: [9, 11],
  WI: [12, 14],
};

/** The calendar interval (inclusive ISO dates) a TIMEX3 DATE value denotes, or null when it denotes none. */
export function intervalOf(value: string): [string, string] | null {
  let m = /^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$/u.exec(value);
  if (m) return [value.slice(0, 10), value.slice(0, 10)];
  m = /^(\d{4})-(\d\d)$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return [isoDate(y, mo, 1), isoDate(y, mo, daysInMonth(y, mo))];
  }
  m = /^(\d{4})$/u.exec(value);
  if (m) return [`${m[1] ?? ''}-01-01`, `${m[1] ?? ''}-12-31`];
  m = /^(\d{4})-W(\d\d)(-WE)?$/u.exec(value);
  if (m) {
    const mon = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    return m[3] ? [isoOfDay(mon + 5), isoOfDay(mon + 6)] : [isoOfDay(mon), isoOfDay(mon + 6)];
  }
  m = /^(\d{4})-Q([1-4])$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return [isoDate(y, q * 3 - 2, 1), isoDate(y, q * 3, daysInMonth(y, q * 3))];
  }
  m = /^(\d{4})-H([12])$/u.exec(value);
  if (m)
    return m[2] === '1'
      ? [`${m[1] ?? ''}-01-01`, `${m[1] ?? ''}-06-30`]
      : [`${m[1] ?? ''}-07-01`, `${m[1] ?? ''}-12-31`];
  m = /^(\d{4})-(SP|SU|FA|WI)$/u.exec(value);
  if (m) {
    const y = Number(m[1]);
    const [a, b] = SEASON_MONTHS[m[2] ?? ''] ?? [1, 1];
    const [ey, em] = addMonths(y, 1, b - 1);
    return [isoDate(y, a, 1), isoDate(ey, em, daysInMonth(ey, em))];
  }
  m = /^(\d{3})$/u.exec(value);
  if (m) return [`${m[1] ?? ''}0-01-01`, `${m[1] ?? ''}9-12-31`];
  m = /^(\d{2})$/u.exec(value);
  if (m) return [`${m[1] ?? ''}00-01-01`, `${m[1] ?? ''}99-12-31`];
  return null;
}
