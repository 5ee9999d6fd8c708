// Finds the people, organisations and collectives that speak in an article, gives each a kind and a side,
// and links aliases, role nouns and pronouns of one entity under one id.
import type { Demonym, Place } from '../core/layers/place.js';
import type { Entity, SourceKind } from '../core/layers/source.js';
import type { Sentence, Token } from '../core/layers/text.js';
import { defineStage } from '../pipeline/stage.js';
import { endsPossessive, lowerCase, stripPossessive } from '../geo/text-case.js';
import {
  ANAPHORIC_ROLES,
  COLLECTIVE_NOUNS,
  CUE_PRE_MODIFIERS,
  CUE_VERBS,
  DETERMINERS,
  GIVEN_NAMES,
  KNOWN_ORGS,
  NON_HUMAN_SOURCES,
  NOT_NAMES,
  NOT_PERSON_WORDS,
  GENERIC_ROLES,
  TITLE_ABBREVIATIONS,
  TIME_WORDS,
  COUNTRY_SIDES,
  PLURAL_COLLECTIVES,
  ORG_HEADS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SEATS_OF_GOVERNMENT,
  SIDE_WORDS,
  TITLES,
} from './en/sources.js';

/** A mention before ids are given. */
interface Mention {
  start: number;
  end: number;
  /** Name of this mention alone (no determiner, no role). */
  name: string;
  kind: SourceKind;
  side: string | null;
  role?: string;
  reference: 'name' | 'description' | 'pronoun';
  /** What the mention is: a named person, an organisation, a group of people, a pronoun. */
  type: 'person' | 'org' | 'group' | 'pronoun' | 'seat';
  /** For organisations and role nouns: the head word ("ministry") and its qualifier ("defence"). */
  head?: string;
  qual?: string;
  /** Indefinite descriptions ("a security source") are always new entities. */
  indefinite?: boolean;
  /** Lower-case pronoun. */
  pron?: string;
  /** Index of the sentence. */
  sentence: number;
}

const STOP_MODIFIERS = new Set(
  (
    'in on at by for from to of with into over under about against after before during since is was were are be been ' +
    'being has have had not no did does do will would could should may might can who which that this these those and ' +
    'or but as than said says say told its his her their our my your it he she they we i'
  ).split(' '),
);

const isUpper = (s: string): boolean => {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  // "al-Masirah", "el-Sisi", "al-Shabaab": an Arabic article before a capitalised name
  if (c === 97 || c === 101) return ARTICLE_PREFIXED.test(s);
  return c > 127 && s[0] !== s[0]?.toLowerCase();
};
/** Units of land after a name that make it a place ("East Gojjam zone", "Kharkiv region"). */
const LAND_UNITS: ReadonlySet<string> = new Set(
  'zone region province district territory county state municipality governorate oblast prefecture village town city'.split(
    ' ',
  ),
);
/** Endings of an ordinal written in figures ("18th"), which the tokens split from the number. */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
/** Heads of military units named by an ordinal ("18th Brigade", "3rd Army Corps"). */
const UNIT_HEADS: ReadonlySet<string> = new Set([
  'brigade',
  'battalion',
  'regiment',
  'division',
  'corps',
  'army',
  'fleet',
]);
/** A name opening with a lower-case Arabic article ("al-Masirah", "el-Sisi", "ad-Dawla"). */
const ARTICLE_PREFIXED = /^(?:al|el|ad|as|ash|ar|an|at|az|ez|es|en)-\p{Lu}/u;
const norm = (w: string): string => {
  const l = lowerCase(stripPossessive(w));
  return l === 'defense' ? 'defence' : l;
};

function sideOfWord(w: string): string | null {
  return SIDE_WORDS.get(lowerCase(stripPossessive(w))) ?? null;
}

/** `sideOfWord(l)` for a word already in lower case (lower-casing is idempotent). */
function sideOfLower(l: string): string | null {
  return SIDE_WORDS.get(stripPossessive(l)) ?? null;
}

/** The side named inside [start, end): own table, then the places and demonyms layers. */
function sideIn(
  toks: readonly Token[],
  a: number,
  b: number,
  places: readonly Place[],
  demonyms: readonly Demonym[],
  start: number,
  end: number,
): string | null {
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t === undefined) continue;
    const s = sideOfWord(t.text) ?? (t.text.includes('-') ? sideOfWord(t.text.split('-')[0] ?? '') : null);
    if (s !== null) return s;
  }
  for (const d of demonyms) if (d.span[0] >= start && d.span[1] <= end) return d.country;
  for (const p of places) if (p.span[0] >= start && p.span[1] <= end) return p.country;
  return null;
}

interface Head {
  head: string;
  qual: string | undefined;
  from: number;
}

/** What follows a space in the organisation heads of several words ("defence ministry" → "ministry"). */
const TWO_WORD_HEAD_ENDS: ReadonlySet<string> = new Set(
  [...ORG_HEADS.keys()].flatMap((k) => [...k].flatMap((c, i) => (c === ' ' ? [k.slice(i + 1)] : []))),
);

/** Every word that can be an organisation head (alone or as the end of two words). */
const HEAD_WORDS: ReadonlySet<string> = new Set([...ORG_HEADS.keys(), ...TWO_WORD_HEAD_ENDS]);
/** Every word that can end a description: an organisation head, a collective noun or a role noun. */
const DESCRIPTION_ENDS: ReadonlySet<string> = new Set([
  ...HEAD_WORDS,
  ...COLLECTIVE_NOUNS.keys(),
  ...ROLE_NOUNS.keys(),
]);
/** Flags of a lower-case word, read with one look-up per token: it may end a description, it is a pronoun. */
const ENDS_DESCRIPTION = 1;
const IS_PRONOUN = 2;
const WORD_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const w of DESCRIPTION_ENDS) m.set(w, ENDS_DESCRIPTION);
  for (const w of PRONOUNS.keys()) m.set(w, (m.get(w) ?? 0) | IS_PRONOUN);
  return m;
})();
/** The lower-case ASCII letter triples that open a key of WORD_FLAGS, by ((first × 26) + second) × 26 + third. */
const FLAG_TRIPLES = new Uint8Array(26 * 26 * 26);
for (const w of WORD_FLAGS.keys()) {
  const x = w.charCodeAt(0) - 97;
  const y = w.charCodeAt(1) - 97;
  const z = w.charCodeAt(2) - 97;
  if (x >= 0 && x < 26 && y >= 0 && y < 26 && z >= 0 && z < 26) FLAG_TRIPLES[(x * 26 + y) * 26 + z] = 1;
}
/** `WORD_FLAGS.get(l) ?? 0`, answered 0 without a look-up when `l` opens with three lower-case ASCII letters that
 * open no key. */
function wordFlags(l: string): number {
  if (l.length >= 3) {
    const x = l.charCodeAt(0) - 97;
    const y = l.charCodeAt(1) - 97;
    const z = l.charCodeAt(2) - 97;
    if (x >= 0 && x < 26 && y >= 0 && y < 26 && z >= 0 && z < 26 && FLAG_TRIPLES[(x * 26 + y) * 26 + z] === 0) return 0;
  }
  return WORD_FLAGS.get(l) ?? 0;
}

function headAt(toks: readonly Token[], j: number, nrm: (i: number) => string): Head | null {
  const t = toks[j];
  if (t === undefined || t.kind !== 'word') return null;
  const w = nrm(j);
  const prev = toks[j - 1];
  if (prev !== undefined && prev.kind === 'word' && TWO_WORD_HEAD_ENDS.has(w)) {
    const two = `${nrm(j - 1)} ${w}`;
    if (ORG_HEADS.has(two)) return { head: w, qual: nrm(j - 1), from: j - 1 };
  }
  if (ORG_HEADS.has(w)) return { head: w, qual: undefined, from: j };
  return null;
}

/** Verbs before "responsibility" with which a government speaks for an act ("took responsibility"). */
const RESPONSIBILITY_VERBS: ReadonlySet<string> = new Set([
  'took',
  'claimed',
  'accepted',
  'denied',
  'admitted',
  'bears',
]);

/** Words in the names of armed groups that a plain "the army" does not refer back to. */
const ARMED_GROUP_NAME =
  /\b(?:Liberation|Revolutionary|Rebel|Islamic|Resistance|Front|Movement|Popular|People['’]s|Mujahideen|Jihad|Insurgent)\b/u;

/** The organisation head right before the first "of"/"for" inside a capitalised run [i, j], or null. */
function headBeforeOf(
  toks: readonly Token[],
  i: number,
  j: number,
  headAtTok: (toks: readonly Token[], k: number) => Head | null,
): Head | null {
  for (let k = i + 1; k < j; k++) {
    const w = toks[k]?.text;
    if (w === 'of' || w === 'for') return headAtTok(toks, k - 1);
  }
  return null;
}

/** True when the token after `i` (skipping auxiliaries and adverbs) is a cue verb. */
function cueFollows(toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
    const w = lowerCase(toks[k]?.text ?? '');
    if (CUE_VERBS.has(w) || (w === ':' && k === i + 1)) return true;
    // "Kyiv took responsibility", "Moscow denied responsibility": a government owning or refusing an act speaks too
    if (RESPONSIBILITY_VERBS.has(w) && lowerCase(toks[k + 1]?.text ?? '') === 'responsibility') return true;
    if (w === 'took' || w === 'claimed' || w === 'has' || CUE_PRE_MODIFIERS.has(w)) continue;
    // "Russia on Monday said": a time phrase between the name and the cue.
    if (TIME_WORDS.has(w) || w === 'on' || w === 'this' || w === 'late' || w === 'early') continue;
    return false;
  }
  return false;
}

function mentionsInSentence(
  text: string,
  toks: readonly Token[],
  si: number,
  places: readonly Place[],
  demonyms: readonly Demonym[],
  known: Map<string, Mention>,
): Mention[] {
  const out: Mention[] = [];
  const n = toks.length;
  const tokText = (i: number): string => toks[i]?.text ?? '';
  const startOf = (i: number): number => toks[i]?.span[0] ?? 0;
  const endOf = (i: number): number => toks[i]?.span[1] ?? 0;
  const slice = (a: number, b: number): string => text.slice(startOf(a), endOf(b));
  // Per token of the sentence, computed once: the lower-case form, the normalised form and the organisation head.
  const low: string[] = [];
  const flags: number[] = [];
  for (const t of toks) {
    const l = lowerCase(t.text);
    low.push(l);
    flags.push(wordFlags(l));
  }
  const lowOf = (i: number): string => low[i] ?? '';
  const norms: (string | undefined)[] = [];
  const nrm = (i: number): string => {
    let v = norms[i];
    if (v === undefined) {
      // norm() of a word without a possessive ending is its lower-case form (already computed).
      const w = tokText(i);
      if (i >= 0 && i < n && !endsPossessive(w)) {
        const l = lowOf(i);
        v = l === 'defense' ? 'defence' : l;
      } else v = norm(w);
      if (i >= 0 && i < n) norms[i] = v;
    }
    return v;
  };
  const heads: (Head | null | undefined)[] = [];
  const headAtTok = (toks0: readonly Token[], j: number): Head | null => {
    if (j < 0 || j >= n) return null;
    let h = heads[j];
    if (h === undefined) {
      h = headAt(toks0, j, nrm);
      heads[j] = h;
    }
    return h;
  };

  // 1. Capitalised runs: names, titled people, organisations, seats of government.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t === undefined || t.kind !== 'word' || !isUpper(t.text)) continue;
    if (NOT_NAMES.has(t.text) && !(TITLES.has(lowOf(i)) && tokText(i + 1) === '.')) continue;
    let j = i;
    for (;;) {
      const nx = toks[j + 1];
      if (nx === undefined) break;
      // "Mr." "U.S.": a dot glued to a title or initial.
      if (nx.text === '.' && nx.span[0] === endOf(j) && (tokText(j).length <= 4 || TITLES.has(`${lowOf(j)}.`))) {
        const after = toks[j + 2];
        if (after !== undefined && after.kind === 'word' && isUpper(after.text)) {
          j += 2;
          continue;
        }
        break;
      }
      if (nx.kind === 'word' && isUpper(nx.text) && !NOT_NAMES.has(nx.text)) {
        j++;
        continue;
      }
      // "Ministry of Defence", "Office of the President"
      const lw = nx.text;
      // a known organisation with a small word inside ("Save the Children", "Committee for the …")
      if (lw === 'the' || lw === 'of' || lw === 'for') {
        const c = toks[j + 2];
        if (c !== undefined && c.kind === 'word' && KNOWN_ORGS.has(`${slice(i, j)} ${lw} ${c.text}`)) {
          j += 2;
          continue;
        }
      }
      if ((lw === 'of' || lw === 'for') && ORG_HEADS.has(nrm(j))) {
        let k = j + 2;
        if (tokText(k) === 'the') k++;
        const c = toks[k];
        if (c !== undefined && c.kind === 'word' && isUpper(c.text) && !NOT_NAMES.has(c.text)) {
          j = k;
          continue;
        }
      }
      break;
    }
    const words: number[] = [];
    for (let k = i; k <= j; k++) if (toks[k]?.kind === 'word') words.push(k);
    const runText = slice(i, j);
    const known1 = KNOWN_ORGS.get(stripPossessive(runText));
    const lastW = words[words.length - 1] ?? i;
    // "Observatory for Civil Rights", "Ministry of Defence": the head before "of"/"for" names the organisation
    const head = headAtTok(toks, lastW) ?? headBeforeOf(toks, i, j, headAtTok);
    const possessive = endsPossessive(tokText(j));
    if (known1 !== undefined) {
      out.push({
        start: startOf(i),
        end: possessive ? endOf(j) - 2 : endOf(j),
        name: known1.name ?? stripPossessive(runText),
        kind: known1.kind,
        side: known1.side,
        reference: 'name',
        type: 'org',
        head: stripPossessive(runText).toLowerCase(),
        sentence: si,
      });
      i = j;
      continue;
    }
    if (head !== null && head.from >= i) {
      // "the army's 18th Brigade", "47th Mechanised Brigade": a unit's ordinal is part of its name
      const ordinal =
        ORDINAL_SUFFIXES.has(tokText(i - 1)) && toks[i - 2]?.kind === 'number' && endOf(i - 2) === startOf(i - 1);
      const from = ordinal && UNIT_HEADS.has(head.head) ? i - 2 : i;
      out.push({
        start: startOf(from),
        end: endOf(j),
        name: slice(from, j),
        kind: ORG_HEADS.get(head.qual !== undefined ? `${head.qual} ${head.head}` : head.head) ?? 'unknown',
        side: sideIn(toks, i, j + 1, places, demonyms, startOf(i), endOf(j)),
        reference: 'name',
        type: 'org',
        head: head.head,
        ...(head.qual !== undefined ? { qual: head.qual } : {}),
        sentence: si,
      });
      i = j;
      continue;
    }
    // Titles inside the run: the last title word splits role from name ("Kyiv Mayor Vitali Klitschko").
    let lastTitle = -1;
    for (let w = 0; w < words.length - 1; w++) {
      const k = words[w] ?? 0;
      let lw = lowOf(k);
      if (tokText(k + 1) === '.') lw += '.';
      if (TITLES.has(lw) || ROLE_NOUNS.has(lw)) lastTitle = w;
    }
    if (lastTitle >= 0) {
      const roleEnd = words[lastTitle] ?? i;
      const nameStart = words[lastTitle + 1] ?? j;
      const titleWord = lowOf(roleEnd);
      const kind = TITLES.get(titleWord) ?? TITLES.get(`${titleWord}.`) ?? ROLE_NOUNS.get(titleWord) ?? 'person';
      const roleEndOff = tokText(roleEnd + 1) === '.' ? endOf(roleEnd + 1) : endOf(roleEnd);
      const pre = rolePrefix(toks, i);
      out.push({
        start: startOf(pre),
        end: endOf(j),
        name: stripPossessive(slice(nameStart, j)),
        kind,
        side: sideIn(toks, pre, j + 1, places, demonyms, startOf(pre), endOf(j)),
        role: text.slice(startOf(pre), roleEndOff),
        reference: 'name',
        type: 'person',
        sentence: si,
      });
      i = j;
      continue;
    }
    const single = words.length === 1;
    const w0 = tokText(i);
    // A capital, or a country named as the subject of a cue ("Russia said"), speaks for its government.
    const seat =
      single &&
      (SEATS_OF_GOVERNMENT.has(stripPossessive(w0)) ||
        (!endsPossessive(w0) && COUNTRY_SIDES.has(w0) && cueFollows(toks, j)));
    if (seat) {
      if (cueFollows(toks, j)) {
        out.push({
          start: startOf(i),
          end: endOf(j),
          name: w0,
          kind: 'government',
          side: sideOfWord(w0),
          reference: 'name',
          type: 'seat',
          sentence: si,
        });
      }
      i = j;
      continue;
    }
    // A place or a demonym alone is not a speaker.
    const isPlace =
      sideOfWord(w0) !== null ||
      places.some((p) => p.span[0] <= startOf(i) && p.span[1] >= endOf(j)) ||
      demonyms.some((d) => d.span[0] <= startOf(i) && d.span[1] >= endOf(j));
    if (isPlace && single) {
      i = j;
      continue;
    }
    const nameText = stripPossessive(runText);
    const lastName = nrm(lastW);
    const earlier = known.get(lastName);
    // Holidays, deities, weapons and "US-supplied X" (a thing modified by a participle) are not people.
    const thing =
      (w0.includes('-') && /^\p{Lu}[\p{L}.]*-\p{Ll}/u.test(w0)) ||
      words.some((k) => NOT_PERSON_WORDS.has(stripPossessive(tokText(k))));
    // "East Gojjam zone", "Lubero territory": a name before a unit of land is a place the gazetteer lacks
    const placeUnit = LAND_UNITS.has(lowOf(j + 1));
    const personLike =
      !thing &&
      !placeUnit &&
      (GIVEN_NAMES.has(w0) ||
        (words.length >= 2 && words.length <= 4 && !isPlace) ||
        earlier !== undefined ||
        (single && cueFollows(toks, j) && i > 0));
    if (!personLike) {
      i = j;
      continue;
    }
    const pre = rolePrefix(toks, i);
    const m: Mention = {
      start: startOf(pre),
      end: possessive ? endOf(j) - 2 : endOf(j),
      name: nameText,
      kind: earlier?.kind ?? (pre < i ? (ROLE_NOUNS.get(lowOf(i - 1)) ?? 'person') : 'person'),
      side: pre < i ? sideIn(toks, pre, i, places, demonyms, startOf(pre), startOf(i)) : null,
      reference: 'name',
      type: 'person',
      sentence: si,
    };
    if (pre < i) m.role = text.slice(startOf(pre), endOf(i - 1));
    out.push(m);
    if (!single) known.set(lastName, m);
    i = j;
  }

  // 2. Lower-case descriptions ending in an organisation head, a role noun or a collective noun.
  for (let j = 0; j < n; j++) {
    const t = toks[j];
    if (t === undefined || t.kind !== 'word') continue;
    const lw = lowOf(j);
    if (
      isUpper(t.text) &&
      !(j === 0 && COLLECTIVE_NOUNS.has(lw)) &&
      !(j > 0 && toks[j - 1]?.kind === 'punct' && COLLECTIVE_NOUNS.has(lw))
    )
      continue;
    // Most words end no description: one look-up instead of four (headAt only finds a head in HEAD_WORDS).
    // (nrm(j) is lw unless the word is possessive or "defense".)
    if (((flags[j] ?? 0) & ENDS_DESCRIPTION) === 0) {
      const w = tokText(j);
      if (!endsPossessive(w) && lw !== 'defense') continue;
      if (!HEAD_WORDS.has(nrm(j))) continue;
    }
    const orgHead = headAtTok(toks, j);
    const collective = COLLECTIVE_NOUNS.get(lw);
    const role = ROLE_NOUNS.get(lw);
    if (orgHead === null && collective === undefined && role === undefined) continue;
    // Don't take a word that itself modifies a following head ("health" in "health ministry").
    const nxt = toks[j + 1];
    if (
      nxt !== undefined &&
      nxt.kind === 'word' &&
      !isUpper(nxt.text) &&
      (headAtTok(toks, j + 1) !== null || ROLE_NOUNS.has(lowOf(j + 1)) || COLLECTIVE_NOUNS.has(lowOf(j + 1)))
    )
      continue;
    const headFrom = orgHead?.from ?? j;
    // Scan left over modifiers.
    let a = headFrom;
    let det: string | null = null;
    let free = 0;
    for (let k = headFrom - 1; k >= 0 && headFrom - k <= 6; k--) {
      const w = toks[k];
      if (w === undefined) break;
      const l = lowOf(k);
      if (w.kind !== 'word') {
        if ((w.text === '-' || w.text === '‑') && k > 0) continue;
        break;
      }
      if (DETERMINERS.has(l) && !isUpper(w.text)) {
        det = l;
        a = k;
        break;
      }
      if (DETERMINERS.has(l)) {
        det = l;
        a = k;
        break;
      }
      if (isUpper(w.text)) {
        if (NOT_NAMES.has(w.text) && !endsPossessive(w.text)) break;
        a = k;
        continue;
      }
      if (STOP_MODIFIERS.has(l) || CUE_VERBS.has(l)) break;
      if (!ROLE_MODIFIERS.has(l) && sideOfLower(l) === null && !l.endsWith('-run') && !l.endsWith('-led')) free++;
      a = k;
    }
    // Without a determiner, free lower-case words may be a verb or an object: keep only known modifiers.
    if (det === null && free > 0) {
      a = headFrom;
      for (let k = headFrom - 1; k >= 0; k--) {
        const w = toks[k];
        if (w === undefined || w.kind !== 'word') break;
        const l = lowOf(k);
        if (
          isUpper(w.text)
            ? NOT_NAMES.has(w.text)
            : !ROLE_MODIFIERS.has(l) && sideOfLower(l) === null && !l.endsWith('-run')
        )
          break;
        a = k;
      }
    }
    // Right extension: "of Ukraine's armed forces", "in Gaza", "of the Ukrainian armed forces".
    let b = j;
    const p = tokText(j + 1);
    if (orgHead !== null || role !== undefined) {
      if (p === 'of' || p === 'in' || p === 'for') {
        let k = j + 2;
        if (tokText(k) === 'the') k++;
        let last = -1;
        for (let q = k; q < Math.min(n, k + 5); q++) {
          const w = toks[q];
          if (w === undefined || w.kind !== 'word') break;
          const l = lowOf(q);
          if (isUpper(w.text) && !NOT_NAMES.has(w.text)) {
            last = q;
            if (!endsPossessive(w.text)) {
              const h2 = headAtTok(toks, q + 1) ?? headAtTok(toks, q + 2);
              if (h2 === null) break;
            }
            continue;
          }
          if (STOP_MODIFIERS.has(l) || CUE_VERBS.has(l)) break;
          if (headAtTok(toks, q + 1)?.from === q) continue;
          if (headAtTok(toks, q) !== null) {
            last = q;
            const nx2 = toks[q + 1];
            if (nx2 === undefined || headAtTok(toks, q + 1) === null) break;
            continue;
          }
          if (!ROLE_MODIFIERS.has(l) && sideOfLower(l) === null) break;
        }
        if (last >= 0) b = last;
      }
    }
    const start = startOf(a);
    const end = endOf(b);
    const body = det !== null ? slice(a + 1, b) : slice(a, b);
    let kind: SourceKind =
      orgHead !== null
        ? (ORG_HEADS.get(orgHead.qual !== undefined ? `${orgHead.qual} ${orgHead.head}` : orgHead.head) ?? 'unknown')
        : (role ?? collective ?? 'unknown');
    for (let k = a; k <= b; k++) {
      const ko = KNOWN_ORGS.get(stripPossessive(tokText(k)));
      if (ko !== undefined && (ko.kind === 'international_org' || ko.kind === 'ngo' || ko.kind === 'media'))
        kind = ko.kind;
    }
    const side = sideIn(toks, a, b + 1, places, demonyms, start, end);
    const isRole = orgHead === null && role !== undefined && collective === undefined;
    const plural = orgHead === null && !isRole && (lw.endsWith('s') || PLURAL_COLLECTIVES.has(lw));
    // A bare plural or a bare pronoun-like word ("some", "many") is a source only with a determiner or modifiers.
    if ((lw === 'some' || lw === 'many' || lw === 'others') && a === j) {
      if (lw !== 'others') continue;
    }
    if ((lw === 'some' || lw === 'many') && toks[j + 1]?.text !== 'on') continue;
    const m: Mention = {
      start,
      end,
      name: body,
      kind,
      side,
      reference: 'description',
      type: orgHead !== null ? 'org' : plural || NON_HUMAN_SOURCES.has(lw) ? 'group' : 'person',
      head: orgHead?.head ?? lw,
      indefinite: det === 'a' || det === 'an' || (det !== 'the' && plural && det !== null),
      sentence: si,
    };
    if (orgHead?.qual !== undefined) m.qual = orgHead.qual;
    if (isRole) m.role = body;
    // "some on social media"
    if ((lw === 'some' || lw === 'many') && tokText(j + 1) === 'on') {
      m.end = endOf(Math.min(n - 1, j + 3));
      m.name = slice(j, Math.min(n - 1, j + 3));
      m.kind = 'social_media';
      m.type = 'group';
    }
    out.push(m);
  }

  // 3. Pronouns.
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t === undefined || t.kind !== 'word') continue;
    if (((flags[i] ?? 0) & IS_PRONOUN) === 0) continue;
    const l = lowOf(i);
    if (l === 'him' || l === 'her' || l === 'them' || l === 'its' || l === 'his' || l === 'their') continue;
    if (l === 'it' && (tokText(i + 1) === 'is' || tokText(i + 1) === 'was')) {
      // "it was reported": not a source; "it is" is rarely one.
      continue;
    }
    out.push({
      start: t.span[0],
      end: t.span[1],
      name: t.text,
      kind: 'unknown',
      side: null,
      reference: 'pronoun',
      type: 'pronoun',
      pron: l,
      sentence: si,
    });
  }
  return out;
}

/** The role nouns of a role or title, with abbreviations spelled out ("Gov." → governor). */
function roleWords(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => TITLE_ABBREVIATIONS.get(w) ?? w);
}

/** Extends a name leftwards over a lower-case role description ending in a role noun ("former separatist leader"). */
function rolePrefix(toks: readonly Token[], i: number): number {
  const prev = toks[i - 1];
  if (prev === undefined || prev.kind !== 'word' || !ROLE_NOUNS.has(lowerCase(prev.text))) return i;
  let a = i - 1;
  for (let k = i - 2; k >= 0 && i - k <= 6; k--) {
    const w = toks[k];
    if (w === undefined || w.kind !== 'word') break;
    const l = lowerCase(w.text);
    if (
      isUpper(w.text) ? NOT_NAMES.has(w.text) : !ROLE_MODIFIERS.has(l) && !ROLE_NOUNS.has(l) && sideOfLower(l) === null
    )
      break;
    a = k;
  }
  return a;
}

interface Group {
  id: string;
  kind: SourceKind;
  side: string | null;
  role?: string;
  type: Mention['type'];
  head?: string;
  qual?: string;
  lastName?: string;
  /** `low`: the name in lower case, set when first compared. */
  names: { name: string; reference: Mention['reference']; type: Mention['type']; low?: string }[];
  lastSeen: number;
  /** The sentence of the group's last mention that spoke ("The military said …"), if any. */
  spoke?: number;
  /** A person's grammatical gender, once a pronoun or a title has given it. */
  gender?: 'm' | 'f';
}

/** The gender a pronoun or a title gives a person. */
const GENDER_WORDS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['mr', 'm'],
  ['mr.', 'm'],
  ['mrs', 'f'],
  ['mrs.', 'f'],
  ['ms', 'f'],
  ['ms.', 'f'],
]);

/**
 * A speech verb right after a mention (past an appositive and an adverb or two): "The military said", "It also told",
 * "the ministry, in a statement, said".
 */
const SPEAKS_AFTER =
  /^(?:['’]s?)?\s*(?:,[^,.;]{1,80},\s*)?(?:(?:also|later|then|has|had|have|separately|again|earlier)\s+){0,2}(?:said|says|told|added|reported|claimed|announced|stated|denied|confirmed|insisted|warned)\b/u;

/** The tokens of each sentence (`tokens` in order of sentence: one slice per sentence). */
export function tokensBySentence(count: number, tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  let a = 0;
  for (let si = 0; si < count; si++) {
    let b = a;
    while (b < tokens.length && tokens[b]?.sentence === si) b++;
    out.push(tokens.slice(a, b));
    a = b;
  }
  if (a === tokens.length) return out;
  // Tokens out of sentence order: grouped one by one.
  const grouped: Token[][] = [];
  for (let si = 0; si < count; si++) grouped.push([]);
  for (const t of tokens) grouped[t.sentence]?.push(t);
  return grouped;
}

/** The items whose span reaches into [from, to], in order. */
function near<T extends { span: readonly [number, number] }>(xs: readonly T[], from: number, to: number): readonly T[] {
  let out: T[] | null = null;
  for (const x of xs) if (x.span[0] <= to && x.span[1] >= from) (out ??= []).push(x);
  return out ?? NONE;
}
const NONE: readonly never[] = [];

const byPreference = (x: Mention, y: Mention): number =>
  y.end - y.start - (x.end - x.start) || (x.reference === 'name' ? -1 : 1);
const byMentionStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

export function findEntities(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
  places: readonly Place[],
  demonyms: readonly Demonym[],
): Entity[] {
  const bySentence = tokensBySentence(sentences.length, tokens);
  const known = new Map<string, Mention>();
  const mentions: Mention[] = [];
  const kept: Mention[] = [];
  for (let si = 0; si < bySentence.length; si++) {
    const toks = bySentence[si] ?? [];
    // Only the places and demonyms that reach into the sentence can lie inside one of its runs (order kept).
    const from = toks[0]?.span[0] ?? 0;
    const to = toks[toks.length - 1]?.span[1] ?? 0;
    const ms = mentionsInSentence(text, toks, si, near(places, from, to), near(demonyms, from, to), known);
    if (ms.length === 0) continue;
    // Prefer longer, then names over descriptions; among overlapping mentions the first preferred is kept
    // (dropOverlaps), the kept ones in order of start.
    ms.sort(byPreference);
    kept.length = 0;
    for (const c of ms) {
      let clash = false;
      for (const k of kept) {
        if (k.start < c.end && c.start < k.end) {
          clash = true;
          break;
        }
      }
      if (!clash) kept.push(c);
    }
    kept.sort(byMentionStart);
    for (const k of kept) mentions.push(k);
  }

  const groups: Group[] = [];
  const groupOf: Group[] = [];
  let counter = 0;
  const newGroup = (m: Mention, idx: number): Group => {
    const g: Group = {
      id: `e${counter++}`,
      kind: m.kind,
      side: m.side,
      type: m.type,
      names: [{ name: m.name, reference: m.reference, type: m.type }],
      lastSeen: idx,
    };
    if (speaks(m)) g.spoke = m.sentence;
    const gender = genderOf(m);
    if (gender !== undefined) g.gender = gender;
    if (m.role !== undefined) g.role = m.role;
    if (m.head !== undefined) g.head = m.head;
    if (m.qual !== undefined) g.qual = m.qual;
    if (m.type === 'person' && m.reference === 'name') g.lastName = norm(m.name.split(' ').pop() ?? '');
    groups.push(g);
    byRecency.push(g);
    return g;
  };
  const join = (g: Group, m: Mention, idx: number): Group => {
    g.names.push({ name: m.name, reference: m.reference, type: m.type });
    if (speaks(m)) g.spoke = m.sentence;
    const gender = g.gender ?? genderOf(m);
    if (gender !== undefined) g.gender = gender;
    if (g.lastSeen !== idx) {
      byRecency.splice(byRecency.lastIndexOf(g), 1);
      byRecency.push(g);
    }
    g.lastSeen = idx;
    if (g.side === null && m.side !== null) g.side = m.side;
    if (g.role === undefined && m.role !== undefined) g.role = m.role;
    if (g.qual === undefined && m.qual !== undefined) g.qual = m.qual;
    if (g.kind === 'unknown' && m.kind !== 'unknown') g.kind = m.kind;
    return g;
  };
  // Groups by when they were last seen, oldest first (every mention sets a distinct lastSeen), so the most recent
  // group that fits is the first one found from the end.
  const byRecency: Group[] = [];
  const recent = (pred: (g: Group) => boolean): Group | undefined => {
    for (let i = byRecency.length - 1; i >= 0; i--) {
      const g = byRecency[i];
      if (g !== undefined && pred(g)) return g;
    }
    return undefined;
  };
  const speaks = (m: Mention): boolean => SPEAKS_AFTER.test(text.slice(m.end, m.end + 120));
  /** A mention's gender: its pronoun's, or the title it opens with ("Mrs. Khan"). */
  const genderOf = (m: Mention): 'm' | 'f' | undefined => {
    if (m.type === 'pronoun') return GENDER_WORDS.get(m.pron ?? '');
    if (m.type !== 'person') return undefined;
    const first =
      text
        .slice(m.start, Math.min(m.end, m.start + 5))
        .split(' ')[0]
        ?.toLowerCase() ?? '';
    return GENDER_WORDS.get(first);
  };
  const isPersonGroup = (g: Group): boolean => g.type === 'person';
  const isOrgGroup = (g: Group): boolean => g.type === 'org' || g.type === 'seat';

  mentions.forEach((m, idx) => {
    let g: Group | undefined;
    if (m.type === 'pronoun') {
      const p = PRONOUNS.get(m.pron ?? '');
      // ("She …. A trader … He said": "he" skips a woman named since)
      if (p === 'person') {
        const want = genderOf(m);
        g = recent((x) => isPersonGroup(x) && (want === undefined || x.gender === undefined || x.gender === want));
      }
      // A channel ("on Telegram") is where something was said, never the antecedent of "it" or "they".
      else if (p === 'org' || p === 'plural') {
        const fits = (x: Group): boolean =>
          (p === 'org' ? isOrgGroup(x) : x.type === 'group' || isOrgGroup(x)) && x.kind !== 'social_media';
        // "The military said … a Hamas cell … It said separately": a pronoun that speaks refers back to the last
        // organisation that spoke (in this sentence or the two before), not to one merely named since
        if (speaks(m)) g = recent((x) => fits(x) && x.spoke !== undefined && x.spoke >= m.sentence - 2);
        g ??= recent(fits);
      } else if (p === 'relative') {
        const prev = mentions[idx - 1];
        if (prev !== undefined && prev.sentence === m.sentence && m.start - prev.end <= 3) g = groupOf[idx - 1];
      }
      if (g !== undefined) {
        groupOf[idx] = join(g, m, idx);
        return;
      }
    } else if (m.type === 'person' && m.reference === 'name') {
      const ln = norm(m.name.split(' ').pop() ?? '');
      g = recent((x) => x.lastName === ln);
    } else if (
      m.type === 'person' &&
      m.reference === 'description' &&
      idx > 0 &&
      mentions[idx - 1]?.type === 'person' &&
      mentions[idx - 1]?.reference === 'name' &&
      mentions[idx - 1]?.sentence === m.sentence &&
      /^,\s*(?:(?:a|an|the)\s)?$/.test(text.slice(mentions[idx - 1]?.end ?? 0, m.start))
    ) {
      // An appositive role: "Andrei Medvedev, deputy speaker of the assembly".
      g = groupOf[idx - 1];
      if (g !== undefined && g.role === undefined) g.role = m.name;
    } else if (m.type === 'person' && m.reference === 'description' && !m.indefinite) {
      // "the official", "the spokesman": the most recent person whose role or kind fits.
      const want = ANAPHORIC_ROLES.get(m.head ?? '');
      if (want !== undefined && want !== 'any-org' && m.name.split(' ').length <= 2) {
        // A specific role ("the governor") refers back to a person with that role or title ("Gov. X"); a generic
        // one ("the official") to any person of that kind.
        const head = m.head ?? '';
        const hasRole = (x: Group): boolean => roleWords(x.role ?? '').includes(head);
        g = recent((x) => isPersonGroup(x) && hasRole(x));
        if (g === undefined && GENERIC_ROLES.has(head)) g = recent((x) => isPersonGroup(x) && x.kind === want);
      }
    } else if (m.type === 'org' && m.reference === 'name' && KNOWN_ORGS.has(m.name)) {
      g = recent((x) => x.names.some((nm) => nm.name === m.name));
    } else if (m.type === 'org') {
      // ("the army said" after "the National Liberation Army kidnapped …": an armed group's name is not the army's)
      const plain = m.reference === 'description';
      const armedGroup = (x: Group): boolean =>
        x.names.some((nm) => nm.reference === 'name' && ARMED_GROUP_NAME.test(nm.name));
      g = recent(
        (x) =>
          isOrgGroup(x) &&
          x.head === m.head &&
          (x.side === null || m.side === null || x.side === m.side) &&
          (x.qual === undefined || m.qual === undefined || x.qual === m.qual) &&
          !(plain && armedGroup(x)),
      );
      if (g === undefined && m.reference === 'description' && !m.indefinite) {
        const want = ANAPHORIC_ROLES.get(m.head ?? '');
        // "the ministry", "the army": the most recent organisation of the same kind (an army is not a news agency)
        if (want === 'any-org' && m.name.split(' ').length <= 1)
          g = recent((x) => isOrgGroup(x) && x.kind === m.kind && !armedGroup(x));
      }
    } else if (m.type === 'seat') {
      g = recent(
        (x) =>
          (x.kind === 'government' || x.kind === 'military') && isOrgGroup(x) && x.side !== null && x.side === m.side,
      );
    } else if (m.type === 'group' && !m.indefinite) {
      const key = m.name.toLowerCase();
      g = recent((x) => x.type === 'group' && x.names.some((nm) => (nm.low ??= nm.name.toLowerCase()) === key));
    }
    groupOf[idx] = g !== undefined ? join(g, m, idx) : newGroup(m, idx);
  });

  const canonical = new Map<string, string>();
  for (const g of groups) {
    const named = g.names.filter((x) => x.reference === 'name' && x.type !== 'seat');
    const pool = named.length > 0 ? named : g.names.filter((x) => x.reference !== 'pronoun');
    let best = pool[0]?.name ?? g.names[0]?.name ?? '';
    for (const x of pool) if (x.name.length > best.length) best = x.name;
    canonical.set(g.id, best);
  }

  const out: Entity[] = [];
  mentions.forEach((m, idx) => {
    const g = groupOf[idx];
    if (g === undefined) return;
    const e: { -readonly [K in keyof Entity]: Entity[K] } = {
      span: [m.start, m.end],
      text: text.slice(m.start, m.end),
      id: g.id,
      name: canonical.get(g.id) ?? m.name,
      kind: g.kind,
      side: g.side,
      reference: m.reference,
    };
    if (g.role !== undefined) e.role = g.role;
    out.push(e);
  });
  return out;
}

export const entitiesStage = defineStage({
  name: 'entities',
  version: '1',
  requires: ['sentences', 'tokens', 'places', 'demonyms'],
  assigns: ['entities'],
  run: (doc) => ({
    layers: {
      entities: findEntities(doc.text, doc.get('sentences'), doc.get('tokens'), doc.get('places'), doc.get('demonyms')),
    },
  }),
});
