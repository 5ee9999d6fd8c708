// English words for time expressions: months, weekdays, parts of the day, units, holidays, seasons, cue words.
// Pure data (plus the regex source fragments built from it); the grammar that uses them is src/stages/time-grammar.ts.

/** Month names and abbreviations (lower case, without the full stop) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

/** Month abbreviations ("jan", "sept"): every key of MONTHS but the full name of its month. */
export const MONTH_ABBREVIATIONS: readonly string[] = [...MONTHS.keys()].filter((k) =>
  [...MONTHS].some(([full, m]) => m === MONTHS.get(k) && full.length > k.length),
);

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). Abbreviations are left out: "Sun", "Sat" and "Wed" are words. */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sunday', 7],
]);

/** Parts of the day → TIMEX3 part-of-day code, or a clock time "HH:MM". */
export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['dawn', 'MO'],
  ['daybreak', 'MO'],
  ['sunrise', 'MO'],
  ['dusk', 'EV'],
  ['nightfall', 'EV'],
  ['sunset', 'EV'],
  ['midday', '12:00'],
  ['noon', '12:00'],
  ['midnight', '24:00'],
]);

/** Duration units → [TIMEX3 unit letter, whether it is a clock unit (PT…)]. */
export const UNITS: ReadonlyMap<string, readonly [string, boolean]> = new Map([
  ['second', ['S', true]],
  ['minute', ['M', true]],
  ['hour', ['H', true]],
  ['day', ['D', false]],
  ['night', ['D', false]],
  ['week', ['W', false]],
  ['fortnight', ['W', false]],
  ['month', ['M', false]],
  ['quarter', ['Q', false]],
  ['year', ['Y', false]],
  ['decade', ['DE', false]],
  ['century', ['CE', false]],
  ['centurie', ['CE', false]],
]);

/** Counting words → number; null for vague counts ("several", "a few") that give an X in the value. */
export const NUMBER_WORDS: ReadonlyMap<string, number | null> = new Map([
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['a hundred', 100],
  ['a few', null],
  ['few', null],
  ['several', null],
  ['a couple of', 2],
  ['couple of', 2],
  ['many', null],
  ['some', null],
  ['a dozen', 12],
  ['dozens of', null],
]);

export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['1st', 1],
  ['second', 2],
  ['2nd', 2],
  ['third', 3],
  ['3rd', 3],
  ['fourth', 4],
  ['4th', 4],
]);

/** Ordinals that name a century ("the nineteenth century" is 18xx, TIMEX3 value "18"). */
export const CENTURY_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['twenty-first', 21],
  ['twenty first', 21],
]);

/** Seasons → TIMEX3 season code. */
export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** Fixed-date holidays: name (lower case, straight apostrophe) → [month, day]. */
export const FIXED_HOLIDAYS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["new year's eve", [12, 31]],
  ["new year's day", [1, 1]],
  ['new year', [1, 1]],
  ['new years eve', [12, 31]],
  ['new years day', [1, 1]],
  ['christmas eve', [12, 24]],
  ['christmas day', [12, 25]],
  ['christmas', [12, 25]],
  ['orthodox christmas', [1, 7]],
  ['boxing day', [12, 26]],
  ['halloween', [10, 31]],
  ["valentine's day", [2, 14]],
  ["st. valentine's day", [2, 14]],
  ['independence day', [7, 4]],
  ['victory day', [5, 9]],
]);

/** Holidays computed per year. */
export const MOVABLE_HOLIDAYS = ['easter', 'easter sunday', 'thanksgiving', 'thanksgiving day'] as const;

/** Words that make a bare reference point to the past or the present. */
export const DEICTIC: ReadonlyMap<string, string> = new Map([
  ['now', 'PRESENT_REF'],
  ['currently', 'PRESENT_REF'],
  ['presently', 'PRESENT_REF'],
  ['at present', 'PRESENT_REF'],
  ['nowadays', 'PRESENT_REF'],
  ['current', 'PRESENT_REF'],
  ['the present', 'PRESENT_REF'],
  ['recently', 'PAST_REF'],
  ['lately', 'PAST_REF'],
  ['previously', 'PAST_REF'],
  ['formerly', 'PAST_REF'],
  ['the past', 'PAST_REF'],
  ['once', 'PAST_REF'],
  ['soon', 'FUTURE_REF'],
  ['the future', 'FUTURE_REF'],
  ['shortly', 'FUTURE_REF'],
]);

/** Adverbs of frequency → SET value. */
export const FREQUENCIES: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'],
  ['nightly', 'P1D'],
  ['weekly', 'P1W'],
  ['monthly', 'P1M'],
  ['annually', 'P1Y'],
  ['yearly', 'P1Y'],
  ['hourly', 'PT1H'],
]);

/** Approximating modifiers a duration or an "ago" may carry inside its extent. */
export const APPROX_WORDS = [
  'about',
  'nearly',
  'almost',
  'more than',
  'less than',
  'fewer than',
  'over',
  'some',
  'roughly',
  'approximately',
  'at least',
  'up to',
  'just',
  'only',
  'around',
  'barely',
  'at most',
] as const;

/** Prefixes that narrow a period ("early 2023", "the end of May") → TIMEX3 mod. */
export const PERIOD_MODS: ReadonlyMap<string, string> = new Map([
  ['early', 'START'],
  ['late', 'END'],
  ['mid', 'MID'],
  ['mid-', 'MID'],
  ['the start of', 'START'],
  ['the beginning of', 'START'],
  ['the end of', 'END'],
  ['the middle of', 'MID'],
  ['the first half of', 'START'],
  ['the second half of', 'END'],
  ['the turn of', 'START'],
  ['late on', 'END'],
  ['early on', 'START'],
]);

/** Words before a bare four-digit number that make it a year. */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'since',
  'by',
  'until',
  'till',
  'of',
  'from',
  'during',
  'before',
  'after',
  'through',
  'throughout',
  'to',
  'and',
  'between',
  'early',
  'late',
  'mid',
  'fiscal',
  'calendar',
  'year',
  'around',
  'circa',
  'the',
  'for',
  'summer',
  'spring',
  'winter',
  'autumn',
  'fall',
  'or',
  'as',
  'than',
  'against',
  'versus',
  'vs',
  'on',
  'at',
  'december',
  'november',
  'october',
  'september',
  'august',
  'july',
  'june',
  'may',
  'april',
  'march',
  'february',
  'january',
  // determiners of an attributive year ("a 1996 law", "its 1990 invasion", "due 1993")
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'that',
  'this',
  'whose',
  'due',
  'both',
  'post',
  'pre',
]);

/** The one-word counting words whose number passes a test (some left out), as a map from word to number. */
function numberWordsWhere(test: (n: number) => boolean, except: readonly string[] = []): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [word, n] of NUMBER_WORDS) {
    if (n !== null && test(n) && !word.includes(' ') && !except.includes(word)) out.set(word, n);
  }
  return out;
}

/** Spelled-out years: the century words and the two-digit remainders ("nineteen ninety-six", "two thousand and one"). */
export const YEAR_CENTURY_WORDS: ReadonlyMap<string, number> = new Map([
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
]);
export const YEAR_TENS_WORDS: ReadonlyMap<string, number> = numberWordsWhere((n) => n >= 10 && n <= 90);
export const YEAR_ONES_WORDS: ReadonlyMap<string, number> = numberWordsWhere((n) => n >= 1 && n <= 9, ['a', 'an']);

/** Words around an expression that point it to the future (weekdays, months and holidays then resolve forwards). */
export const FUTURE_CUE =
  /\b(?:will|'ll|shall|going to|due to|scheduled|expected to|plans? to|planned|planning|to be held|set to|upcoming|as soon as|as early as|might|could|postponed|delayed|deadline|is to|are to|payable|effective)\b/i;

/** A future cue seen from an earlier time ("had been due to expire Friday", "had been scheduled"): the date is past. */
export const PAST_PERFECT_CUE = /\bhad\s+(?:been\s+)?(?:due|scheduled|expected|planned|planning|set|going)\b/i;

/** Words right before a date that point it ahead ("by February", "until March 6", "payable Dec. 15"). */
export const FUTURE_BEFORE: ReadonlySet<string> = new Set(['by', 'until', 'till', 'payable', 'effective']);

/** Capitalised words that make a following weekday part of a name ("Bloody Sunday", "Black Friday"). */
export const NAME_BEFORE_WEEKDAY: ReadonlySet<string> = new Set([
  'black',
  'bloody',
  'cyber',
  'good',
  'super',
  'easter',
  'palm',
  'holy',
  'ash',
  'shrove',
  'maundy',
  'blue',
  'manic',
  'clean',
  'great',
  'giving',
  'orthodox',
  'low',
  'whit',
  'trinity',
  'rose',
]);

/** Words before "May" that make it the month and not the verb ("in May", "since May", "early May"). */
export const MAY_CUES: ReadonlySet<string> = new Set([
  'in',
  'since',
  'until',
  'till',
  'by',
  'during',
  'of',
  'from',
  'through',
  'early',
  'late',
  'mid',
  'mid-',
  'last',
  'next',
  'this',
  'before',
  'after',
  'throughout',
  'to',
  'and',
  'or',
  'between',
  'on',
  'end',
  'beginning',
  'start',
]);
