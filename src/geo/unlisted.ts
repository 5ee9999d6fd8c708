// Places the gazetteer lacks but the text declares: "Tudun Biri, a village in northwest Nigeria", "the village of
// Moura", "Zamzam camp". They get the name as written and the coordinates of the place that contains them (the next
// place the sentence names, else the article's main country), marked approximate.
import type { Place } from '../core/layers/place.js';
import type { Sentence } from '../core/layers/text.js';
import { LEADING_WORDS, SETTLEMENT_WORDS } from '../stages/en/place-words.js';
import { countryEntry, countryOfDemonym } from './countries.js';

// A capitalised name of one to four words ("Tudun Biri", "Abu Shouk", "Kywe Pon"). Bounded repetition, one space
// between words, so matching is linear.
const NAME = "\\p{Lu}[\\p{L}'’-]{1,30}(?: \\p{Lu}[\\p{L}'’-]{1,30}){0,3}";
const SETTLEMENT = `(${[...SETTLEMENT_WORDS].join('|')})`;
/** Every place a settlement word is written (as a plain substring, so also inside longer words). */
const SETTLEMENT_ANYWHERE = new RegExp([...SETTLEMENT_WORDS].join('|'), 'g');
const NEAR_PHRASE =
  '(?:on the outskirts of|near|outside|just outside|(?:north|south|east|west|northeast|northwest|southeast|southwest) of) ';
/** Every place a phrase placing a name by another is written (", north of "): no `u`, no Unicode in it. */
const NEAR_ANYWHERE = new RegExp(`, ${NEAR_PHRASE}`, 'g');
/** How far a pattern's match reaches from its settlement word or near-phrase: names are at most 127 characters. */
const REACH = 200;
/** `windowed`: every match holds a settlement word (or a near-phrase), so only the text around one is searched. */
const PATTERNS: readonly { re: RegExp; name: number; windowed: 'settlement' | 'near' }[] = [
  // "Tudun Biri, a village in …", "Dobropillia, a town …"
  {
    re: new RegExp(`(${NAME}), (?:a|an|the) (?:[a-z-]{3,15} ){0,2}${SETTLEMENT}\\b`, 'gu'),
    name: 1,
    windowed: 'settlement',
  },
  // "in Ardamata, on the outskirts of El Geneina", "in Yahidne, north of Chernihiv": placed by a known place
  {
    re: new RegExp(`\\b(?:in|at|near) (${NAME}), ${NEAR_PHRASE}`, 'gu'),
    name: 1,
    windowed: 'near',
  },
  // "the village of Moura", "the camp of Zamzam"
  { re: new RegExp(`\\b${SETTLEMENT} of (${NAME})`, 'gu'), name: 2, windowed: 'settlement' },
  // "Pazigyi village", "Zamzam camp", "the Zamzam displacement camp"
  { re: new RegExp(`(${NAME}) (?:[a-z-]{3,15} )?${SETTLEMENT}\\b`, 'gu'), name: 1, windowed: 'settlement' },
];

/** An ASCII character that is not a word character of `\\b`: a window may start right after it or end with it. */
function isAsciiNonWord(c: number): boolean {
  return c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
}

/**
 * The stretches of text within REACH of an anchor (a settlement word, a near-phrase), merged, each widened to start after and end with an
 * ASCII non-word character: a pattern run over such a stretch finds exactly the matches it finds there in the whole
 * text (no \\b or surrogate pair is cut, and no match reaches across the edge).
 */
function anchorWindows(text: string, anchor: RegExp): [number, number][] {
  const out: [number, number][] = [];
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m !== null; m = anchor.exec(text)) {
    let a = Math.max(0, m.index - REACH);
    while (a > 0 && !isAsciiNonWord(text.charCodeAt(a - 1))) a--;
    let b = Math.min(text.length, m.index + REACH);
    while (b < text.length && !isAsciiNonWord(text.charCodeAt(b - 1))) b++;
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The matches of a global pattern in the whole text, or in the given windows of it, with offsets in the text. */
function* matchesIn(re: RegExp, text: string, windows: readonly [number, number][] | null): Generator<RegExpExecArray> {
  for (const [a, b] of windows ?? [[0, text.length]]) {
    const part = a === 0 && b === text.length ? text : text.slice(a, b);
    re.lastIndex = 0;
    for (let m = re.exec(part); m !== null; m = re.exec(part)) {
      m.index += a;
      yield m;
    }
  }
}

function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((s) => s.span[0] <= at && at < s.span[1]);
}

/** Towns smaller than this, matched in a country the article never names, yield to a settlement the text declares. */
const FOREIGN_TOWN_MAX = 200_000;

function topCountryOf(places: readonly Place[]): string | null {
  const counts = new Map<string, number>();
  for (const p of places) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return sorted[0] && sorted[0][1] >= 2 ? sorted[0][0] : null;
}

/** The unlisted places of a text, given the places already found (which they must not overlap). */
export function findUnlisted(text: string, sentences: readonly Sentence[], namedIn: readonly Place[]): Place[] {
  // A small town the gazetteer matched in a country the article never names ("the village of Moura" in a story about
  // Mali, not Moura in Portugal) gives way to the settlement the text declares.
  const top = topCountryOf(namedIn);
  const foreign = (p: Place): boolean =>
    top !== null &&
    p.country !== top &&
    p.featureClass === 'P' &&
    p.population < FOREIGN_TOWN_MAX &&
    !namedIn.some((q) => q.country === p.country && q !== p && q.featureClass === 'A');
  const named = namedIn.filter((p) => !foreign(p));
  const out: Place[] = [];
  const counts = new Map<string, number>();
  for (const p of named) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const topCountry = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const onlyInside = (s: number, e: number): boolean => {
    const hit = named.filter((p) => p.span[0] < e && s < p.span[1]);
    return (
      hit.length > 0 &&
      hit.every((p) => p.span[0] >= s && p.span[1] <= e && p.span[1] - p.span[0] < e - s) &&
      !out.some((p) => p.span[0] < e && s < p.span[1])
    );
  };
  const taken = (s: number, e: number): boolean =>
    named.some((p) => p.span[0] < e && s < p.span[1]) || out.some((p) => p.span[0] < e && s < p.span[1]);

  const declared = new Map<string, Place>();
  let settlementWindows: [number, number][] | null = null;
  for (const { re, name, windowed } of PATTERNS) {
    const windows =
      windowed === 'near'
        ? anchorWindows(text, NEAR_ANYWHERE)
        : (settlementWindows ??= anchorWindows(text, SETTLEMENT_ANYWHERE));
    for (const m of matchesIn(re, text, windows)) {
      const raw = m[name] ?? '';
      const offset = m[0].indexOf(raw);
      let start = m.index + offset;
      let words = raw.split(' ');
      // drop words that only precede names ("The village", "In Zamzam camp")
      while (words.length > 0 && LEADING_WORDS.has((words[0] ?? '').toLowerCase())) {
        start += (words[0] ?? '').length + 1;
        words = words.slice(1);
      }
      if (words.length === 0) continue;
      // "the Russian-held town", "a Ukrainian village": a demonym or a compound adjective describes, it does not name
      const last = words[words.length - 1] ?? '';
      if (/-\p{Ll}/u.test(last) || words.some((w) => countryOfDemonym(w) !== null)) continue;
      const end = start + words.join(' ').length;
      // names found inside a longer declared name ("Lin" and "Ta Lu" in "the village of Lin Ta Lu") give way to it
      if (taken(start, end) && !onlyInside(start, end)) continue;
      const sentence = sentenceAt(sentences, start);
      // the place named after it in its sentence ("… a village in northwest Nigeria"), else the last place named
      // before it (not a dateline's capitals), else the article's main country
      const container =
        named.find((p) => sentence && p.span[0] >= end && p.span[1] <= sentence.span[1]) ??
        [...named].reverse().find((p) => p.span[1] <= start && p.text !== p.text.toUpperCase()) ??
        (topCountry ? countryEntry(topCountry) : null);
      if (!container) continue;
      const place: Place = {
        span: [start, end],
        text: text.slice(start, end),
        geonameid: null,
        name: text.slice(start, end),
        alt_names: [],
        lat: container.lat,
        lon: container.lon,
        country: container.country,
        admin1: container.admin1,
        admin1Name: container.admin1Name ?? null,
        featureClass: 'P',
        feature: 'PPL',
        population: 0,
        approximate: true,
      };
      out.push(place);
      declared.set(place.name, place);
    }
  }
  // Later bare mentions of a declared name ("… in Tudun Biri") are the same place.
  for (const [name, p] of declared) {
    let from = 0;
    for (let at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, from)) {
      from = at + name.length;
      const boundary = !/[\p{L}\d]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\d]/u.test(text[from] ?? ' ');
      if (boundary && !taken(at, from)) out.push({ ...p, span: [at, from], text: name });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
