// Toponym recognition and resolution over a tokenised text: capitalised token runs matched longest-first against the
// gazetteer, person names and common words kept out, demonyms set aside, "the city"-style anaphors linked back, and
// each name resolved by population, feature, the article's countries and the nearness of its other places.
import type { Demonym, Place } from '../core/layers/place.js';
import type { Sentence, Token } from '../core/layers/text.js';
import type { Span } from '../core/span.js';
import {
  ANAPHOR_PATTERN,
  DOTTED_NAME_PARTS,
  GIVEN_NAMES,
  NAME_CONNECTORS,
  NON_PLACE_NAMES,
  PERSON_TITLES,
  PLACE_ABBREVIATIONS,
  PLACE_ANAPHORS,
  PLACE_STOP_WORDS,
  REGION_WORDS,
  SPEECH_VERBS,
} from '../stages/en/place-words.js';
import type { AnaphorKind } from '../stages/en/place-words.js';
import { LEADING_WORDS } from '../stages/en/place-words.js';
import { admin1Entry, capitalOf, countryEntry, countryOfDemonym } from './countries.js';
import { distanceKm } from './distance.js';
import { loadGazetteer } from './gazetteer.js';
import { findUnlisted } from './unlisted.js';
import type { GeoEntry } from './gazetteer.js';
import { normalizeName } from './normalize.js';
import { lowerCase, startsUpper } from './text-case.js';

const POSSESSIVE_END = /['’]s?$/;
const MAX_NAME_TOKENS = 6;
const MAX_CANDIDATES = 40;
const AFTER_COMMA = /,\s?$/;
const NAME_FOLLOWS = /^(?: of |,? \p{Lu}|-)/u;

/** A name found in the text, before resolution. */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly candidates: readonly GeoEntry[];
  /** When the name came with "region", "county", ...: the feature it must have. */
  readonly prefer: 'ADM1' | 'ADM2' | null;
  /** A single word that could be a common word or a tiny place: kept only when the article's countries support it. */
  readonly weak: boolean;
}

/** Where "X, Y" puts X: in country Y, or in admin1 unit Y of a country ("Paris, Texas", "London, Ont."). */
interface Container {
  readonly country: string;
  readonly admin1: string | null;
}

// Names of persons in text: capitalised words (with apostrophes and hyphens). Linear: each group ends at a space.
const CAP = "\\p{Lu}[\\p{L}'’-]*";
const SPEECH_ALT = [...SPEECH_VERBS].join('|');
/** "82-year-old Geneva Morgan", "Geneva Morgan, 82,": the capitalised words are a person's name. */
const AGE_BEFORE = new RegExp(`\\b\\d{1,3}-year-old (${CAP}(?: ${CAP}){0,2})`, 'gu');
const AGE_AFTER = new RegExp(`(?<![\\p{L}])(${CAP}(?: ${CAP}){1,2}),? (?:aged )?\\d{1,3},`, 'gu');
/** "Walsh said", "said Walsh", "said Arch Walsh": a single-word speaker. */
const SPEAKER_BEFORE = new RegExp(`(?<![\\p{L}.] )(?<![\\p{L}])(${CAP}) (?:${SPEECH_ALT})\\b`, 'gu');
const SPEAKER_AFTER = new RegExp(`\\b(?:${SPEECH_ALT}) (?:${CAP} ){0,2}(${CAP})(?![\\p{L}])`, 'gu');
// The same three patterns tried at one position (sticky), at the anchors a cheap scan finds: the speech verbs, and
// the commas right after a figure. They give the matches the global scans over the whole text give.
const SPEAKER_BEFORE_AT = new RegExp(SPEAKER_BEFORE.source, 'uy');
const SPEAKER_AFTER_AT = new RegExp(SPEAKER_AFTER.source, 'uy');
/** A speech verb as a whole word (no `u`: `\b` is the same ASCII word boundary with or without it). */
const SPEECH_WORD = new RegExp(`\\b(?:${SPEECH_ALT})\\b`, 'g');

/** Whether a code unit can be in a CAP word ([\p{L}'’-]): false only for those that certainly cannot. */
function mayBeNameChar(c: number): boolean {
  if (c >= 128) return c !== 0xa0 && c !== 0x2028 && c !== 0x2029;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45;
}

/** The single-word speakers of SPEAKER_BEFORE and SPEAKER_AFTER, found around each speech verb. */
function findSpeakers(text: string, add: (name: string) => void): void {
  let beforeEnd = 0;
  let afterEnd = 0;
  SPEECH_WORD.lastIndex = 0;
  for (let v = SPEECH_WORD.exec(text); v !== null; v = SPEECH_WORD.exec(text)) {
    const vs = v.index;
    // "Walsh said": the leftmost start of a capitalised word that ends right before " said".
    if (vs >= 2 && text.charCodeAt(vs - 1) === 32) {
      let r = vs - 1;
      while (r > beforeEnd && mayBeNameChar(text.charCodeAt(r - 1))) r--;
      for (let p = r; p < vs - 1; p++) {
        SPEAKER_BEFORE_AT.lastIndex = p;
        const m = SPEAKER_BEFORE_AT.exec(text);
        if (m) {
          add(m[1] ?? '');
          beforeEnd = SPEAKER_BEFORE_AT.lastIndex;
          break;
        }
      }
    }
    // "said Walsh", "said Arch Walsh".
    if (vs >= afterEnd && text.charCodeAt(vs + v[0].length) === 32) {
      SPEAKER_AFTER_AT.lastIndex = vs;
      const m = SPEAKER_AFTER_AT.exec(text);
      if (m) {
        add(m[1] ?? '');
        afterEnd = SPEAKER_AFTER_AT.lastIndex;
      }
    }
  }
}

/**
 * The AGE_AFTER matches ("Geneva Morgan, 82,"): each ends at a comma right after one to three digits that follow a
 * space, and holds at most four spaces, so the pattern is run on the stretch from the fifth space before the figure
 * (or the previous figure's comma) to that comma.
 */
function ageAfterMatches(text: string, each: (name: string) => void): void {
  let floor = 0;
  for (let c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
    let d = c;
    while (d > floor && d > c - 4) {
      const ch = text.charCodeAt(d - 1);
      if (ch < 48 || ch > 57) break;
      d--;
    }
    if (d === c) continue;
    const prevFloor = floor;
    floor = c + 1;
    if (c - d > 3 || d < 1 || text.charCodeAt(d - 1) !== 32 || d - 1 < prevFloor) continue;
    let ws = d - 1;
    let spaces = 0;
    while (ws > prevFloor) {
      if (text.charCodeAt(ws - 1) === 32 && ++spaces === 5) break;
      ws--;
    }
    const window = text.slice(ws, c + 1);
    AGE_AFTER.lastIndex = 0;
    for (let m = AGE_AFTER.exec(window); m !== null; m = AGE_AFTER.exec(window)) each(m[1] ?? '');
  }
}
/** ", Texas", ", Ont.", ", New South Wales": up to three capitalised words after a comma. */
const CONTAINER_AFTER = /^, ?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})/u;
const DIGIT_BEFORE = /\d\s?$/;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const ABBREVIATION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${[...PLACE_ABBREVIATIONS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

function abbreviationEntry(target: string): GeoEntry | null {
  const colon = target.indexOf(':');
  if (colon < 0) return countryEntry(target);
  const cc = target.slice(0, colon);
  const name = target.slice(colon + 1);
  if (name === 'Washington, D.C.') {
    return (
      loadGazetteer()
        .lookup('Washington')
        .find((e) => e.country === 'US' && e.feature === 'PPLC') ?? null
    );
  }
  return admin1Entry(cc, name);
}

/** How far a capitalised run is followed: longer than any name the gazetteer holds. */
const MAX_RUN_TOKENS = 12;
const isCapWord = (t: Token): boolean => t.kind === 'word' && startsUpper(t.text);
const isAllCaps = (s: string): boolean => s.length > 1 && s === s.toUpperCase() && s !== s.toLowerCase();

/** Words after a given name that make it part of a place or institution name, not a person's. */
function isNotNameWord(word: string): boolean {
  const k = normalizeName(word);
  return REGION_WORDS.has(k) || PLACE_STOP_WORDS.has(k);
}

/** The admin1 unit or country that ", Y" right after `end` names, as the options it may be; [] when none. */
function containerAfter(text: string, end: number): Container[] {
  const m = CONTAINER_AFTER.exec(text.slice(end, end + 48));
  if (!m) return [];
  const words = (m[1] ?? '').split(' ');
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    const abbr = PLACE_ABBREVIATIONS.get(name);
    const ae = abbr ? abbreviationEntry(abbr.target) : null;
    if (ae) return [{ country: ae.country, admin1: ae.feature === 'ADM1' ? ae.admin1 : null }];
    const bare = name.replace(POSSESSIVE_END, '').replace(/\.$/, '');
    const out: Container[] = [];
    for (const e of loadGazetteer().lookup(bare)) {
      if (e.feature === 'PCLI') out.push({ country: e.country, admin1: null });
      else if (e.feature === 'ADM1') out.push({ country: e.country, admin1: e.admin1 });
    }
    if (out.length > 0) return out;
  }
  return [];
}

/** The candidates that lie in one of the containers; all of them when none does or the name is itself a state. */
function within(candidates: GeoEntry[], containers: readonly Container[]): GeoEntry[] {
  if (containers.length === 0 || candidates.length < 2) return candidates;
  const top = candidates[0];
  if (top && (top.feature === 'PCLI' || top.feature === 'ADM1')) return candidates;
  const inside = candidates.filter((e) =>
    containers.some(
      (c) =>
        e.country === c.country &&
        (c.admin1 === null || e.admin1 === c.admin1) &&
        e.feature !== 'ADM1' &&
        e.feature !== 'PCLI',
    ),
  );
  return inside.length > 0 ? inside : candidates;
}

/** Places big enough to be written in spellings the gazetteer lacks ("Hodeidah" for "Hodeida"). */
const VARIANT_MIN_POPULATION = 100_000;

/**
 * Entries of a key the gazetteer lacks under a transliteration variant with or without a final "h" after "a"
 * ("Hodeidah"/"Hodeida", "Jeddah"/"Jedda"): only strong places, which are written in many ways.
 */
function variantEntries(key: string): readonly GeoEntry[] {
  if (key.length < 5 || key.includes(' ')) return [];
  const alt = key.endsWith('ah') ? key.slice(0, -1) : key.endsWith('a') ? `${key}h` : null;
  if (alt === null) return [];
  return loadGazetteer()
    .lookupKey(alt)
    .filter((e) => isStrong(e, VARIANT_MIN_POPULATION));
}

function candidatesFor(key: string, prefer: 'ADM1' | 'ADM2' | null): GeoEntry[] {
  const direct = loadGazetteer().lookupKey(key);
  let c = (direct.length > 0 ? direct : variantEntries(key)).slice(0, MAX_CANDIDATES);
  if (!prefer) {
    // A bare name shared by a region and a sizeable town of that region's country means the town
    // ("Kharkiv", "Donetsk", "New York"); "Kharkiv region" asks for the region.
    c = c.filter(
      (e) =>
        e.feature !== 'ADM1' ||
        !c.some((p) => p.featureClass === 'P' && p.country === e.country && p.population >= 0.1 * e.population),
    );
  }
  if (prefer) {
    const only = c.filter((e) => e.feature === prefer || (prefer === 'ADM2' && e.feature === 'ADM1'));
    if (only.length > 0) c = only;
  }
  return c;
}

const STRONG_FEATURES: ReadonlySet<string> = new Set(['PCLI', 'ADM1', 'PPLC', 'PPLA']);
const isStrong = (e: GeoEntry | undefined, minPop: number): boolean =>
  e !== undefined && (STRONG_FEATURES.has(e.feature) || e.population >= minPop);

interface Found {
  readonly mentions: Mention[];
  readonly demonyms: Demonym[];
  readonly anaphors: { start: number; end: number; kind: AnaphorKind }[];
}

/** Finds toponym, demonym and anaphor mentions in a tokenised text. */
function findMentions(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Found {
  const mentions: Mention[] = [];
  const demonyms: Demonym[] = [];
  const covered: Span[] = [];

  // Words the text also writes in lower case are common words there ("deal", "mobile", "turkey").
  // (built on first use: most texts never ask)
  let lowerWordSet: Set<string> | null = null;
  const lowerWords = (): Set<string> => {
    if (lowerWordSet) return lowerWordSet;
    lowerWordSet = new Set<string>();
    for (const t of tokens) if (t.kind === 'word' && !startsUpper(t.text)) lowerWordSet.add(lowerCase(t.text));
    return lowerWordSet;
  };

  ABBREVIATION_RE.lastIndex = 0;
  for (let m = ABBREVIATION_RE.exec(text); m !== null; m = ABBREVIATION_RE.exec(text)) {
    const abbr = PLACE_ABBREVIATIONS.get(m[0]);
    if (!abbr) continue;
    if (abbr.comma && !AFTER_COMMA.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "500 B.C." is a year.
    if (!abbr.comma && DIGIT_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    const e = abbreviationEntry(abbr.target);
    if (!e) continue;
    const end = m.index + m[0].length;
    mentions.push({ start: m.index, end, key: `@${abbr.target}`, candidates: [e], prefer: null, weak: false });
    covered.push([m.index, end]);
  }
  const isCovered = (t: Token): boolean => covered.some((c) => t.span[0] < c[1] && c[0] < t.span[1]);

  const firstWordOfSentence = new Set<number>();
  {
    let last = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t && t.sentence !== last && t.kind === 'word') {
        firstWordOfSentence.add(i);
        last = t.sentence;
      } else if (t && t.sentence !== last && t.kind !== 'word' && t.kind !== 'punct') last = t.sentence;
    }
  }

  // People named in full ("Igor Strelkov", "President Assad", "Lucy Lau"): their names are people when they come back
  // alone. `persons` holds names from a given name, title or age; `speakers` single words next to a verb of saying.
  const persons = new Set<string>();
  const speakers = new Set<string>();
  const nameKey = (w: string): string => normalizeName(w.replace(POSSESSIVE_END, ''));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    const b = tokens[k + 1];
    if (
      !a ||
      !b ||
      a.sentence !== b.sentence ||
      !isCapWord(b) ||
      b.span[0] - a.span[1] !== 1 ||
      text.charCodeAt(a.span[1]) !== 32
    )
      continue;
    const lower = lowerCase(a.text);
    const given = GIVEN_NAMES.has(lower) && isCapWord(a) && !isNotNameWord(b.text);
    if (given || PERSON_TITLES.has(lower)) {
      let m = k + 1;
      while (tokens[m + 1] && isCapWord(tokens[m + 1] as Token) && tokens[m + 1]?.sentence === a.sentence) m++;
      const last = tokens[m];
      if (last && m - k <= 3) {
        persons.add(nameKey(last.text));
        if (given && m === k + 1) persons.add(nameKey(a.text));
      }
    }
  }
  const agedPerson = (name: string): void => {
    const words = name.split(' ');
    if (words.length === 1 || !PLACE_STOP_WORDS.has(normalizeName(words[0] ?? '')))
      for (const w of words) persons.add(nameKey(w));
  };
  if (text.includes('-year-old ')) {
    AGE_BEFORE.lastIndex = 0;
    for (let m = AGE_BEFORE.exec(text); m !== null; m = AGE_BEFORE.exec(text)) agedPerson(m[1] ?? '');
  }
  ageAfterMatches(text, agedPerson);
  findSpeakers(text, (name) => speakers.add(nameKey(name)));

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !isCapWord(t) || isCovered(t)) {
      i++;
      continue;
    }
    // The capitalised run: capitalised words joined by single spaces, with connectors ("de", "of") and "St." inside.
    let runEnd = i;
    // (bounded: a name is a few words, and a hostile run of capitals must not make this quadratic)
    for (let k = i + 1; k < tokens.length && k - i < MAX_RUN_TOKENS; k++) {
      const prev = tokens[k - 1];
      const cur = tokens[k];
      if (!prev || !cur || cur.sentence !== t.sentence) break;
      const gap = text.slice(prev.span[1], cur.span[0]);
      const dotted = cur.text === '.' && gap === '' && DOTTED_NAME_PARTS.has(lowerCase(prev.text));
      if (dotted) continue;
      if (gap !== ' ' && !(gap === '' && prev.text === '.')) break;
      if (gap === '' && prev.text === '.' && !DOTTED_NAME_PARTS.has((tokens[k - 2]?.text ?? '').toLowerCase())) break;
      if (isCapWord(cur)) runEnd = k;
      else if (!(cur.kind === 'word' && NAME_CONNECTORS.has(cur.text))) break;
    }
    const first = lowerCase(t.text);
    const next = tokens[i + 1];
    const prevTok = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
    const personByName =
      GIVEN_NAMES.has(first) && runEnd > i && next !== undefined && isCapWord(next) && !isNotNameWord(next.text);
    const personByTitle =
      prevTok !== undefined && prevTok.sentence === t.sentence && PERSON_TITLES.has(lowerCase(prevTok.text));
    if (personByName || personByTitle) {
      i = runEnd + 1;
      continue;
    }

    let matched = false;
    for (let len = Math.min(MAX_NAME_TOKENS, runEnd - i + 1); len >= 1 && !matched; len--) {
      const j = i + len - 1;
      const last = tokens[j];
      if (!last || !isCapWord(last)) continue;
      const start = t.span[0];
      let end = last.span[1];
      const poss = POSSESSIVE_END.exec(last.text);
      if (poss && last.text.length - poss[0].length >= 2) end -= poss[0].length;
      const raw = text.slice(start, end);
      const key = normalizeName(raw);
      if (len === 1 && (PLACE_STOP_WORDS.has(key) || key.length < 3)) continue;
      // "White House", "Georgia Tech": an institution named after a place; neither it nor its place is tagged.
      if (len > 1 && NON_PLACE_NAMES.has(key)) {
        i = j + 1;
        matched = true;
        break;
      }
      const allCaps = len === 1 && isAllCaps(raw);

      const dem = len <= 2 && !allCaps ? countryOfDemonym(raw) : null;
      if (dem) {
        demonyms.push({ span: [start, end], text: raw, country: dem });
        i = j + 1;
        matched = true;
        break;
      }
      // "Kharkiv region", "Gaza Strip", "Metcalfe County": the word after the name says which kind of unit.
      const after = tokens[j + 1];
      let prefer: 'ADM1' | 'ADM2' | null = null;
      if (
        after &&
        after.sentence === t.sentence &&
        after.kind === 'word' &&
        !poss &&
        text.slice(end, after.span[0]) === ' '
      ) {
        const w = REGION_WORDS.get(lowerCase(after.text));
        // "Kentucky State Police", "Ohio State University": "State" begins another name.
        const then = tokens[j + 2];
        const stateOfName =
          w !== undefined &&
          after.text.toLowerCase() === 'state' &&
          then !== undefined &&
          then.sentence === t.sentence &&
          isCapWord(then) &&
          text.slice(after.span[1], then.span[0]) === ' ';
        if (w && !stateOfName) prefer = w;
      }
      const spanEnd = prefer && after ? after.span[1] : end;
      const found = candidatesFor(key, prefer);
      if (found.length === 0) continue;
      const candidates =
        found.length > 1 && text[spanEnd] === ',' ? within(found, containerAfter(text, spanEnd)) : found;
      const best = candidates[0];
      if (len === 1) {
        if (persons.has(key) && best?.feature !== 'PCLI') continue;
        if (speakers.has(key) && !isStrong(best, 100000)) continue;
        if (lowerWords().has(first) && best?.feature !== 'PCLI') continue;
        if (allCaps && (raw.length < 4 || !isStrong(best, 100000))) continue;
        if (firstWordOfSentence.has(i) && !isStrong(best, 50000)) continue;
      }
      const weak = len === 1 && !candidates.some((e) => isStrong(e, 1000) || e.feature === 'ADM2');
      mentions.push({ start, end: spanEnd, key: prefer ? `${key}#${prefer}` : key, candidates, prefer, weak });
      i = prefer ? j + 2 : j + 1;
      matched = true;
    }
    // "Tudun Biri", "Medecins Sans Frontieres": a name the gazetteer lacks is not searched for places inside it,
    // unless its first word is one that merely precedes names ("The", "Eastern", "Mayor").
    if (!matched) i = runEnd > i && !LEADING_WORDS.has(first) ? runEnd + 1 : i + 1;
  }

  const anaphors: { start: number; end: number; kind: AnaphorKind }[] = [];
  ANAPHOR_PATTERN.lastIndex = 0;
  for (let m = ANAPHOR_PATTERN.exec(text); m !== null; m = ANAPHOR_PATTERN.exec(text)) {
    const kind = PLACE_ANAPHORS.get((m[1] ?? '').toLowerCase());
    if (!kind) continue;
    const end = m.index + m[0].length;
    // "the city of Kharkiv", "the capital, Kyiv", "the capital Kyiv": the name is given right there.
    if (NAME_FOLLOWS.test(text.slice(end, end + 4))) continue;
    anaphors.push({ start: m.index, end, kind });
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), demonyms, anaphors };
}

const FEATURE_BONUS: Readonly<Record<string, number>> = {
  PCLI: 3,
  PPLC: 1.2,
  PPLA: 0.6,
  PPLA2: 0.2,
  ADM1: 0.1,
  ADM2: -0.6,
  PPLX: -1,
  CONT: 7,
  RGN: 4,
};
const REGION_SUFFIX = / (county|district|region|province|oblast|governorate|state)$/;
/** How likely a name means an entry before context: population, kind, and whether it is the entry's own name. */
function prior(e: GeoEntry, key: string): number {
  let s = Math.log10(e.population + 10) + (FEATURE_BONUS[e.feature] ?? 0);
  const own = normalizeName(e.name);
  // "Venice" is an old alternate name of some US town; the entry called Venice is meant.
  if (own === key || own.replace(REGION_SUFFIX, '') === key.replace(/#.*$/, '')) s += 1;
  // Counties are written "X County"; a bare "Delaware" is the state.
  if (e.feature === 'ADM2' && !key.endsWith('#ADM2') && !REGION_SUFFIX.test(key)) s -= 1.5;
  return s;
}

/** Whether a key is the entry's own name (not one of its alternate spellings). */
function ownName(e: GeoEntry, key: string): boolean {
  const own = normalizeName(e.name);
  const bare = key.replace(/#.*$/, '');
  return own === bare || own.replace(REGION_SUFFIX, '') === bare;
}

/** Country context that makes a country the article's leading one. */
const LEAD_CONTEXT = 3;
/** Foreign places this big are meant even under another spelling ("Peking", "Bombay"). */
const FOREIGN_VARIANT_MAX = 1_000_000;

const REGION_BONUS = 1.5;
const NEAR_W = 0.8;
const NEAR_CAP = 2.5;
/** Resolves every mention to one entry (or null), using the article's countries and the nearness of other places. */
function resolveMentions(mentions: readonly Mention[], demonyms: readonly Demonym[]): (GeoEntry | null)[] {
  const byKey = new Map<string, Mention>();
  for (const m of mentions) if (!byKey.has(m.key)) byKey.set(m.key, m);

  // Country context: countries named, demonyms, and names whose candidates all lie in one country. Each name counts
  // once, and an ambiguous name's own guess is left out of its own context (it must not vote for itself).
  const ctx = new Map<string, number>();
  const add = (cc: string, w: number): void => void ctx.set(cc, (ctx.get(cc) ?? 0) + w);
  const perCountry = new Map<string, number>();
  for (const d of demonyms) perCountry.set(d.country, (perCountry.get(d.country) ?? 0) + 1);
  for (const [cc, n] of perCountry) add(cc, Math.min(n, 3));
  // prior() of each name's candidates, worked out once (the sort and both passes ask again and again)
  const priors = new Map<string, Map<GeoEntry, number>>();
  for (const [k, m] of byKey) {
    const p = new Map<GeoEntry, number>();
    for (const e of m.candidates) if (!p.has(e)) p.set(e, prior(e, k));
    priors.set(k, p);
  }
  const priorOf = (e: GeoEntry, k: string): number => priors.get(k)?.get(e) ?? prior(e, k);
  const own = new Map<string, [string, number]>();
  for (const [k, m] of byKey) {
    const top = [...m.candidates].sort((a, b) => priorOf(b, k) - priorOf(a, k))[0];
    if (!top) continue;
    const w = top.feature === 'PCLI' ? 2 : m.candidates.every((e) => e.country === top.country) ? 1 : 0.3;
    add(top.country, w);
    own.set(k, [top.country, w]);
  }
  const maxCtx = Math.max(1, ...ctx.values());
  const ctxOf = (k: string, e: GeoEntry): number => {
    const o = own.get(k);
    const v = (ctx.get(e.country) ?? 0) - (o && o[0] === e.country && o[1] < 1 ? o[1] : 0);
    return 2.5 * (v / maxCtx);
  };

  const pick = (m: Mention, score: (e: GeoEntry) => number): GeoEntry | null => {
    let best: GeoEntry | null = null;
    let bestScore = -Infinity;
    for (const e of m.candidates) {
      const s = score(e);
      if (s > bestScore) {
        bestScore = s;
        best = e;
      }
    }
    return best;
  };

  // Pass 1: population, feature and country context.
  const first = new Map<string, GeoEntry | null>();
  for (const [k, m] of byKey)
    first.set(
      k,
      pick(m, (e) => priorOf(e, k) + ctxOf(k, e)),
    );

  // Pass 2: add nearness to the other names' first-pass places and the admin1 units the article names.
  const final = new Map<string, GeoEntry | null>();
  for (const [k, m] of byKey) {
    const anchors: GeoEntry[] = [];
    const regions: GeoEntry[] = [];
    for (const [k2, e] of first) {
      if (k2 === k || !e) continue;
      if (e.feature === 'ADM1') regions.push(e);
      else if (e.feature !== 'PCLI' && e.feature !== 'ADM2') anchors.push(e);
    }
    const near = (e: GeoEntry): number => {
      let bonus = 0;
      for (const a of anchors) {
        const d = distanceKm(e.lat, e.lon, a.lat, a.lon);
        bonus += d < 150 ? NEAR_W : d < 500 ? 0.3 : 0;
      }
      bonus = Math.min(bonus, NEAR_CAP);
      // Named states and provinces: a place inside one the article names is likely meant.
      let inRegion = 0;
      for (const r of regions) if (r.country === e.country && r.admin1 === e.admin1 && r !== e) inRegion = REGION_BONUS;
      return bonus + inRegion;
    };
    final.set(
      k,
      pick(m, (e) => priorOf(e, k) + ctxOf(k, e) + near(e)),
    );
  }

  // The article's leading country, when the context clearly has one.
  let lead: string | null = null;
  for (const [cc, v] of ctx) if (v >= LEAD_CONTEXT && (lead === null || v > (ctx.get(lead) ?? 0))) lead = cc;
  return mentions.map((m) => {
    const e = final.get(m.key) ?? null;
    if (!e) return null;
    if (m.weak && (ctx.get(e.country) ?? 0) < 1.5 && e.population < 1000) return null;
    // "the town of Boni" in a story about Mali is not Bonn (whose alternate names include "Boni"): a town reached only
    // through another spelling, in a country nothing else in the article names, is not meant.
    if (
      lead !== null &&
      e.featureClass === 'P' &&
      e.country !== lead &&
      !isStrong(e, FOREIGN_VARIANT_MAX) &&
      !ownName(e, m.key)
    ) {
      const o = own.get(m.key);
      const others = (ctx.get(e.country) ?? 0) - (o && o[0] === e.country ? o[1] : 0);
      if (others <= 0) return null;
    }
    return e;
  });
}

function toPlace(text: string, start: number, end: number, e: GeoEntry, antecedent?: number): Place {
  const place: Place = {
    span: [start, end],
    text: text.slice(start, end),
    geonameid: e.geonameid,
    name: e.name,
    alt_names: e.alt_names,
    lat: e.lat,
    lon: e.lon,
    country: e.country,
    admin1: e.admin1,
    admin1Name: e.admin1Name ?? null,
    featureClass: e.featureClass,
    feature: e.feature,
    population: e.population,
  };
  return antecedent === undefined ? place : { ...place, antecedent };
}

const CITY_CLASS = 'P';
const matchesKind = (e: Place, kind: AnaphorKind): boolean =>
  kind === 'city'
    ? e.featureClass === CITY_CLASS && e.feature !== 'PPLX'
    : kind === 'region'
      ? e.feature === 'ADM1' || e.feature === 'ADM2'
      : kind === 'country'
        ? e.feature === 'PCLI'
        : e.feature === 'PPLC';

/** Recognises and resolves the places and demonyms of a tokenised text. */
export function findPlaces(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): { places: Place[]; demonyms: Demonym[] } {
  const { mentions, demonyms, anaphors } = findMentions(text, sentences, tokens);
  const resolved = resolveMentions(mentions, demonyms);
  const named: Place[] = [];
  mentions.forEach((m, idx) => {
    const e = resolved[idx];
    if (e) named.push(toPlace(text, m.start, m.end, e));
  });
  const declared = findUnlisted(text, sentences, named);
  // a declared settlement replaces a foreign namesake at the same span, and names found inside it
  for (const d of declared) {
    for (let k = named.length - 1; k >= 0; k--) {
      const p = named[k] as Place;
      if (p.span[0] >= d.span[0] && p.span[1] <= d.span[1]) named.splice(k, 1);
    }
  }
  named.push(...declared);
  named.sort((a, b) => a.span[0] - b.span[0]);
  if (anaphors.length === 0) return { places: named, demonyms };

  // Merge anaphors in text order, each pointing at the last earlier place of its kind.
  const countryCounts = new Map<string, number>();
  for (const p of named)
    if (p.feature === 'PCLI') countryCounts.set(p.country, (countryCounts.get(p.country) ?? 0) + 1);
  for (const d of demonyms) countryCounts.set(d.country, (countryCounts.get(d.country) ?? 0) + 1);
  const topCountry = [...countryCounts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;

  const places: Place[] = [];
  let ni = 0;
  for (const a of anaphors) {
    while (ni < named.length && (named[ni]?.span[0] ?? Infinity) < a.start) places.push(named[ni++] as Place);
    let ante = -1;
    for (let k = places.length - 1; k >= 0; k--) {
      const p = places[k];
      if (p && p.antecedent === undefined && matchesKind(p, a.kind)) {
        ante = k;
        break;
      }
    }
    const p = places[ante];
    const region = p ? null : a.kind === 'region' ? regionOfLastTown(places) : null;
    if (p) {
      places.push(toPlaceFrom(text, a.start, a.end, p, ante));
    } else if (region) {
      // "Odesa … launched at the region": with no region named, the region of the last town named
      places.push(toPlace(text, a.start, a.end, region.entry, region.index));
    } else if (a.kind === 'capital' && topCountry) {
      const cap = capitalOf(topCountry);
      if (cap) places.push(toPlace(text, a.start, a.end, cap));
    }
  }
  while (ni < named.length) places.push(named[ni++] as Place);
  return { places, demonyms };
}

/** The admin1 unit of the last town among `places` (not an anaphor), with that town's index. */
function regionOfLastTown(places: readonly Place[]): { entry: GeoEntry; index: number } | null {
  for (let k = places.length - 1; k >= 0; k--) {
    const p = places[k];
    if (!p || p.antecedent !== undefined || p.featureClass !== CITY_CLASS || p.feature === 'PPLX') continue;
    const entry = p.admin1Name ? admin1Entry(p.country, p.admin1Name) : null;
    return entry ? { entry, index: k } : null;
  }
  return null;
}

function toPlaceFrom(text: string, start: number, end: number, p: Place, antecedent: number): Place {
  const place: Place = {
    span: [start, end],
    text: text.slice(start, end),
    geonameid: p.geonameid,
    name: p.name,
    alt_names: p.alt_names,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    admin1: p.admin1,
    admin1Name: p.admin1Name ?? null,
    featureClass: p.featureClass,
    feature: p.feature,
    population: p.population,
  };
  return { ...place, antecedent };
}

/**
 * Oracle-mode geocoding: resolves given spans (toponyms already found, e.g. gold ones) in the context of each other.
 * Spans whose text the gazetteer does not know resolve to null.
 */
export function geocodeSpans(text: string, spans: readonly Span[]): (GeoEntry | null)[] {
  const mentions: Mention[] = [];
  const demonyms: Demonym[] = [];
  const slot: number[] = [];
  for (const [s, e] of spans) {
    const raw = text.slice(s, e).replace(POSSESSIVE_END, '').trim();
    let key = normalizeName(raw);
    let prefer: 'ADM1' | 'ADM2' | null = null;
    const lastSpace = key.lastIndexOf(' ');
    const tail = lastSpace > 0 ? key.slice(lastSpace + 1) : '';
    let candidates: GeoEntry[] = [];
    const abbr0 = PLACE_ABBREVIATIONS.get(raw);
    const ae0 = abbr0 ? abbreviationEntry(abbr0.target) : null;
    if (ae0) candidates = [ae0];
    const dem0 = candidates.length === 0 && !raw.includes(' ') ? countryOfDemonym(raw) : null;
    const de0 = dem0 ? countryEntry(dem0) : null;
    if (de0) candidates = [de0];
    if (candidates.length === 0) candidates = candidatesFor(key, null);
    if (candidates.length === 0 && REGION_WORDS.has(tail)) {
      prefer = REGION_WORDS.get(tail) ?? null;
      key = key.slice(0, lastSpace);
      candidates = candidatesFor(key, prefer);
    }
    if (candidates.length === 0 && key.startsWith('the ')) {
      key = key.slice(4);
      candidates = candidatesFor(key, null);
    }
    if (candidates.length === 0) {
      const abbr = PLACE_ABBREVIATIONS.get(raw) ?? PLACE_ABBREVIATIONS.get(`${raw}.`);
      const ae = abbr ? abbreviationEntry(abbr.target) : null;
      if (ae) candidates = [ae];
    }
    if (candidates.length === 0) {
      const cc = countryOfDemonym(raw);
      const ce = cc ? countryEntry(cc) : null;
      if (ce) candidates = [ce];
    }
    if (candidates.length === 0) {
      const all = isAllCaps(raw) ? candidatesFor(normalizeName(raw), null) : [];
      candidates = all;
    }
    if (candidates.length === 0) {
      slot.push(-1);
      continue;
    }
    candidates = within(candidates, containerAfter(text, e));
    slot.push(mentions.length);
    mentions.push({ start: s, end: e, key: prefer ? `${key}#${prefer}` : key, candidates, prefer, weak: false });
  }
  const resolved = resolveMentions(mentions, demonyms);
  return slot.map((k) => (k < 0 ? null : (resolved[k] ?? null)));
}
