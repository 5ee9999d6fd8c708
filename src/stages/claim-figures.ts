// Ties a figure to what it counts: the harm verb or noun before or after it, the counted group, and hedges.
import { HARM_TO_PEOPLE } from '../core/layers/claim.js';
import type { ClaimKind } from '../core/layers/claim.js';
import type { Span } from '../core/span.js';
import { isQuoteMark, matchPhrase, matchPhraseEndingAt } from './claim-words.js';
import type { Word } from './claim-words.js';
import {
  AUXILIARIES,
  CLAUSE_BREAKERS,
  HARM_CUES,
  HEDGE_WORDS,
  MUNITION_NOUNS,
  NUMBER_OF_HARM,
  OBJECT_NOUNS,
  PARENTHETICAL_OPENERS,
  PERSON_NOUNS,
  STRIKE_VERBS,
  TOLL_LINKS,
  TOLL_VERBS,
} from './en/harm.js';
import type { HarmCue } from './en/harm.js';

export interface FigureLink {
  readonly kind: ClaimKind;
  readonly cue: Span | null;
  /** The counted group as written ("Russian servicemen"), or null. */
  readonly subject: string | null;
  readonly subjectSpan: Span | null;
  readonly hedged: boolean;
}

/** How far, in words, the harm verb may stand from its figure. */
const MAX_RIGHT_WORDS = 10;
const MAX_TOLL_GAP = 4;
const STOP_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'near',
  'from',
  'into',
  'inside',
  'across',
  'with',
  'for',
  'to',
  'by',
  'during',
  'after',
  'over',
  'under',
  'than',
]);
const PERSON_KINDS: ReadonlySet<ClaimKind> = new Set(HARM_TO_PEOPLE);
const KILL_NOUNS = new Set(['bodies', 'corpses', 'dead', 'deaths', 'fatalities']);
const OF_RELATIVES = new Set(['which', 'whom', 'them']);
/**
 * Cues whose kind is what they count: killing people ("neutralised 18 attackers", "eliminated 20 fighters"),
 * intercepting munitions ("neutralised 30 drones"), destroying equipment.
 */
const NEUTRALISING = new Set([
  'neutralised',
  'neutralized',
  'neutralising',
  'neutralizing',
  'eliminated',
  'eliminating',
  'liquidated',
  'liquidating',
  'downed',
]);
/** Cues of destruction that, said of people, mean killing them ("destroyed up to 40 servicemen"). */
const DESTROYING = new Set(['destroyed', 'destroying']);
/** Pronouns that stand for a group named earlier: "neutralised around 15 of them". */
const GROUP_PRONOUNS = new Set(['them', 'those', 'whom', 'these']);
/** Words that may open a noun phrase between "of" and the figure of a whole ("1.9 million of the territory's 2.4 million"). */
const WHOLE_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'an', 'a', 'some', 'all']);
/** Verbs of a munition landing: "one missile struck the sea" tells where a munition fell, not how many were fired. */
const IMPACT_VERBS = new Set([
  'struck',
  'hit',
  'hits',
  'landed',
  'lands',
  'fell',
  'falls',
  'exploded',
  'explodes',
  'crashed',
  'crashes',
  'slammed',
  'missed',
  'impacted',
  'detonated',
]);
/** A figure of one munition. */
const SINGLE = new Set(['one', '1', 'a', 'an', 'another', 'single']);
/** Nouns that join a munition to the head of a compound: "drone storage facilities", "missile launch sites". */
const COMPOUND_LINKS = new Set([
  'storage',
  'launch',
  'launching',
  'production',
  'manufacturing',
  'assembly',
  'control',
  'command',
  'repair',
  'ammunition',
]);
/** Nouns for a running count of the dead: "the toll", "its count", "the tally". */
const TOLL_NOUNS = new Set(['toll', 'tolls', 'count', 'tally', 'figure']);
/** How far back "the number of dead" may stand from "at 168" without a toll verb between. */
const SHORT_TOLL_REACH = 4;
/** How far back a "number of dead … has risen to" phrase may stand from its figure. */
const MAX_NUMBER_OF_REACH = 25;

/** The index after a figure and the words of its noun phrase, for skipping list items. */
function skipFigure(words: readonly Word[], at: number): number {
  const q = words[at]?.quantity ?? -1;
  let i = at;
  while (i < words.length && words[i]?.quantity === q) i++;
  return nounPhraseEnd(words, i);
}

const CUES_BY_FIRST = new Map<string, HarmCue[]>();
for (const c of HARM_CUES) {
  const first = c.words[0] ?? '';
  const list = CUES_BY_FIRST.get(first) ?? [];
  list.push(c);
  CUES_BY_FIRST.set(first, list);
}
for (const list of CUES_BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

/** The longest harm cue that starts at word `at`, with the index after it. */
export function cueAt(words: readonly Word[], at: number): { cue: HarmCue; end: number } | null {
  const w = words[at];
  if (w === undefined) return null;
  for (const c of CUES_BY_FIRST.get(w.lower) ?? []) {
    const end = matchPhrase(words, at, c.words);
    if (end >= 0) return { cue: c, end };
  }
  return null;
}

/** The longest harm cue that ends just before word `end`. */
/** HARM_CUES that may stand before their figure, by last word, each list in the table's order. */
const CUES_BY_LAST = new Map<string, HarmCue[]>();
const CUES_EMPTY: HarmCue[] = [];
for (const c of HARM_CUES) {
  if (c.side === 'after') continue;
  const last = c.words[c.words.length - 1];
  if (last === undefined) {
    CUES_EMPTY.push(c);
    for (const list of CUES_BY_LAST.values()) list.push(c);
  } else {
    let list = CUES_BY_LAST.get(last);
    if (list === undefined) CUES_BY_LAST.set(last, (list = [...CUES_EMPTY]));
    list.push(c);
  }
}

function cueEndingAt(words: readonly Word[], end: number): { cue: HarmCue; start: number } | null {
  let best: { cue: HarmCue; start: number } | null = null;
  const lastWord = words[end - 1];
  for (const c of (lastWord === undefined ? undefined : CUES_BY_LAST.get(lastWord.lower)) ?? CUES_EMPTY) {
    const start = matchPhraseEndingAt(words, end, c.words);
    if (start >= 0 && (best === null || c.words.length > best.cue.words.length)) best = { cue: c, start };
  }
  return best;
}

interface Found {
  readonly kind: ClaimKind;
  readonly cue: Span;
  readonly gap: number;
  readonly side: 'before' | 'after';
  readonly subjectEnd: number;
  /** The cue's first word, lower-case, and whether it is its only word. */
  readonly word: string;
  readonly single: boolean;
  /** The cue follows a verb group ("… have been displaced"): it is the main verb of the figure's clause. */
  readonly aux?: boolean;
  /** The search passed another figure of a list to reach the cue ("40 men, and scores of others are missing"). */
  readonly viaList?: boolean;
  readonly weak?: boolean;
}

/** Whether the words from `i` spell "of" and a figure of a whole ("of Gaza's 2.4 million"); returns the figure's index or -1. */
function wholeAfterOf(words: readonly Word[], i: number): number {
  if (words[i]?.lower !== 'of') return -1;
  for (let j = i + 1; j <= i + 3 && j < words.length; j++) {
    const w = words[j] as Word;
    if (w.quantity >= 0) return j;
    if (!WHOLE_DETERMINERS.has(w.lower) && !isPossessive(w)) return -1;
  }
  return -1;
}

const isPossessive = (w: Word): boolean => w.kind === 'word' && (w.lower.endsWith("'s") || w.lower.endsWith('’s'));

/** A figure that is the whole of a part named before it ("1.9 million of Gaza's 2.4 million"): the part's index, or -1. */
function partOfWhole(words: readonly Word[], start: number): number {
  for (let j = start - 1; j >= start - 4 && j > 0; j--) {
    const w = words[j] as Word;
    if (w.lower === 'of') return (words[j - 1]?.quantity ?? -1) >= 0 ? j - 1 : -1;
    if (!WHOLE_DETERMINERS.has(w.lower) && !isPossessive(w)) return -1;
  }
  return -1;
}

/** Skips a parenthetical that starts after a comma at `i` ("…, including 20 children, …"); returns where it ends or -1. */
function skipParenthetical(words: readonly Word[], i: number): number {
  const opener = PARENTHETICAL_OPENERS.find((p) => matchPhrase(words, i + 1, p) >= 0);
  if (!opener) return appositiveName(words, i);
  for (let j = i + 1 + opener.length; j < words.length; j++) if (words[j]?.text === ',') return j + 1;
  return -1;
}

/** Auxiliaries that open the verb group after an appositive ("a soldier, Sepoy Amir Khan, was killed"). */
const APPOSITIVE_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);

/**
 * A name set off by commas after the counted person ("a soldier, 26-year-old Sepoy Amir Khan, was killed"): where it
 * ends when a verb group follows its closing comma, else -1.
 */
function appositiveName(words: readonly Word[], i: number): number {
  let named = false;
  for (let j = i + 1; j < words.length && j <= i + 9; j++) {
    const w = words[j] as Word;
    if (w.text === ',') return named && j > i + 1 && APPOSITIVE_VERBS.has(words[j + 1]?.lower ?? '') ? j + 1 : -1;
    if (w.kind === 'punct' && w.text !== '-' && w.text !== '.') return -1;
    if (w.kind === 'word' && /^\p{Lu}/u.test(w.text)) named = true;
    else if (w.kind === 'word' && !/^(?:\p{Ll}+-)?year-old$|^(?:a|an|the|of|aged)$/u.test(w.lower)) return -1;
  }
  return -1;
}

function searchRight(words: readonly Word[], from: number): Found | null {
  let gap = 0;
  let subjectEnd = from;
  let inAux = false;
  let viaList = false;
  let partitive = false;
  let count = 0;
  for (let i = from; i < words.length && count <= MAX_RIGHT_WORDS; i++) {
    const w = words[i];
    if (w === undefined) break;
    if (isQuoteMark(w)) continue;
    if (w.kind === 'punct' && w.text === ',') {
      // ("a soldier, 26-year-old Sepoy Amir Khan, was killed": a named appositive, even one opening with an age)
      const named = appositiveName(words, i);
      if (named >= 0) {
        i = named - 1;
        continue;
      }
      if ((words[i + 1]?.quantity ?? -1) >= 0) continue;
      const after = skipParenthetical(words, i);
      if (after < 0) return null;
      i = after - 1;
      continue;
    }
    if (w.kind === 'punct' && w.text !== '-') return null;
    if (w.quantity >= 0) {
      // a list of figures shares its verb: "10 soldiers and 20 civilians were killed", "37 buildings, 453 flats … damaged"
      const prev = words[i - 1];
      if (prev && (prev.lower === 'and' || prev.text === ',') && i > from) {
        i = skipFigure(words, i) - 1;
        viaList = true;
        continue;
      }
      return null;
    }
    // "1.9 million of Gaza's 2.4 million people have been displaced": the part shares the whole's verb
    const whole = wholeAfterOf(words, i);
    if (whole >= 0) {
      partitive = true;
      i = skipFigure(words, whole) - 1;
      continue;
    }
    if (w.lower === 'of' && OF_RELATIVES.has(words[i + 1]?.lower ?? '')) {
      i++; // "25 of which were shot down", "40 of whom were children"
      continue;
    }
    if (w.lower === 'among' && words[i + 1]?.lower === 'the') {
      inAux = true; // "seven children were among the dead"
      i++;
      continue;
    }
    const hit = cueAt(words, i);
    if (hit && hit.cue.side !== 'before') {
      // "20 of the 30 people killed were children": a participle right after the whole is the whole's
      if (partitive && !inAux) return null;
      return {
        kind: hit.cue.kind,
        cue: [w.span[0], words[hit.end - 1]?.span[1] ?? w.span[1]],
        gap,
        side: 'after',
        subjectEnd,
        word: w.lower,
        single: hit.end === i + 1,
        aux: inAux,
        viaList,
      };
    }
    if (CLAUSE_BREAKERS.has(w.lower)) return null;
    if (AUXILIARIES.has(w.lower)) {
      inAux = true;
    } else {
      if (inAux) return null; // a new content word after the verb group: another clause
      if (w.lower !== 'of' && STOP_PREPOSITIONS.has(w.lower)) return null;
      gap++;
      subjectEnd = i + 1;
    }
    count++;
  }
  return null;
}

function searchLeft(words: readonly Word[], start: number): Found | null {
  let i = start;
  while (i > 0 && isQuoteMark(words[i - 1] as Word)) i--;
  const direct = cueEndingAt(words, i);
  if (direct) {
    const first = words[direct.start] as Word;
    const last = words[i - 1] as Word;
    return {
      kind: direct.cue.kind,
      cue: [first.span[0], last.span[1]],
      gap: 0,
      side: 'before',
      subjectEnd: -1,
      word: first.lower,
      single: direct.start === i - 1,
      ...(direct.cue.weak ? { weak: true } : {}),
    };
  }
  // "the death toll rose to 45", "a toll of 40 dead"
  let moved = false;
  for (let gap = 1; gap <= MAX_TOLL_GAP && i - gap >= 0; gap++) {
    const w = words[i - gap] as Word;
    if (TOLL_LINKS.has(w.lower)) {
      moved ||= TOLL_VERBS.has(w.lower);
      continue;
    }
    if (TOLL_NOUNS.has(w.lower)) {
      return { kind: 'killed', cue: w.span, gap, side: 'before', subjectEnd: -1, word: w.lower, single: true };
    }
    // "the number of people killed in the strike has risen to 59", "Toll in Yemen prison strike rises to 82",
    // "put the number of dead at 168"
    return tollPhrase(words, i - gap, moved ? MAX_NUMBER_OF_REACH : SHORT_TOLL_REACH);
  }
  return null;
}

/** "the number of (people) killed/dead …" or "toll …" ending at or before `end`, for a figure a toll verb moved to. */
function tollPhrase(words: readonly Word[], end: number, reach: number): Found | null {
  for (let i = end; i >= Math.max(0, end - reach); i--) {
    const w = words[i] as Word;
    if (w.kind === 'punct' && w.text !== ',' && w.text !== '-') return null;
    if (TOLL_NOUNS.has(w.lower))
      return { kind: 'killed', cue: w.span, gap: end - i, side: 'before', subjectEnd: -1, word: w.lower, single: true };
    if (w.lower !== 'of' || words[i - 1]?.lower !== 'number') continue;
    for (let j = i + 1; j <= i + 3 && j <= end; j++) {
      const kind = NUMBER_OF_HARM.get((words[j] as Word).lower);
      const x = words[j] as Word;
      if (kind) return { kind, cue: x.span, gap: end - j, side: 'before', subjectEnd: -1, word: x.lower, single: true };
    }
    return null;
  }
  return null;
}

/** First words of the HEDGE_WORDS phrases: a phrase can start only at one of them. */
const HEDGE_FIRST: ReadonlySet<string> = new Set(HEDGE_WORDS.map((h) => h[0] ?? ''));
const HEDGE_EMPTY = HEDGE_WORDS.some((h) => h.length === 0);

function hedgedAround(words: readonly Word[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i < Math.min(words.length, to); i++) {
    if (!HEDGE_EMPTY && !HEDGE_FIRST.has((words[i] as Word).lower)) continue;
    if (HEDGE_WORDS.some((h) => matchPhrase(words, i, h) >= 0)) return true;
  }
  return false;
}

/**
 * Links the figure covering words [start, end) to the harm it counts, or returns null when nothing nearby says
 * what is counted (a figure with no harm verb or noun is not a claim).
 */
export function linkFigure(words: readonly Word[], start: number, end: number): FigureLink | null {
  const share = shareOf(words, start, end);
  if (share !== null) return share;
  const right = searchRight(words, end);
  // the whole of a part ("1.9 million of Gaza's 2.4 million people have been displaced") is not what the verb counts
  if (right?.aux && partOfWhole(words, start) >= 0) return null;
  let left = searchLeft(words, start);
  if (!left || left.gap > 0) {
    // "shot down two missiles and five drones launched from …": a later item of a list shares the first item's verb
    // ("killing 19 people, 18 of them women" names a share of the 19, not another item)
    const share = words[end]?.lower === 'of' && GROUP_PRONOUNS.has(words[end + 1]?.lower ?? '');
    const shared = right?.aux || share ? null : listCue(words, start, 0);
    if (shared) left = shared;
  }
  let found: Found | null = right;
  if (left && (!right || left.gap <= right.gap)) found = left;
  // "lost 1,380 troops killed or wounded": a weak verb yields to the harm word after its object
  if (found === left && left?.weak && right && !right.viaList) found = right;

  // The counted group: the words after the figure up to the verb group (or the first stop).
  // (in a list, "10 soldiers, 20 civilians and two medics were killed", each figure's group ends at its own noun)
  let subjectEnd = found?.side === 'after' && !found.viaList ? found.subjectEnd : nounPhraseEnd(words, end);
  if (subjectEnd <= end) subjectEnd = end;
  const headWord = subjectEnd > end ? words[subjectEnd - 1] : (words[headAfterOf(words, end)] ?? undefined);
  const head = headWord?.lower ?? '';

  let kind: ClaimKind | null = found?.kind ?? null;
  // (every cue in NEUTRALISING and DESTROYING is one word)
  const cueText = found && found.single ? found.word : '';
  if (NEUTRALISING.has(cueText)) {
    // "neutralised 18 attackers" is a military's word for killing them, "neutralised 30 drones" for shooting them down
    const group = nounClass(head) ?? (head === '' || GROUP_PRONOUNS.has(head) ? antecedentClass(words, start) : null);
    if (group === 'person') kind = 'killed';
    else if (group === 'munition') kind = 'intercepted';
    else if (group === 'object') kind = 'destroyed';
  } else if (DESTROYING.has(cueText) && PERSON_NOUNS.has(head)) kind = 'killed';
  else if (found?.weak && found === left) {
    // "we lost 40 men" counts the dead, "lost 12 tanks" the equipment destroyed; anything else is no harm
    const group = nounClass(head);
    if (group === 'object') kind = 'destroyed';
    else if (group !== 'person') return null;
  }
  if (KILL_NOUNS.has(head) && (kind === null || kind === 'killed')) kind = 'killed';
  if (MUNITION_NOUNS.has(head)) {
    if (kind === null) {
      // "one missile struck the sea": where a single munition landed, not how many were fired
      if (SINGLE.has(words[start]?.lower ?? '') && landsAfter(words, subjectEnd)) return null;
      kind = 'launched';
    } else if (kind === 'destroyed') kind = 'intercepted';
    else if (PERSON_KINDS.has(kind)) kind = found?.side === 'before' ? kind : 'launched';
  } else if (OBJECT_NOUNS.has(head)) {
    if (kind !== null && kind !== 'destroyed') return null;
  } else if (kind === 'launched' || kind === 'intercepted') {
    // "fired 20 people" and "repelled 20 fighters" are no counts of munitions
    if (head !== '' && PERSON_NOUNS.has(head)) return null;
  }
  if (kind === null) return null;

  const first = words[end];
  const last = words[subjectEnd - 1];
  const subjectSpan: Span | null = subjectEnd > end && first && last ? [first.span[0], last.span[1]] : null;
  const cueEnd = found ? indexAfterSpan(words, found.cue) : end;
  const hedged = hedgedAround(
    words,
    Math.min(start, found ? indexOfSpan(words, found.cue) : start) - 4,
    Math.max(cueEnd, end),
  );
  return {
    kind,
    cue: found?.cue ?? null,
    subject: subjectSpan ? subjectText(words, end, subjectEnd) : null,
    subjectSpan,
    hedged,
  };
}

/** Articles that make a figure of one person. */
const SINGLE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** "the dead included four children": the nouns of a toll that name its kind. */
const TOLL_GROUPS: ReadonlyMap<string, ClaimKind> = new Map([
  ['dead', 'killed'],
  ['killed', 'killed'],
  ['victims', 'killed'],
  ['fatalities', 'killed'],
  ['wounded', 'injured'],
  ['injured', 'injured'],
  ['casualties', 'casualties'],
  ['missing', 'missing'],
]);

/**
 * A figure that counts a share of a toll just given: "killed 14 people, including six children and three women",
 * "31 people, 19 of them children", "among them 17 children", "the dead included four children". The share takes the
 * toll's kind; the group is what follows the figure.
 */
function shareOf(words: readonly Word[], start: number, end: number): FigureLink | null {
  // ("including a nine-year-old child" singles one person out of the toll rather than counting a share)
  if (SINGLE_ARTICLES.has(words[start]?.lower ?? '')) return null;
  const before = words[start - 1]?.lower ?? '';
  const before2 = words[start - 2]?.lower ?? '';
  // "the dead included four children"
  if (/^includ(?:ed|e|es)$/u.test(before)) {
    const kind = TOLL_GROUPS.get(before2);
    if (kind !== undefined && words[start - 3]?.lower === 'the') return shareLink(words, kind, end);
  }
  const including = before === 'including' || (before2 === 'among' && (before === 'them' || before === 'whom'));
  const ofThem =
    words[start - 1]?.text === ',' &&
    words[end]?.lower === 'of' &&
    (words[end + 1]?.lower === 'them' || words[end + 1]?.lower === 'whom');
  // "…, including six children and three women": a later item of the list shares the first one's toll
  const listed = (before === 'and' || before === ',') && listAfterIncluding(words, start);
  if (!including && !ofThem && !listed) return null;
  const toll = previousFigure(words, listed ? listAfterIncluding(words, start) : start);
  if (toll === null) return null;
  const base = linkFigure(words, toll[0], toll[1]);
  // (only harm to people has shares of itself: "14 killed, including six children")
  if (base === null || !PERSON_KINDS.has(base.kind)) return null;
  return shareLink(words, base.kind, ofThem ? end + 2 : end);
}

/** Where "including"/"among them" stands before the list that the figure at `start` continues, or 0 (none). */
function listAfterIncluding(words: readonly Word[], start: number): number {
  for (let j = start - 1; j > 0 && j >= start - 8; j--) {
    const w = words[j] as Word;
    if (w.lower === 'including' || (w.lower === 'them' && words[j - 1]?.lower === 'among')) return j;
    if (w.kind === 'punct' && w.text !== ',') return 0;
  }
  return 0;
}

/** The word span [start, end) of the nearest figure before word `i` in its clause, within a dozen words, or null. */
function previousFigure(words: readonly Word[], i: number): [number, number] | null {
  for (let j = i - 1; j >= 0 && j >= i - 12; j--) {
    const w = words[j] as Word;
    if (w.kind === 'punct' && w.text !== ',' && w.text !== '-') return null;
    if (w.quantity < 0) continue;
    let s = j;
    while (s > 0 && words[s - 1]?.quantity === w.quantity) s--;
    return [s, j + 1];
  }
  return null;
}

/** A share's link: its kind, and as its group the noun phrase from `from` (after "of them", if any). */
function shareLink(words: readonly Word[], kind: ClaimKind, from: number): FigureLink | null {
  const subjectEnd = nounPhraseEnd(words, from);
  const first = words[from];
  const last = words[subjectEnd - 1];
  if (subjectEnd <= from || first === undefined || last === undefined) return null;
  // a share names who: "six children", "19 of them women" (not "including 2 a.m." or a bare number)
  if (!PERSON_NOUNS.has(last.lower)) return null;
  return {
    kind,
    cue: null,
    subject: subjectText(words, from, subjectEnd),
    subjectSpan: [first.span[0], last.span[1]],
    hedged: false,
  };
}

type NounClass = 'person' | 'munition' | 'object';
function nounClass(word: string): NounClass | null {
  if (MUNITION_NOUNS.has(word)) return 'munition';
  if (OBJECT_NOUNS.has(word)) return 'object';
  if (PERSON_NOUNS.has(word)) return 'person';
  return null;
}

/** What a pronoun or an empty head stands for: the nearest person, munition or object noun before the figure. */
function antecedentClass(words: readonly Word[], before: number): NounClass | null {
  for (let j = before - 1; j >= 0; j--) {
    const c = nounClass((words[j] as Word).lower);
    if (c) return c;
  }
  return null;
}

/** The head after "of" when the figure has none of its own: "scores of terrorists", "15 of them", "two of the four missiles". */
function headAfterOf(words: readonly Word[], end: number): number {
  if (words[end]?.lower !== 'of') return -1;
  let j = end + 1;
  while (j < words.length) {
    const w = words[j] as Word;
    if (GROUP_PRONOUNS.has(w.lower)) return j;
    if (w.quantity < 0 && !isQuoteMark(w) && !WHOLE_DETERMINERS.has(w.lower) && !isPossessive(w)) break;
    j++;
  }
  const e = nounPhraseEnd(words, j);
  return e > j ? e - 1 : -1;
}

/** Whether a munition's noun phrase ending at `at` is followed by a verb of landing ("struck", "fell", "also hit"). */
function landsAfter(words: readonly Word[], at: number): boolean {
  for (let j = at; j < at + 3 && j < words.length; j++) {
    const w = words[j] as Word;
    if (IMPACT_VERBS.has(w.lower)) return true;
    if (!AUXILIARIES.has(w.lower)) return false;
  }
  return false;
}

/** How many earlier items of a list a figure may share a verb with ("killed 3 soldiers, 2 police and 5 civilians"). */
const MAX_LIST_ITEMS = 6;
/** How many words an earlier list item may take after its figure ("two anti-ship ballistic missiles"). */
const MAX_ITEM_WORDS = 6;

/**
 * The verb right before the first item of a list whose later item starts at `start`: "destroyed four radar sites and
 * three drone storage facilities" gives "three" the verb "destroyed". Only a verb standing right before the first
 * figure counts; an item that has a verb or a preposition of its own breaks the list.
 */
function listCue(words: readonly Word[], start: number, depth: number): Found | null {
  const sep = words[start - 1];
  if (depth > MAX_LIST_ITEMS || !sep || (sep.lower !== 'and' && sep.lower !== 'or' && sep.text !== ',')) return null;
  let j = start - 2;
  if (sep.text !== ',' && words[j]?.text === ',') j--;
  for (let steps = 0; j >= 0 && steps <= MAX_ITEM_WORDS; steps++, j--) {
    const w = words[j] as Word;
    if (w.quantity >= 0) {
      let f = j;
      while (f > 0 && words[f - 1]?.quantity === w.quantity) f--;
      // "27 of the 30 drones and two of the four missiles": the list's item is the part, not the whole
      const part = partOfWhole(words, f);
      if (part >= 0) {
        f = part;
        while (f > 0 && words[f - 1]?.quantity === words[part]?.quantity) f--;
      }
      const direct = searchLeft(words, f);
      if (direct && direct.gap === 0) return direct;
      return listCue(words, f, depth + 1);
    }
    if (isQuoteMark(w)) continue;
    if (w.kind !== 'word' && w.text !== '-') return null;
    if (
      AUXILIARIES.has(w.lower) ||
      CLAUSE_BREAKERS.has(w.lower) ||
      (w.lower !== 'of' && STOP_PREPOSITIONS.has(w.lower))
    )
      return null;
    if (cueAt(words, j)) return null;
  }
  return null;
}

/** Where the noun phrase after a figure ends: content words up to punctuation, a verb group or a preposition. */
function nounPhraseEnd(words: readonly Word[], from: number): number {
  let i = from;
  while (i < words.length && i - from < 5) {
    const w = words[i] as Word;
    if (w.kind !== 'word' || AUXILIARIES.has(w.lower) || CLAUSE_BREAKERS.has(w.lower) || STOP_PREPOSITIONS.has(w.lower))
      break;
    if (w.lower === 'of' || w.lower === 'and' || w.lower === 'or') break;
    // "two jets dropped bombs": a verb of striking ends the phrase
    if (i > from && STRIKE_VERBS.has(w.lower)) break;
    i++;
    if (MUNITION_NOUNS.has(w.lower)) {
      // "three drone storage facilities", "12 drone operators": a munition that only qualifies the head
      let k = i;
      while (k < words.length && k - i < 2 && COMPOUND_LINKS.has((words[k] as Word).lower)) k++;
      const next = words[k];
      if (next && (OBJECT_NOUNS.has(next.lower) || PERSON_NOUNS.has(next.lower))) i = k + 1;
      break;
    }
    // the phrase ends at its head: "six missiles struck …" is headed by "missiles"
    if (PERSON_NOUNS.has(w.lower) || OBJECT_NOUNS.has(w.lower)) break;
  }
  return i;
}

function subjectText(words: readonly Word[], from: number, to: number): string {
  return words
    .slice(from, to)
    .filter((w) => !isQuoteMark(w))
    .map((w) => w.text)
    .join(' ')
    .replace(/ ([-'’]) /g, '$1');
}

function indexOfSpan(words: readonly Word[], span: Span): number {
  const i = words.findIndex((w) => w.span[0] === span[0]);
  return i < 0 ? 0 : i;
}

function indexAfterSpan(words: readonly Word[], span: Span): number {
  const i = words.findIndex((w) => w.span[1] === span[1]);
  return i < 0 ? 0 : i + 1;
}
