// Which place mentions say where something happened, as opposed to who speaks ("Kyiv's accusations", "KYIV (AP) -"),
// what a weapon is called ("an Iskander missile"), or a country named as an actor ("blamed Russia").
import type { Place } from '../core/layers/place.js';
import type { Sentence } from '../core/layers/text.js';
import type { Span } from '../core/span.js';
import { MUNITION_NOUNS } from './en/harm.js';
import {
  COUNTRY_PREPOSITIONS,
  DIRECTION_WORDS,
  NOT_THE_TOWN_NOUNS,
  ORGANISATION_NOUNS,
  PLACE_PART_NOUNS,
  SPEECH_AUDIENCE_WORDS,
  SPEECH_SETTING_WORDS,
  TIME_ZONE_NOUNS,
} from './en/event-words.js';

/** How specific a place is: a district beats a city beats a district of a region beats a region beats a country. */
export function specificity(p: Place): number {
  const f = p.feature.toUpperCase();
  if (f === 'PPLX' || f === 'DISTRICT' || f.startsWith('PPLX')) return 5;
  if (p.featureClass === 'P' || f.startsWith('PPL')) return 4;
  if (f === 'ADM2' || f === 'ADM3' || f === 'ADMD') return 3;
  if (f === 'ADM1') return 2;
  if (f.startsWith('PCL') || f === 'COUNTRY') return 1;
  return 3;
}

/** Spans sorted by start with the running maximum of their ends, for containment tests by binary search. */
interface SpanIndex {
  readonly starts: readonly number[];
  readonly maxEnd: readonly number[];
}
const spanIndexes = new WeakMap<readonly Span[], SpanIndex>();

/** Whether some span of `spans` contains `s` (O(log n) after one sort per list). */
export function insideAny(s: Span, spans: readonly Span[]): boolean {
  let idx = spanIndexes.get(spans);
  if (!idx) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    const maxEnd: number[] = [];
    let m = -1;
    for (const x of sorted) maxEnd.push((m = Math.max(m, x[1])));
    idx = { starts: sorted.map((x) => x[0]), maxEnd };
    spanIndexes.set(spans, idx);
  }
  // the last span that starts at or before s; any earlier one may reach past s's end
  let lo = 0;
  let hi = idx.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((idx.starts[mid] ?? 0) <= s[0]) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (idx.maxEnd[lo - 1] ?? -1) >= s[1];
}

/** "KYIV, Ukraine (AP) —", "Kramatorsk (Ukraine) (AFP) -", "GAZA CITY, Oct 12 (Reuters) -": the reporter's location. */
const DATELINE = /^[^\n()]{0,60}(?:\([^\n()]{1,30}\)\s*){1,2}[-–—]/u;
/**
 * A dateline without an agency: "Kharkiv, Ukraine —", "Addis Ababa, Ethiopia, Sept. 20 —": capitalised place words,
 * up to two more after commas, perhaps a date, then a dash.
 */
const PLAIN_DATELINE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2}){0,2}(?:,?\s\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2})?\s[—–]\s/u;

function wordAfter(text: string, from: number): string {
  const m = /^[\s"“”]*([\p{L}-]+)/u.exec(text.slice(from, from + 40));
  return (m?.[1] ?? '').toLowerCase();
}

/** The words before `at` within its sentence, lower-case, nearest last. */
export function wordsBefore(text: string, sentenceStart: number, at: number, n: number): string[] {
  // scanned backwards by hand: letters (any script) and hyphens make words, anything else separates them
  const words: string[] = [];
  const floor = Math.max(sentenceStart, at - 60);
  let end = at;
  let i = at - 1;
  while (i >= floor - 1 && words.length < n) {
    const inWord = i >= floor && isWordChar(text.charCodeAt(i));
    if (!inWord) {
      if (end > i + 1) words.push(text.slice(i + 1, end).toLowerCase());
      end = i;
    }
    i--;
  }
  return words.reverse();
}

/** A letter (ASCII, or any non-ASCII letter by a cheap test) or a hyphen. */
function isWordChar(c: number): boolean {
  if (c === 45) return true;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  return c > 127 && /\p{L}/u.test(String.fromCharCode(c));
}

/** Whether a locative preposition governs the mention ("in", "across southern", "at the"). */
export function locative(text: string, sentenceStart: number, p: Place): boolean {
  return governingPreposition(text, sentenceStart, p) !== null;
}

/** The locative preposition that governs a mention ("in", "across"), skipping "the" and direction words; or null. */
export function governingPreposition(text: string, sentenceStart: number, p: Place): string | null {
  const before = wordsBefore(text, sentenceStart, p.span[0], 3);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] ?? '';
    if (COUNTRY_PREPOSITIONS.has(w)) return w;
    if (w !== 'the' && !DIRECTION_WORDS.has(w)) return null;
  }
  return null;
}

/** Words that may stand between "to"/"from" and the place it governs: "to the nearby town of", "from the area of". */
const ROUTE_FILLERS = new Set(
  'the a an nearby neighbouring neighboring town city village camp region area province district capital border outskirts of'.split(
    ' ',
  ),
);
const ROUTE_PREPOSITIONS = new Set(['to', 'towards', 'toward', 'from']);

function destinationOrOrigin(text: string, sentenceStart: number, p: Place): boolean {
  const before = wordsBefore(text, sentenceStart, p.span[0], 7);
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] ?? '';
    if (ROUTE_PREPOSITIONS.has(w)) return true;
    if (!ROUTE_FILLERS.has(w) && !DIRECTION_WORDS.has(w)) return false;
  }
  return false;
}

/**
 * A place that only says where something was said ("the spokesperson said in Geneva", "told reporters in Kyiv") or
 * gives a time zone ("9 p.m. Sanaa time"): neither an event's place nor what "the city" later refers to.
 */
export function onlySpokenAt(text: string, sentence: Sentence, p: Place): boolean {
  return TIME_ZONE_NOUNS.has(wordAfter(text, p.span[1])) || spokenAt(text, sentence.span[0], p);
}

/** "said in Geneva", "told reporters in Kyiv", "a briefing at the UN in New York": the place of speaking. */
function spokenAt(text: string, sentenceStart: number, p: Place): boolean {
  const before = wordsBefore(text, sentenceStart, p.span[0], 5);
  let i = before.length - 1;
  while (i >= 0 && (before[i] === 'the' || DIRECTION_WORDS.has(before[i] ?? ''))) i--;
  const prep = before[i];
  if (prep !== 'in' && prep !== 'at') return false;
  const head = before[i - 1] ?? '';
  if (SPEECH_SETTING_WORDS.has(head)) return true;
  return SPEECH_AUDIENCE_WORDS.has(head) && SPEECH_SETTING_WORDS.has(before[i - 2] ?? '');
}

export interface PlaceContext {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Spans that name sources: places inside them say who speaks, not where. */
  readonly sourceSpans: readonly Span[];
}

/** Where the dateline of a sentence ends ("KYIV, Ukraine (AP) —"), or the sentence start when it has none. */
export function datelineEnd(sentence: Sentence): number {
  if (sentence.paragraph > 2) return sentence.span[0];
  const m = DATELINE.exec(sentence.text) ?? PLAIN_DATELINE.exec(sentence.text);
  return m ? sentence.span[0] + m[0].length : sentence.span[0];
}

export function saysWhere(p: Place, sentence: Sentence, ctx: PlaceContext): boolean {
  const { text } = ctx;
  if (insideAny(p.span, ctx.sourceSpans)) return false;
  // the dateline names where the reporter is, not where the event was
  if (p.span[1] <= datelineEnd(sentence)) return false;
  // "NEMA", "(IOM)": an acronym inside a sentence is an organisation's, not a place's
  if (p.text.length > 1 && p.text === p.text.toUpperCase() && p.antecedent === undefined) return false;
  // "the Punch newspaper", "Kyiv Independent": a name that heads an organisation
  if (ORGANISATION_NOUNS.has(wordAfter(text, p.span[1]))) return false;
  const next = text.slice(p.span[1], p.span[1] + 2);
  // "Kyiv's accusations" speaks of the government; "Kharkiv's Saltivka district" still says where
  // ("Gaza City's Al-Ahli hospital" names a place inside it)
  if (/^['’]s/u.test(next)) {
    const after = wordAfter(text, p.span[1] + 2);
    const named = /^\s*\p{Lu}/u.test(text.slice(p.span[1] + 2, p.span[1] + 4));
    if (!named && !PLACE_PART_NOUNS.has(after) && !DIRECTION_WORDS.has(after)) return false;
  }
  // "an Iskander missile", "Neptune missiles": a weapon's name
  const after = wordAfter(text, p.span[1]);
  if (MUNITION_NOUNS.has(after) || NOT_THE_TOWN_NOUNS.has(after)) return false;
  if (onlySpokenAt(text, sentence, p)) return false;
  // "fled to the nearby town of Tougan", "fired from the area of Dobropillia": a destination or an origin
  if (destinationOrOrigin(text, sentence.span[0], p)) return false;
  // a country says where only after a locative preposition ("across Ukraine", "fired at Ukraine"), not as an actor
  if (specificity(p) === 1 && !locative(text, sentence.span[0], p)) return false;
  return true;
}

/**
 * The place of a sentence that a claim is about: the most specific, then one governed by a locative preposition,
 * then the nearest to the claim's figure (the first, for claims without a figure).
 */
export function mostSpecific(
  places: readonly Place[],
  text: string,
  sentence: Sentence,
  figure: Span | null = null,
): Place | null {
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const p of places) {
    const distance = figure
      ? Math.min(Math.abs(p.span[0] - figure[1]), Math.abs(figure[0] - p.span[1]))
      : p.span[0] - sentence.span[0];
    const score = specificity(p) * 3 + (locative(text, sentence.span[0], p) ? 2 : 0) - distance / 40;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}
