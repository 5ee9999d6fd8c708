// English word lists for the quantities recogniser: number words, scales, modifiers, vague amounts and their
// conventions, units, and the cues that give a figure its role (an age, a date, a time, a label).
import type { Qualifier } from '../../core/layers/quantity.js';
import type { VagueConventionName } from '../../pipeline/stage.js';

const words = (s: string): string[] => s.split(/\s+/).filter((w) => w.length > 0);

/** Cardinal number words below twenty. */
export const UNIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nil', 0], ['nought', 0], ['naught', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]); // prettier-ignore

/** Tens words. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70],
  ['eighty', 80], ['ninety', 90],
]); // prettier-ignore

/** Multipliers written as words after a figure ("1.2 million", "two hundred", "3 lakh"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['lakh', 1e5],
  ['crore', 1e7],
]); // prettier-ignore

/** Plural scale words inside a figure ("4 millions" occurs in translated text). */
export const PLURAL_SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9], ['trillions', 1e12], ['lakhs', 1e5], ['crores', 1e7],
]); // prettier-ignore

/** Scale abbreviations after digits, by exact text then lower case ("10k", "£5m", "1.2bn", "10 bln", "8 B"). */
export const SUFFIX_SCALES: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['mn', 1e6], ['mln', 1e6], ['mio', 1e6], ['b', 1e9], ['B', 1e9],
  ['bn', 1e9], ['bln', 1e9], ['tn', 1e12], ['trn', 1e12], ['tln', 1e12], ['T', 1e12], ['mil', 1e6], ['MM', 1e6],
]); // prettier-ignore

/** Scale abbreviations that may stand after a space ("10 bln", "8 B"). */
export const SPACED_SUFFIXES: ReadonlySet<string> = new Set([
  'K',
  'k',
  'M',
  'B',
  'bn',
  'mn',
  'mln',
  'bln',
  'tn',
  'trn',
  'tln',
  'MM',
]);

/** "dozen", "dozens": twelve as a multiplier. */
export const DOZEN_WORDS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'doz', 'dozs', 'dz', 'dzs']);

/** Denominators written as words ("two thirds", "a quarter"); "second" is left out (a unit of time). */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fourth', 4],
  ['fourths', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['seventh', 7], ['sevenths', 7],
  ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10], ['hundredth', 100],
  ['hundredths', 100], ['thousandth', 1000], ['thousandths', 1000], ['millionth', 1e6], ['millionths', 1e6],
  ['billionth', 1e9], ['billionths', 1e9], ['trillionth', 1e12], ['trillionths', 1e12],
]); // prettier-ignore

/** Unicode fractions. */
export const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2], ['⅓', 1 / 3], ['⅔', 2 / 3], ['¼', 1 / 4], ['¾', 3 / 4], ['⅕', 1 / 5], ['⅖', 2 / 5], ['⅗', 3 / 5],
  ['⅘', 4 / 5], ['⅙', 1 / 6], ['⅚', 5 / 6], ['⅛', 1 / 8], ['⅜', 3 / 8], ['⅝', 5 / 8], ['⅞', 7 / 8],
]); // prettier-ignore

/** Words that make the figure after them negative. */
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(['minus', 'negative']);

/** Suffixes glued to digits that make an ordinal ("1st", "128th"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th', 'd']);

/** Month names and abbreviations, lower case ("may" is checked for case where it matters). */
export const MONTHS: ReadonlySet<string> = new Set(
  words(
    'january february march april may june july august september october november december ' +
      'jan feb mar apr jun jul aug sep sept oct nov dec',
  ),
);

/** Ordinal words and their values ("third", "twenty-first" is handled as tens + ordinal). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1000], ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12],
]); // prettier-ignore

export interface ModifierPhrase {
  readonly words: readonly string[];
  readonly qualifier: Qualifier;
}

/** Hedges that stand right before a figure ("nearly 400", "more than $19 billion"), lower-case words. */
export const MODIFIERS: readonly ModifierPhrase[] = (
  [
    ['more than', 'more_than'], ['over', 'more_than'], ['above', 'more_than'], ['upwards of', 'more_than'],
    ['upward of', 'more_than'], ['in excess of', 'more_than'], ['greater than', 'more_than'],
    ['just over', 'more_than'], ['well over', 'more_than'], ['well above', 'more_than'], ['over than', 'more_than'],
    ['more then', 'more_than'], ['beyond', 'more_than'], ['exceeding', 'more_than'], ['just above', 'more_than'],
    ['at least', 'at_least'], ['no fewer than', 'at_least'], ['no less than', 'at_least'],
    ['not less than', 'at_least'], ['not fewer than', 'at_least'], ['a minimum of', 'at_least'],
    ['at a minimum', 'at_least'], ['or more', 'at_least'],
    ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just under', 'nearly'],
    ['just shy of', 'nearly'], ['just below', 'nearly'], ['closer to', 'nearly'], ['nearing', 'nearly'],
    ['up to', 'up_to'], ['as many as', 'up_to'], ['as much as', 'up_to'], ['as high as', 'up_to'],
    ['at most', 'at_most'], ['no more than', 'at_most'], ['not more than', 'at_most'], ['a maximum of', 'at_most'],
    ['at the most', 'at_most'], ['not exceeding', 'at_most'], ['no greater than', 'at_most'],
    ['less than', 'less_than'], ['fewer than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
    ['lower than', 'less_than'], ['smaller than', 'less_than'], ['well under', 'less_than'],
    ['well below', 'less_than'],
    ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['some', 'about'], ['approximately', 'about'],
    ['an estimated', 'about'], ['estimated', 'about'], ['approx', 'about'], ['circa', 'about'], ['ca', 'about'],
    ['an approximate', 'about'], ['approximate', 'about'], ['nearly about', 'about'], ['about some', 'about'],
    ['give or take', 'about'], ['something like', 'about'], ['in the region of', 'about'],
    ['on the order of', 'about'], ['round about', 'about'], ['an average of', 'about'], ['on average', 'about'],
    ['~', 'about'], ['≈', 'about'], ['>', 'more_than'], ['<', 'less_than'], ['≥', 'at_least'], ['≤', 'at_most'],
    ['>=', 'at_least'], ['<=', 'at_most'], ['exactly', 'exact'], ['precisely', 'exact'], ['just', 'exact'],
    ['only', 'exact'], ['a total of', 'exact'], ['a further', 'exact'], ['another', 'exact'],
  ] as const
).map(([p, qualifier]) => ({ words: words(p), qualifier })); // prettier-ignore

/** Hedges that follow a figure ("400 or more", "50 or so"). */
export const POST_MODIFIERS: readonly ModifierPhrase[] = (
  [
    ['or more', 'at_least'], ['and more', 'at_least'], ['or above', 'at_least'], ['plus', 'at_least'],
    ['or so', 'about'], ['or less', 'at_most'], ['or fewer', 'at_most'], ['and above', 'at_least'],
    ['and over', 'at_least'], ['or over', 'at_least'], ['and up', 'at_least'], ['or under', 'at_most'],
    ['and below', 'at_most'], ['and under', 'at_most'], ['or below', 'at_most'],
  ] as const
).map(([p, qualifier]) => ({ words: words(p), qualifier })); // prettier-ignore

/** A vague amount: its words, the order of magnitude it names (for NewsQuant-style ranges), and its intervals. */
export interface VagueAmount {
  readonly words: readonly string[];
  /** [low, high] by convention; high null when open. */
  readonly intervals: Readonly<Record<VagueConventionName, readonly [number, number | null]>>;
  /** Only before a plural noun ("many people", not "many say"). */
  readonly needsPlural?: boolean;
}

/*
 * Conventions for vague amounts.
 * - 'default': the smallest reading that the plural or hedge allows, up to the next order of magnitude:
 *   "dozens" [24, 99] (at least two dozen, fewer than a hundred), "scores" [40, 99], "hundreds" [200, 999],
 *   "thousands" [2000, 9999], "tens of thousands" [20000, 99999], "hundreds of thousands" [200000, 999999],
 *   "millions" [2e6, 9999999]; "a few" and "a handful" [2, 5], "several" [3, 9], "a number of" [2, null],
 *   "many" [10, null]; "several/a few dozen|hundred|thousand" are that many of the unit.
 * - 'acled': ACLED's coding of vague fatality reports, one figure each (low = high): "dozens" 12, "hundreds" 100,
 *   "thousands" 1000 (and tens/hundreds of thousands 10000/100000), "several", "many", "a number of" 10, "a few" and
 *   "a handful" 3 (ACLED codes unspecified plurals low).
 */
const v = (phrase: string, def: readonly [number, number | null], acled: number, needsPlural = false): VagueAmount => ({
  words: words(phrase),
  intervals: { default: def, acled: [acled, acled] },
  ...(needsPlural ? { needsPlural } : {}),
});

export const VAGUE_AMOUNTS: readonly VagueAmount[] = [
  v('tens of thousands', [20000, 99999], 10000),
  v('hundreds of thousands', [200000, 999999], 100000),
  v('tens of millions', [2e7, 99999999], 1e7),
  v('hundreds of millions', [2e8, 999999999], 1e8),
  v('several dozen', [36, 99], 12),
  v('a few dozen', [24, 60], 12),
  v('several hundred', [300, 999], 100),
  v('a few hundred', [200, 500], 100),
  v('several thousand', [3000, 9999], 1000),
  v('a few thousand', [2000, 5000], 1000),
  v('several million', [3e6, 9999999], 1e6),
  v('a few million', [2e6, 5e6], 1e6),
  v('dozens', [24, 99], 12),
  v('scores', [40, 99], 20, true),
  v('hundreds', [200, 999], 100),
  v('thousands', [2000, 9999], 1000),
  v('millions', [2e6, 9999999], 1e6),
  v('billions', [2e9, 9999999999], 1e9),
  v('several', [3, 9], 10),
  v('a few', [2, 5], 3, true),
  v('a handful', [2, 5], 3),
  v('a number', [2, null], 10),
  v('many', [10, null], 10, true),
  v('numerous', [10, null], 10, true),
];

/** How many times ten the vague amount's order of magnitude is (NewsQuant writes "millions" as 1e6-1e7). */
export const VAGUE_MAGNITUDE: ReadonlyMap<string, number> = new Map([
  ['tens of thousands', 1e4], ['hundreds of thousands', 1e5], ['tens of millions', 1e7], ['hundreds of millions', 1e8],
  ['dozens', 12], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9],
  ['several hundred', 100], ['several thousand', 1e3], ['several million', 1e6], ['a few hundred', 100],
  ['a few thousand', 1e3], ['a few million', 1e6],
]); // prettier-ignore

/** Currency signs and codes before a figure ("$19", "US$5", "€3", "UAH 200"). */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['usd', 'USD'], ['€', 'EUR'], ['eur', 'EUR'], ['£', 'GBP'], ['gbp', 'GBP'],
  ['¥', 'JPY'], ['jpy', 'JPY'], ['₴', 'UAH'], ['uah', 'UAH'], ['₽', 'RUB'], ['rub', 'RUB'], ['₪', 'ILS'],
  ['ils', 'ILS'], ['nis', 'ILS'], ['₹', 'INR'], ['inr', 'INR'], ['rs', 'INR'], ['chf', 'CHF'], ['cny', 'CNY'],
  ['rmb', 'CNY'], ['a$', 'AUD'], ['aud', 'AUD'], ['c$', 'CAD'], ['cad', 'CAD'], ['hk$', 'HKD'], ['ps', 'GBP'], ['rm', 'MYR'],
  ['zar', 'ZAR'], ['krw', 'KRW'], ['sgd', 'SGD'], ['nzd', 'NZD'], ['hkd', 'HKD'],
]); // prettier-ignore

/** Currency names after a figure ("18 billion euro", "100 million pounds"). */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'], ['pounds', 'GBP'],
  ['sterling', 'GBP'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH'], ['hryvnas', 'UAH'], ['hryvna', 'UAH'],
  ['hryvnya', 'UAH'], ['hryvnyas', 'UAH'], ['shekel', 'ILS'], ['shekels', 'ILS'], ['ruble', 'RUB'],
  ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'], ['yuan', 'CNY'], ['renminbi', 'CNY'], ['yen', 'JPY'],
  ['rupee', 'INR'], ['rupees', 'INR'], ['francs', 'CHF'], ['franc', 'CHF'], ['lira', 'TRY'], ['liras', 'TRY'],
  ['lire', 'TRY'], ['rial', 'IRR'], ['rials', 'IRR'], ['dinar', 'IQD'], ['dinars', 'IQD'], ['afghanis', 'AFN'],
  ['usd', 'USD'], ['eur', 'EUR'], ['gbp', 'GBP'], ['uah', 'UAH'], ['rub', 'RUB'], ['ils', 'ILS'], ['nis', 'ILS'],
  ['cents', 'USD-cent'], ['cent', 'USD-cent'], ['pence', 'GBP-penny'], ['p', 'GBP-penny'],
]); // prettier-ignore

/** Percent words after a figure; the value is the unit name. */
export const PERCENT_WORDS: ReadonlyMap<string, string> = new Map([
  ['percent', 'percent'], ['pct', 'percent'], ['pc', 'percent'], ['percentage', 'percent'],
]); // prettier-ignore

/** Measure and duration words after a figure, lower-case, to a canonical unit; duration units are marked. */
export const MEASURE_WORDS: ReadonlyMap<string, string> = new Map([
  ['km', 'km'], ['kms', 'km'], ['kilometre', 'km'], ['kilometres', 'km'], ['kilometer', 'km'], ['kilometers', 'km'],
  ['mile', 'mile'], ['miles', 'mile'], ['mi', 'mile'], ['metre', 'm'], ['metres', 'm'], ['meter', 'm'],
  ['meters', 'm'], ['m', 'm'], ['centimetre', 'cm'], ['centimetres', 'cm'], ['centimeter', 'cm'],
  ['centimeters', 'cm'], ['cm', 'cm'], ['millimetre', 'mm'], ['millimetres', 'mm'], ['millimeter', 'mm'],
  ['millimeters', 'mm'], ['mm', 'mm'], ['tonne', 'tonne'], ['tonnes', 'tonne'], ['ton', 'tonne'], ['tons', 'tonne'],
  ['t', 'tonne'], ['kg', 'kg'], ['kgs', 'kg'], ['kilogram', 'kg'], ['kilograms', 'kg'], ['kilogramme', 'kg'],
  ['kilogrammes', 'kg'], ['kilo', 'kg'], ['kilos', 'kg'], ['g', 'g'], ['gram', 'g'], ['grams', 'g'],
  ['lb', 'lb'], ['lbs', 'lb'], ['pound-weight', 'lb'], ['ounce', 'oz'], ['ounces', 'oz'], ['oz', 'oz'],
  ['hectare', 'hectare'], ['hectares', 'hectare'], ['ha', 'hectare'], ['acre', 'acre'], ['acres', 'acre'],
  ['feet', 'ft'], ['foot', 'ft'], ['ft', 'ft'], ['inch', 'inch'], ['inches', 'inch'], ['yard', 'yard'],
  ['yards', 'yard'], ['litre', 'litre'], ['litres', 'litre'], ['liter', 'litre'], ['liters', 'litre'],
  ['l', 'litre'], ['gallon', 'gallon'], ['gallons', 'gallon'], ['barrel', 'barrel'], ['barrels', 'barrel'],
  ['hp', 'hp'], ['bhp', 'hp'], ['horsepower', 'hp'], ['ml', 'ml'], ['millilitre', 'ml'], ['millilitres', 'ml'],
  ['milliliter', 'ml'], ['milliliters', 'ml'], ['mbps', 'Mbps'], ['gbps', 'Gbps'], ['mah', 'mAh'], ['kv', 'kV'],
  ['nm', 'nm'], ['nanometre', 'nm'], ['nanometres', 'nm'], ['nanometer', 'nm'], ['nanometers', 'nm'],
  ['mpg', 'mpg'], ['cc', 'cc'], ['psi', 'psi'], ['hz', 'Hz'], ['ppm', 'ppm'], ['milligram', 'mg'],
  ['milligrams', 'mg'], ['mg', 'mg'], ['calories', 'calorie'], ['kcal', 'calorie'], ['watts', 'W'], ['volts', 'V'],
  ['mph', 'mph'], ['kph', 'km/h'], ['kmh', 'km/h'], ['knots', 'knot'], ['degrees', 'degree'], ['degree', 'degree'],
  ['kb', 'kB'], ['mb', 'MB'], ['gb', 'GB'], ['tb', 'TB'], ['mw', 'MW'], ['gw', 'GW'], ['kw', 'kW'], ['kwh', 'kWh'],
  ['mwh', 'MWh'], ['gwh', 'GWh'], ['mhz', 'MHz'], ['ghz', 'GHz'], ['calibre', 'mm'], ['caliber', 'mm'],
  ['storey', 'storey'], ['storeys', 'storey'], ['story', 'storey'], ['stories', 'storey'], ['floor', 'storey'],
  ['sq', 'square'], ['square', 'square'], ['points', 'point'], ['point', 'point'], ['basis', 'basis point'],
  ['bps', 'basis point'], ['bp', 'basis point'],
  ['second', 'second'], ['seconds', 'second'], ['sec', 'second'], ['secs', 'second'], ['minute', 'minute'],
  ['minutes', 'minute'], ['min', 'minute'], ['mins', 'minute'], ['hour', 'hour'], ['hours', 'hour'], ['hr', 'hour'],
  ['hrs', 'hour'], ['h', 'hour'], ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'],
  ['fortnight', 'fortnight'], ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'],
  ['yr', 'year'], ['yrs', 'year'], ['decade', 'decade'], ['decades', 'decade'], ['century', 'century'],
  ['centuries', 'century'], ['night', 'night'], ['nights', 'night'],
]); // prettier-ignore

/** Units above that are durations: "three days" is a measure of time, "the 2nd day" an ordinal. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(
  words('second minute hour day week fortnight month year decade century night'),
);

/** Glued unit abbreviations that are too short to trust after a space ("5m" is metres, "5 m" usually too). */
export const SPACED_ONLY_IF_GLUED: ReadonlySet<string> = new Set(words('m t g l h p b k mi sq'));

/** Ages written after the figure: "19-year-old", "19 years old", "six-month-old". */
export const AGE_AFTER =
  /^(?:[-\u2010\u2011 ]?(?:years?|yr|months?|weeks?|days?)[-\u2010\u2011 ]olds?\b|[- ]?(?:years?|months?) of age\b|[- ]?yo\b|\s*(?:y\/o)\b)/iu;
/** Ages written before the figure: "aged 19", "age 58", "ages ranged from 20 to 49", "ages of 20 and 30". */
export const AGE_BEFORE =
  /\b(?:aged?|ages(?: ranged?| ranging| range)?(?: from| between| of)?|ages? of|between the ages of)\s+(?:between\s+|from\s+)?$/iu;

// (No `u` flag on the ASCII patterns below: they match the same without it, and V8 runs `\b` faster so.)
/** Month names and abbreviations, capitalised as written ("May" is only the month when capitalised). */
export const MONTH_BEFORE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?:the\s+)?$/;
export const MONTH_AFTER =
  /^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

/** Times of day after the figure: "10 am", "1 p.m.", "0730 GMT", "1700 hrs", "noon" excluded. */
export const TIME_AFTER =
  /^\s?(?:a\.m\.|p\.m\.|a\.?m\b|p\.?m\b|GMT\b|UTC\b|CET\b|CEST\b|EET\b|EEST\b|BST\b|EST\b|EDT\b|PST\b|MSK\b|Kyiv time\b|Moscow time\b|local time\b|local\b|hrs\b|hours? local\b|h\b|Z\b|o'clock\b|o’clock\b)/;

/** Labels before a number that make it a name or an address, not an amount ("No. 5", "Route 66", "building 7"). */
export const LABEL_BEFORE =
  /(?:\b(?:No|Nos|no|nos|Number|number|Nr|nr|No\.|#|Article|article|Section|section|Chapter|chapter|Part|part|Resolution|Route|route|Highway|highway|Road|Line|line|Gate|gate|Terminal|terminal|Platform|platform|Unit|Block|block|Building|building|House|house|Apartment|apartment|Flat|flat|Room|room|Ward|ward|Level|Stage|stage|Phase|phase|Cell|cell|Box|box|Channel|channel|Flight|flight|Bus|bus|Tram|tram|Lot|lot|Plot|plot|Sector|sector|Zone|zone|Camp|Colony|colony|Corps|Army|Group|Class|class|Grade|grade|Category|category|Item|item|Paragraph|paragraph|Rule|rule|Protocol|Decree|decree|Law|Order|order|Bill|Minsk|Nord|Stream|Boeing|Airbus|Antonov|Ilyushin|Tupolev|Sukhoi|Mig|MiG|Iskander|Kalibr|Kinzhal|Shahed|Geran|Grad|Uragan|Smerch|Pantsir|Buk|Tor|Leopard|Abrams|Challenger|Patriot|Covid|COVID|Windows|iPhone|Galaxy|PlayStation|Xbox|Formula|Apollo|Soyuz|Vostok|Zapad|Stoxx|Nikkei|ASX|Euro|Premier|League|Level|Season|season|Episode|episode|Volume|volume|Vol|vol|Page|page|pp|Figure|figure|Table|table|Act|act|Tier|tier|Title|title|Division|Regiment|Brigade|Battalion|Company|Squadron|Fleet|Hospital|School|school|Lyceum|Gymnasium|Polyclinic|Kindergarten|kindergarten|Station|Checkpoint|checkpoint|Post|Hangar|Pier|Berth|Track|track|Exit|exit|Door|door|Floor|Entrance|entrance|Street|St|Avenue|Ave|Lane|Boulevard|Prospekt|Square|Fort|Hill|Height|Point|Objective|Sheet|Form|form|Schedule|Amendment|Clause|clause|Proposition|Prop|Interstate|Precinct|District|Region|Oblast)\.?\s*(?:#\s*)?$|#\s*$)/;

/** Street-type words after a house number and a street name ("23 Perekopska Street"). */
export const STREET_WORDS: ReadonlySet<string> = new Set(
  words(
    'street st str avenue ave road rd lane boulevard blvd square sq prospekt prospect avenue highway drive dr way ' +
      'place embankment naberezhna vulytsia vul lane alley court crescent terrace quay ulitsa prospekt ploshcha',
  ),
);

/** Words after a number that say it counts people or things; "one" is a count only before one of these. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(
  words(
    'person people civilian civilians soldier soldiers serviceman servicemen servicewoman troops fighter fighters ' +
      'militant militants insurgent insurgents rebel rebels child children kid kids boy boys girl girls woman women ' +
      'man men resident residents officer officers policeman policemen police officer journalist journalists ' +
      'reporter worker workers doctor doctors medic medics nurse nurses paramedic teenager teenagers infant baby babies ' +
      'student students pupil pupils teacher teachers patient patients passenger passengers driver drivers pilot ' +
      'pilots sailor sailors marine marines guard guards volunteer volunteers prisoner prisoners detainee ' +
      'detainees hostage hostages captive captives refugee refugees migrant migrants victim victims body bodies ' +
      'corpse corpses casualty casualties fatality fatalities death deaths suspect suspects gunman gunmen attacker ' +
      'attackers terrorist terrorists commander commanders general generals colonel member members employee ' +
      'employees staffer rescuer rescuers firefighter firefighters farmer farmers miner miners priest monk ' +
      'mother father son daughter brother sister wife husband family families elderly pensioner pensioners ' +
      'missile missiles rocket rockets drone drones shell shells bomb bombs projectile projectiles mortar mortars ' +
      'shahed shaheds munition munitions grenade grenades warhead warheads interceptor interceptors round rounds ' +
      'tank tanks vehicle vehicles car cars truck trucks aircraft plane planes jet jets helicopter helicopters ' +
      'ship ships boat boats vessel vessels building buildings house houses home homes apartment apartments ' +
      'school schools hospital hospitals village villages town towns city cities settlement settlements strike ' +
      'strikes attack attacks raid raids explosion explosions blast blasts incident incidents case cases ' +
      'russians ukrainians israelis palestinians',
  ),
);

/** Words after "one" that make it a pronoun or a part ("one of", "one another", "one who"). */
export const ONE_NOT_COUNT_AFTER: ReadonlySet<string> = new Set(
  words(
    'of another who whom whose that which is was has had would could can will should may might must does did ' +
      "said says say told thing way 's or and but to",
  ),
);
/** Words before "one" that make it a pronoun ("no one", "the one", "any one"). */
export const ONE_NOT_COUNT_BEFORE: ReadonlySet<string> = new Set(
  words('no the this that any every each which anyone someone a an little big only such'),
);

/** Verbs and adverbs that state a change in the figure after them ("rose 5%", "fell by 9.4%", "up 4%"). */
export const CHANGE_UP: ReadonlySet<string> = new Set(
  words(
    'rose risen rise rises rising widened widening widens increased increase increases increasing climbed climb climbs climbing jumped ' +
      'jump jumps jumping gained gain gains gaining grew grow grows growing up surged surge surges surging soared ' +
      'soar soars soaring advanced advance advances advancing rallied rally rallies added adds spiked spikes ' +
      'raised raise raises boosted boost boosts higher increment swelled swell swells doubled tripled edged ' +
      'leapt leaped leap leaps skyrocketed rocketed expanded expand expands improved improve improves',
  ),
);
/** Change verbs that also take an object ("cut 20 jobs", "added 5 stores"): before a counted noun they are no change. */
export const TRANSITIVE_CHANGE: ReadonlySet<string> = new Set(
  words(
    'cut cuts cutting added adds lost lose loses losing shed sheds raised raise raises reduce reduced reduces boost boosted boosts',
  ),
);
export const CHANGE_DOWN: ReadonlySet<string> = new Set(
  words(
    'fell fallen fall falls falling narrowed narrowing narrows dropped drop drops dropping declined decline declines declining decreased ' +
      'decrease decreases decreasing lost lose loses losing slipped slip slips slid slide slides down sank sink ' +
      'sinks tumbled tumble tumbles plunged plunge plunges plummeted plummet shed sheds dipped dip dips eased ' +
      'ease eases shrank shrink shrinks contracted contract cut cuts cutting reduced reduce reduces retreated ' +
      'slumped slump slumps lower tanked',
  ),
);
