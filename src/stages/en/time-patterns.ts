// Regular expressions of the time grammar, built once from the word lists in time-words.ts.
// Every pattern is a flat alternation of words with bounded gaps: linear on hostile input.
import {
  APPROX_WORDS,
  CENTURY_ORDINALS,
  FIXED_HOLIDAYS,
  MOVABLE_HOLIDAYS,
  NUMBER_WORDS,
  YEAR_CENTURY_WORDS,
  YEAR_ONES_WORDS,
  YEAR_TENS_WORDS,
} from './time-words.js';

const alt = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) =>
      w
        .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
        .replace(/ /gu, '\\s+')
        .replace(/'/gu, "['’]"),
    )
    .join('|');

export const MON =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';
const WD = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const DAYNUM = '([0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR4 = '((?:1[6-9]|20)\\d\\d)';
const NUMW = `(\\d+(?:\\.\\d+)?|${alt(NUMBER_WORDS.keys())})`;
const UNIT = '(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)s?';
const APPROX = `(${alt(APPROX_WORDS)})`;
const PART = '(morning|afternoon|evening|night)';
const REL = '(last|next|this|past|coming|previous|current|following)';
const HOLIDAYS = alt([...FIXED_HOLIDAYS.keys(), ...MOVABLE_HOLIDAYS]);

// Case-insensitive without the `u` flag: V8 runs `\b` under `iu` several times slower, and these patterns need no
// Unicode mode (ASCII words, BMP punctuation; non-Unicode `i` never folds non-ASCII letters onto ASCII ones).
const re = (source: string): RegExp => new RegExp(source, 'gi');

export const P = {
  /** "January 2, 2023", "Jan. 2", "Sept. 30" */
  monthDay: re(`\\b${MON}\\s*${DAYNUM}\\b(?:,?\\s*${YEAR4}\\b)?`),
  /** "2 January 2023", "29 July", "2nd of January" */
  dayMonth: re(`\\b${DAYNUM}\\s+(?:of\\s+)?${MON}(?:,?\\s+${YEAR4})?(?![\\w])`),
  /** "July 1997", "January of 2023" */
  monthYear: re(`\\b${MON},?\\s+(?:of\\s+)?${YEAR4}\\b`),
  /** "2023-01-02", "2023-01-02T10:30" */
  iso: re('\\b(\\d{4})-(\\d\\d)-(\\d\\d)(?:[T ](\\d\\d):(\\d\\d))?\\b'),
  /** "1/2/2023" (month first) */
  slash: re('\\b(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d\\d)\\b'),
  /** "October", "last October", "this May", "December's" */
  month: re(`\\b(?:${REL}\\s+)?${MON}(?!\\w|['’](?!s\\b))`),
  /** "2014", "fiscal 1989", "the 1990s", "mid-1996", "post-1959" */
  year: re(
    `(?:(?<=\\b(?:mid|pre|post)-)|(?<![\\w$£€.,-]))(?:(fiscal|calendar)\\s+)?${YEAR4}(s)?(?![\\w%]|[.,]\\d|-\\d)`,
  ),
  /** "nineteen ninety-six", "the year two thousand", "two thousand and one" */
  spelledYear: re(
    `\\b(?:(the\\s+year)\\s+)?(?:(${alt(YEAR_CENTURY_WORDS.keys())})[\\s-]+(${alt(YEAR_TENS_WORDS.keys())})(?:[\\s-]+(${alt(YEAR_ONES_WORDS.keys())}))?|two\\s+thousand(?:\\s+and)?(?:[\\s-]+(${alt([...YEAR_TENS_WORDS.keys(), ...YEAR_ONES_WORDS.keys()])}))?)\\b(?![\\s-]+(?:percent|per|dollars?|people|hundred|thousand|million))`,
  ),
  /** "the summer", "summer 1994", "the winter of 1994", "spring" (a bare "fall" is left to the verb) */
  season: re(`\\b(?:(the)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?${YEAR4})?\\b(?![-'’])`),
  /** "Monday", "last Monday", "Monday night", "Mondays" */
  weekday: re(`\\b(?:${REL}\\s+)?${WD}(s)?(?:\\s+${PART}s?)?\\b`),
  /** "yesterday", "today", "tomorrow", "yesterday morning", "the day before yesterday" */
  deicticDay: re(`\\b(the\\s+day\\s+(?:before|after)\\s+)?(today|yesterday|tomorrow)(?:\\s+${PART})?\\b`),
  /** "this morning", "last night", "tonight", "overnight" */
  partOfToday: re(`\\b(?:(this|last|tomorrow|yesterday)\\s+${PART}|(tonight|overnight))\\b`),
  /** "last week", "this year", "the past week", "next month", "last summer", "the current fiscal year" */
  relUnit: re(
    `\\b(?:(the)\\s+)?${REL}\\s+(?:fiscal\\s+)?(week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)\\b`,
  ),
  /** "earlier this month", "later this year", "earlier today", "earlier in the day" */
  earlierLater: re(
    '\\b(earlier|later)\\s+(?:(this|last|next)\\s+(week|month|year)|(today|tonight)|in\\s+the\\s+(day|week|month|year))\\b',
  ),
  /** "year-earlier", "year-ago" */
  yearAgoAdj: re('\\b(year)-(earlier|ago)\\b'),
  /** "a week ago", "about two years ago", "ten days earlier", "a month or so ago" */
  ago: re(
    `\\b(?:${APPROX}\\s+)?${NUMW}[\\s-]+${UNIT}(?:\\s+or\\s+so)?\\s+(ago|earlier|later|from\\s+now|hence|back)\\b`,
  ),
  /** "two days", "24 hours", "the past two months", "ten-month", "nearly three years", "2 1/2 years", "a minute and a half" */
  duration: re(
    `\\b(?:${APPROX}\\s+)?(?:(the)\\s+(?:(past|last|next|previous|first|latest|coming|final|following|initial|remaining|same)\\s+)?)?(?:(past|last|next|first|previous|coming)\\s+)?${NUMW}(?:\\s+1/2|\\s+and\\s+a\\s+half)?[\\s-]+${UNIT}(?:\\s+and\\s+a\\s+half)?(?![-\\s]*olds?\\b)(?![\\w-])`,
  ),
  /** "for years", "for weeks" */
  vagueDuration: re('\\b(?:for|over|within)\\s+(hours|days|weeks|months|years|decades)\\b(?!\\s+(?:ago|of|to))'),
  /** "recent months", "recent years" */
  recentUnits: re('\\b(recent|coming)\\s+(days|weeks|months|years|decades)\\b'),
  /** "daily", "every day", "each week", "every Monday" */
  frequency: re(
    `\\b(?:(daily|nightly|weekly|monthly|annually|yearly|hourly|quarterly)|(every|each)\\s+(?:(other)\\s+)?(day|night|week|month|year|quarter|morning|evening|afternoon|${WD.slice(1, -1)}))\\b`,
  ),
  /** "now", "currently", "recently", "the past", "the future", "the near future", "the short term" */
  deictic: re(
    "\\b(now|currently|presently|at\\s+present|nowadays|current|the\\s+present|recently|lately|the\\s+past|the\\s+(?:(?:near|foreseeable|immediate|distant)\\s+)?future|the\\s+(?:near|short|long)\\s+term)\\b(?!['’]s\\b|-)",
  ),
  /** "New Year's Eve", "Christmas", "Easter" */
  holiday: re(`\\b(?:(last|next|this)\\s+)?(${HOLIDAYS})(?![\\w])`),
  /** "the third quarter", "third-quarter", "the first quarter of 2023", "the latest quarter" */
  quarter: re(
    `\\b(?:(the)\\s+)?(?:(fiscal|latest|current|previous|last|past|same|year-earlier|year-ago|calendar|recent)\\s+)?(?:(first|second|third|fourth|1st|2nd|3rd|4th)([\\s-]+))?(quarter|half|period)\\b(?:\\s+of\\s+(?:fiscal\\s+)?${YEAR4}\\b)?`,
  ),
  /** "the 1988 second quarter", "the 1989 period", "the 1990 first half" */
  yearQuarter: re(`\\bthe\\s+${YEAR4}\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period|half)\\b`),
  /**
   * "the year ended March 31" (the measure, group 1), "year-end", "year's end", "the end of the year" (group 2), "the
   * 20th century", "the nineteenth century" (groups 3 and 4: the ordinal in digits or in words)
   */
  yearPhrase: re(
    `\\b(?:(the\\s+(?:fiscal\\s+)?year)(?=\\s+(?:ended|ending)\\b)|(year[-\\s]end|year['’]s\\s+end|the\\s+end\\s+of\\s+the\\s+(?:fiscal\\s+)?year)\\b|(?:the\\s+)?(?:([12]?\\d)(?:st|nd|rd|th)|(${alt(CENTURY_ORDINALS.keys())}))[\\s-]+century\\b)`,
  ),
  /** "that year", "later that month", "the following year", "that same day": the time the text has reached */
  anaphoric: re(
    '\\b(?:(earlier|later)\\s+)?(that\\s+same|that|the\\s+following|the\\s+previous|the\\s+same)\\s+(year|month|day)\\b(?![-\\s]+(?:old|long)\\b)',
  ),
  /** "the weekend" */
  theWeekend: re('\\bthe\\s+weekend\\b'),
  /** "Q3 2023" */
  qn: re(`\\b(Q[1-4]|H[12])(?:\\s+${YEAR4})?\\b`),
  /** "10:30 am", "10 a.m.", "4 in the morning", "14:00 GMT" */
  clock: re(
    '\\b(\\d{1,2})(?:[:.](\\d\\d))?\\s*(?:(a\\.m\\.|p\\.m\\.|am\\b|pm\\b|a\\.m\\b|p\\.m\\b)|in\\s+the\\s+(morning|afternoon|evening)\\b|(?=\\s*(?:GMT|UTC|local\\s+time)\\b))(?:\\s*(?:\\(\\d{4}\\s+GMT\\)|GMT|UTC|local\\s+time))?',
  ),
  /** "dawn", "midnight", "the morning", "early in the morning" */
  partOfDay: re(
    '\\b(?:(the)\\s+)?(dawn|daybreak|dusk|nightfall|sunrise|sunset|midday|noon|midnight)\\b|\\b(?:(early|late)\\s+in\\s+)?\\bthe\\s+(morning|afternoon|evening)\\b',
  ),
  /** Prefixes that narrow a period, matched at the end of the text before an expression. */
  modBefore:
    /\b(early\s+on|late\s+on|early|late|mid-|mid|the\s+(?:start|beginning|end|middle|turn)\s+of|the\s+(?:first|second)\s+half\s+of)\s*$/i,
  sinceBefore: /\bsince\s+$/i,
} as const;

/** News agencies whose bylines carry a dateline. */
const AGENCY =
  '(?:Reuters|AP|AFP|Bloomberg|UPI|Xinhua|dpa|DPA|IANS|PTI|ANI|TASS|Interfax|Ukrinform|RIA|Anadolu|EFE|ANSA|Kyodo|Yonhap|CNN|BBC)';
const DL_DATE = `((?:${MON}\\s*[0-3]?\\d(?:st|nd|rd|th)?(?:,?\\s*(?:1[6-9]|20)\\d\\d)?)|(?:[0-3]?\\d\\s+${MON}(?:,?\\s+(?:1[6-9]|20)\\d\\d)?)|(?:\\d{4}-\\d\\d-\\d\\d))`;

/** Datelines: "KYIV, Jan 2 (Reuters) -", "(AFP) 2 January 2023", "January 2, 2023 —", "Published: 2023-01-02". */
export const DATELINE: readonly RegExp[] = [
  new RegExp(`${DL_DATE}\\s*\\(\\s*${AGENCY}\\s*\\)`, 'gu'),
  new RegExp(`\\(\\s*${AGENCY}\\s*\\)\\s*[-–—]?\\s*${DL_DATE}`, 'gu'),
  new RegExp(`(?:^|\\n)[ \\t]*${DL_DATE}\\s*[-–—]`, 'gu'),
  new RegExp(
    `\\b(?:Published|Updated|Posted|Last updated|Date|First published)\\s*(?::|on)?\\s*(?:on\\s+)?(?:\\p{L}+day,?\\s+)?${DL_DATE}`,
    'giu',
  ),
];
