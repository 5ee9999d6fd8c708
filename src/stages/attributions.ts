// Ties reported content to its source: direct quotes (also across paragraphs and before the speaker is named),
// reported speech with a cue verb before or after the content, "according to", headline "X: …", and passive cues.
import { isSpaceCode } from './char-class.js';
import type { Attribution, Entity } from '../core/layers/source.js';
import type { Sentence, Token } from '../core/layers/text.js';
import type { Span, Spanned } from '../core/span.js';
import { spanned } from '../core/span.js';
import { defineStage } from '../pipeline/stage.js';
import { ANONYMITY_WORDS, subjectBefore } from './attribution-subject.js';
import { lowerCase } from '../geo/text-case.js';
import {
  AGENT_ENDS,
  AMBIGUOUS_CUES,
  ANONYMITY_CUES,
  ATTITUDE_CUES,
  BE_FORMS,
  CLAUSE_VERBS,
  CUE_AUXILIARIES,
  CUE_PARTICLES,
  CUE_PRE_MODIFIERS,
  CUE_VERBS,
  DETERMINERS,
  ESTIMATE_VERBS,
  FINITE_VERBS,
  GERUND_SPEAKER_BEFORE,
  HEADLINE_RUBRICS,
  ING_ADJECTIVES,
  INTRO_OPENERS,
  NAMING_CUES,
  NON_CUE_PARTICLES,
  NOT_BEFORE_VERB,
  NOT_CLAUSE_SUBJECTS,
  NOT_SOURCE_WORDS,
  OBJECT_CUES,
  PARTICIPLES_EN,
  PARTICIPLE_CUES,
  PARTICLE_BASE,
  PARTICLE_REQUIRED,
  POSTPOSED_CUES,
  PRONOUNS,
  RELATIVE_WORDS,
  SUBJECT_CONTRACTIONS,
  SUBJECT_STOPS,
  SUBORDINATE_OPENERS,
  TOLL_NOUNS,
} from './en/sources.js';
import { tokenize } from './tokens.js';
import { tokensBySentence } from './entities.js';

/** A quoted stretch: `open`/`close` are the offsets of the marks (close = end of paragraph when unclosed). */
interface Quote {
  open: number;
  innerStart: number;
  innerEnd: number;
  /** Offset just after the closing mark (or innerEnd when the quote runs on into the next paragraph). */
  end: number;
  paragraph: number;
  used: boolean;
}

const OPENERS = new Set(['“', '"']);
/** Whether an anonymity word follows the cue at `k` within a few words. */
function anonymityAfter(st: readonly Token[], k: number): boolean {
  for (let i = k + 1; i < st.length && i <= k + 6; i++)
    if (ANONYMITY_WORDS.has(lowerCase(st[i]?.text ?? ''))) return true;
  return false;
}
/** A contrasting or commenting clause right after a postposed cue ("…, police said, while residents …", "…, the army
 * said, in a blow to the talks"). */
const CONTRAST_AFTER_CUE =
  /^\s*,\s+(?:while|whereas|but|though|although|in\s+(?:a|an|the|what)|as|amid|after|despite)\s/u;
/** A past participle that can take an agent with "by" ("reported", "seen", "echoed"). */
const PASSIVE_FORM = /^(?:\p{Ll}+ed|seen|shown|known|told|said|held|made|written|given|thought|sought)$/u;
/** The most tokens an agent after "by" may have. */
const MAX_AGENT_TOKENS = 14;
const INSERTS_AFTER_CUE = new Set(
  'in on at to via during late early earlier later this last on a an the statement interview post video address briefing reporters journalists telegram vkontakte x twitter facebook monday tuesday wednesday thursday friday saturday sunday night morning evening afternoon told news conference press television tv'.split(
    ' ',
  ),
);
const CUE_AFTER_QUOTE =
  /^[\s,]*(?:(?:\p{Lu}[\p{L}.'’-]*\s){0,4}|(?:he|she|they|it|the\s\p{L}+)\s)(?:also\s|later\s|has\s|had\s)?(?:said|says|told|added|wrote|writes|say|explained|noted|warned|insisted|continued|claimed)\b/u;
/** Where a reported clause ends: ", but", ", though", ", who", ", saying", ", according to", " and said". */
const CLAUSE_BREAK =
  /^(?:,\s(?:but|though|although|while|whereas|who|which|whose|even|according\sto|as\swell\sas)\b|,\s\p{Ll}+ing\s|\s(and)\s(?:also\s)?(?:said|says|added|adds|told|tells|warned|noted|urged|called|asked|stressed|insisted|argued|wrote|promised|vowed)\b)/u;
/** The characters where clauseEnd's scan can change state or stop. */
const CLAUSE_MARKS = /[“”",]| and/g;
/** Words whose period is an abbreviation's even at a sentence end: short ones ("Md.", "Jr.") and state names. */
const ABBREVIATION_END = /^(?:\p{Lu}[\p{L}]{0,2}|Calif|Ariz|Mass|Conn|Mich|Minn|Wash|Tenn|Okla|Colo|Nebr|Corp)$/u;
/** A document source that names its author ("The report, published by the U.N. office,"). */
const DOCUMENT_BY =
  /^(?:the|a|an|its|their)?\s*(?:[\w-]+\s){0,2}(?:report|statement|study|survey|analysis|assessment|investigation),[^,]*\bby\s/iu;
/** Cues of evidence whose subject is a document, a count or a finding ("the poll found", "video shows"). */
const EVIDENCE_CUES = new Set(['show', 'shows', 'showed', 'shown', 'find', 'finds', 'found']);
/** Words that end a noun phrase's head and open its post-modifiers ("a poll OF voters", "data FROM the census"). */
const POST_MODIFIER_OPENERS = new Set(['of', 'from', 'by', 'in', 'on', 'at', 'for', 'with', 'that', 'which', 'who']);
/** Nouns of evidence that show or find. */
const EVIDENCE_NOUNS = new Set(
  (
    'poll polls survey surveys study studies analysis analyses report reports review investigation inquiry probe ' +
    'audit paper research data figures statistics records documents document video videos footage images photos ' +
    'pictures results numbers average averages panel judge court jury census count tally estimate estimates model ' +
    'slide chart map search test tests evidence email emails memo letter transcript filings filing'
  ).split(' '),
);
/** Aspect verbs that report speech only before a quote or a colon ("he continued: …"), else aspect. */
const ASPECT_CUES = new Set(['continue', 'continues', 'continuing']);
/** Words after which a cue word is a noun ("claims of", "reports about"). */
const NOUN_AFTER = new Set(['of', 'about', 'as', 'from', 'by', 'in', 'for', 'with', 'against', 'to', 'and', 'or']);
/** Words before a speech participle that make it a verb of its own ("by saying", "kept telling", "after saying"). */
const PARTICIPLE_LEADS = new Set(
  'by after before without while when since for from in of on keeps kept keep started start began begin stop stopped'.split(
    ' ',
  ),
);
/** Whether most words of a sentence are capitalised, as in a title-case headline. */
function titleCase(st: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of st) {
    if (t.kind !== 'word') continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) caps++;
  }
  return words >= 3 && caps * 4 >= words * 3;
}
/** Only closing marks up to the sentence end. */
const ENDS_SENTENCE = /^[\s.,;:!?"”’')\]]*$/u;
const PASSIVE_CUES = new Set([
  'reported',
  'said',
  'claimed',
  'estimated',
  'alleged',
  'announced',
  'confirmed',
  'believed',
]);

const DASHES = new Set(['―', '—', '–', '-']);
/** Capitalised labels that open a paragraph without naming a speaker ("UPDATE:", "BYLINE:"). */
const NOT_SPEAKERS = new Set(
  (
    'EXCLUSIVE UPDATE UPDATED BREAKING BYLINE NOTE WATCH READ RELATED CORRECTION VIDEO PHOTO PHOTOS ADVERTISEMENT ' +
    'SOURCE SOURCES WARNING BOOM WOW EDITOR EDITORS DEVELOPING ALERT CLICK FACT CHECK LOCATION DATELINE SECTION ' +
    'LENGTH HEADLINE BODY GRAPHIC TRANSCRIPT QUESTION ANSWER SUBJECT TITLE DATE NEWS LIVE FULL STORY MORE'
  ).split(' '),
);
/** A word in capitals only, two letters or more ("PENCE", "BYLINE"). */
function isAllCaps(w: string): boolean {
  return w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();
}
/** The index of the colon after a transcript speaker label opening the sentence ("PENCE:", "“KATE BOULDUAN:"),
 * else -1. */
function capsLabel(st: readonly Token[]): number {
  const from = OPENERS.has(st[0]?.text ?? '') ? 1 : 0;
  for (let i = from; i < from + 4 && i < st.length; i++) {
    const t = st[i];
    if (t === undefined) return -1;
    if (t.text === ':') return i > from && i < st.length - 1 ? i : -1;
    if (t.kind !== 'word' || !isAllCaps(t.text) || NOT_SPEAKERS.has(t.text)) return -1;
  }
  return -1;
}

/** `/[\s,;:]/u.test(text[i] ?? '')` without a string per character. */
function softTrimmable(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 44 || c === 59 || c === 58 || isSpaceCode(c);
}
/** `/[\s.,;:]/u.test(text[i] ?? '')`: white space, '.', ',', ';', ':'. */
function endTrimmable(text: string, i: number): boolean {
  return softTrimmable(text, i) || (i >= 0 && i < text.length && text.charCodeAt(i) === 46);
}
/** `/[\s,;:—–-]/u.test(text[i] ?? '')`. */
function startTrimmable(text: string, i: number): boolean {
  if (softTrimmable(text, i)) return true;
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c === 0x2014 || c === 0x2013 || c === 45;
}
/** `s.toLowerCase().replace(/['’].*$/u, '')` for a token's text (no line breaks). */
function lowerBeforeApostrophe(s: string): string {
  const l = s.toLowerCase();
  for (let i = 0; i < l.length; i++) {
    const c = l.charCodeAt(i);
    if (c === 39 || c === 0x2019) return /[\n\r\u2028\u2029]/.test(l) ? l.replace(/['’].*$/u, '') : l.slice(0, i);
  }
  return l;
}
/** The words that can start an attribution: "according (to)", the cue verbs and the attitude cues. */
const STARTS: ReadonlySet<string> = new Set(['according', ...CUE_VERBS, ...ATTITUDE_CUES]);
/** The lower-case ASCII letter triples that open a word of STARTS, by ((first × 26) + second) × 26 + third
 * (letters counted from 'a'); and the length of its shortest word. */
const START_TRIPLES = new Uint8Array(26 * 26 * 26);
let START_MIN = Infinity;
for (const w of STARTS) {
  START_MIN = Math.min(START_MIN, w.length);
  const x = w.charCodeAt(0) - 97;
  const y = w.charCodeAt(1) - 97;
  const z = w.charCodeAt(2) - 97;
  if (x >= 0 && x < 26 && y >= 0 && y < 26 && z >= 0 && z < 26) START_TRIPLES[(x * 26 + y) * 26 + z] = 1;
}
/** The index of an ASCII letter's lower-case form ('A' and 'a' → 0), -1 for any other code unit. */
function asciiLetter(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  return -1;
}
/** False when `lowerCase(w)` is surely not in STARTS: it opens with three ASCII letters that open none of its words,
 * or it is ASCII letters only and shorter than all of them. */
function mayStart(w: string): boolean {
  const n = w.length;
  if (n < 3) {
    for (let i = 0; i < n; i++) if (asciiLetter(w.charCodeAt(i)) < 0) return true;
    return n >= START_MIN;
  }
  const x = asciiLetter(w.charCodeAt(0));
  const y = asciiLetter(w.charCodeAt(1));
  const z = asciiLetter(w.charCodeAt(2));
  return x < 0 || y < 0 || z < 0 || START_TRIPLES[(x * 26 + y) * 26 + z] === 1;
}

const QUOTE_MARKS = ['“', '”', '"', "'"];

function findQuotes(text: string, sentences: readonly Sentence[]): Quote[] {
  // Paragraph extents from the sentences.
  const paras: { start: number; end: number; index: number }[] = [];
  for (const s of sentences) {
    const last = paras[paras.length - 1];
    if (last !== undefined && last.index === s.paragraph) last.end = s.span[1];
    else paras.push({ start: s.span[0], end: s.span[1], index: s.paragraph });
  }
  const out: Quote[] = [];
  // Only the quotation marks matter: the next of each, found with indexOf and kept until passed (-1: none left).
  const next = [-2, -2, -2, -2];
  const nextMark = (from: number): number => {
    let best = Infinity;
    for (let k = 0; k < 4; k++) {
      let at = next[k] ?? -1;
      if (at !== -1 && at < from) {
        at = text.indexOf(QUOTE_MARKS[k] ?? '', from);
        next[k] = at;
      }
      if (at >= 0 && at < best) best = at;
    }
    return best;
  };
  for (const p of paras) {
    let open = -1;
    let openLen = 0;
    for (let i = nextMark(p.start); i < p.end; i = nextMark(i + 1)) {
      const c = text.charCodeAt(i);
      const two = c === 39 && text.charCodeAt(i + 1) === 39;
      if (open < 0) {
        if (c === 0x201c || c === 34 || two) {
          open = i;
          openLen = two ? 2 : 1;
          if (two) i++;
        }
      } else if (c === 0x201d || c === 34 || (two && openLen === 2)) {
        if (two && openLen !== 2) continue;
        if (openLen === 2 && !two) continue;
        const closeLen = two ? 2 : 1;
        out.push({ open, innerStart: open + openLen, innerEnd: i, end: i + closeLen, paragraph: p.index, used: false });
        open = -1;
        if (two) i++;
      }
    }
    // An unclosed quote runs to the end of its paragraph (and continues in the next one).
    if (open >= 0 && p.end - open > 20) {
      out.push({ open, innerStart: open + openLen, innerEnd: p.end, end: p.end, paragraph: p.index, used: false });
    }
  }
  return out;
}

export function findAttributions(
  text: string,
  sentences: readonly Sentence[],
  entities: readonly Entity[],
  tokens?: readonly Token[],
): Attribution[] {
  const toks = tokens ?? tokenize(sentences);
  const bySentence = tokensBySentence(sentences.length, toks);
  const quotes = findQuotes(text, sentences);
  const entByEnd = new Map<number, Entity>();
  const entByStart = new Map<number, Entity>();
  for (const e of entities) {
    entByEnd.set(e.span[1], e);
    if (!entByStart.has(e.span[0])) entByStart.set(e.span[0], e);
  }
  // Quote lookup by offset: quotes are sorted by start.
  let qi = 0;
  const insideQuote = (off: number): Quote | undefined => {
    while (qi > 0 && (quotes[qi]?.open ?? Infinity) > off) qi--;
    while (qi < quotes.length - 1 && (quotes[qi]?.end ?? 0) <= off) qi++;
    const q = quotes[qi];
    return q !== undefined && q.innerStart <= off && off < q.innerEnd ? q : undefined;
  };
  const out: Attribution[] = [];
  const sp = (a: number, b: number): Spanned => spanned(text, a, b);

  const trimEnd = (a: number, b: number): number => {
    let e = b;
    while (e > a && endTrimmable(text, e - 1)) e--;
    return e;
  };
  const trimStart = (a: number, b: number): number => {
    let s = a;
    while (s < b && startTrimmable(text, s)) s++;
    return s;
  };

  /** The entity a source span names: one opening it (after a determiner), else one closing it, else the first inside. */
  const sortedEnts = [...entities].sort((x, y) => x.span[0] - y.span[0]);
  const entityIn = (a: number, b: number): Entity | null => {
    let inside: Entity | null = null;
    let closing: Entity | null = null;
    let opening: Entity | null = null;
    let lo = 0;
    let hi = sortedEnts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sortedEnts[mid]?.span[0] ?? 0) < a) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sortedEnts.length; i++) {
      const e = sortedEnts[i];
      if (e === undefined || e.span[0] >= b) break;
      if (e.span[1] > b) continue;
      if (/^(?:(?:the|a|an)\s+)?$/i.test(text.slice(a, e.span[0]))) opening ??= e;
      if (e.span[1] === trimEnd(a, b)) closing = e;
      inside ??= e;
    }
    // "Pavlo Kyrylenko, the governor of …,": the name before the appositive; else the head at the end.
    if (text.slice(a, b).includes(',')) {
      // "The report, published Friday by the U.N. office,": a document speaks for its author, read from the source.
      if (opening !== null && DOCUMENT_BY.test(text.slice(a, b))) return null;
      return opening ?? closing ?? inside;
    }
    // "Mr. Morgan of the Sierra Club": the name before a post-modifier; a part of a name is no entity.
    const post = opening !== null && /^\s+(?:of|from|at|in|for|with|on)\s/u.test(text.slice(opening.span[1], b));
    return closing ?? (post ? opening : null);
  };

  /** "Merrill says X and said Y": the second verb shares the subject of the first (the sentence subject). */
  const coordinatedSubject = (st: readonly Token[], k: number): ReturnType<typeof subjectBefore> => {
    const conj = (st[k - 1]?.text ?? '').toLowerCase();
    if (conj !== 'and' && conj !== 'but') return null;
    for (let i = 1; i < k - 1; i++) {
      const w = st[i];
      if (w === undefined || w.kind !== 'word' || w.text !== w.text.toLowerCase()) continue;
      if (CUE_VERBS.has(w.text) || ATTITUDE_CUES.has(w.text) || SUBJECT_STOPS.has(w.text)) {
        let from = i;
        while (
          from > 0 &&
          (CUE_PRE_MODIFIERS.has(st[from - 1]?.text ?? '') ||
            CUE_AUXILIARIES.has(st[from - 1]?.text ?? '') ||
            /^\p{Ll}+ly$/u.test(st[from - 1]?.text ?? ''))
        )
          from--;
        const subject = from > 0 ? subjectBefore(st, from) : null;
        if (subject !== null) return subject;
        // "doubled down on her remarks and said": a cue word used as a noun has no subject; read the clause's opening
        break;
      }
    }
    // "Scott beamed and asked …": the sentence opens with its subject, a pronoun or a name.
    const t0 = st[0];
    if (t0 === undefined) return null;
    const e0 =
      entByStart.get(t0.span[0]) ?? (/^the$/iu.test(t0.text) ? entByStart.get(st[1]?.span[0] ?? -1) : undefined);
    const one = (a: number, b: number): ReturnType<typeof subjectBefore> => ({
      a,
      b,
      from: 0,
      near: { a, b, from: 0 },
    });
    if (e0 !== undefined && e0.span[1] < (st[k - 1]?.span[0] ?? 0)) return one(t0.span[0], e0.span[1]);
    if (/^(?:he|she|they|we|i)$/iu.test(t0.text)) return one(t0.span[0], t0.span[1]);
    return nameOpening(st, k, one);
  };

  /**
   * "Reid caucused in Nevada and says", "In an interview, Trump doubled down … and said": a name of up to four
   * capitalised words opens the clause (after an introductory phrase and its comma) and a verb in -ed or -s follows.
   */
  const nameOpening = (
    st: readonly Token[],
    k: number,
    one: (a: number, b: number) => ReturnType<typeof subjectBefore>,
  ): ReturnType<typeof subjectBefore> => {
    let s0 = 0;
    if (INTRO_OPENERS.has((st[0]?.text ?? '').toLowerCase())) {
      while (s0 < k && st[s0]?.text !== ',') s0++;
      s0++;
    }
    const first = st[s0];
    if (first === undefined || !/^\p{Lu}/u.test(first.text) || NOT_CLAUSE_SUBJECTS.has(first.text.toLowerCase()))
      return null;
    let e = s0;
    let words = 1;
    while (e + 1 < k && words <= 4) {
      const nx = st[e + 1];
      if (nx === undefined) break;
      if (nx.text === '.' && nx.span[0] === st[e]?.span[1]) e++;
      else if (nx.kind === 'word' && /^\p{Lu}/u.test(nx.text)) {
        e++;
        words++;
      } else break;
    }
    const verb = st[e + 1];
    if (words > 4 || verb === undefined || verb.kind !== 'word' || !/^\p{Ll}+(?:ed|s)$/u.test(verb.text)) return null;
    const a = first.span[0];
    const b = st[e]?.span[1] ?? first.span[1];
    return e + 1 < k - 1 ? one(a, b) : null;
  };

  /**
   * The subject of the main clause before token `k` ("At an event in Ames, Mrs. Clinton expanded on it, saying …"): the
   * phrase before the clause's first finite verb (a word in -ed, a common irregular past or an auxiliary), or null.
   */
  const mainSubject = (st: readonly Token[], k: number): { a: number; b: number; entity: Entity | null } | null => {
    for (let v = 1; v < k - 1; v++) {
      const w = st[v];
      const p = st[v - 1];
      if (w === undefined || p === undefined || w.kind !== 'word' || w.text !== lowerCase(w.text)) continue;
      if (!(FINITE_VERBS.has(w.text) || /^\p{Ll}{3,}ed$/u.test(w.text))) continue;
      // "the injured", "a reported attack": a participle after a determiner or a preposition is no verb
      // ("Tehreek-e-Taliban Pakistan, or TTP, claimed": a comma may close the subject's appositive)
      if ((p.kind !== 'word' && p.text !== ',') || NOT_BEFORE_VERB.has(lowerCase(p.text))) continue;
      let from = v;
      while (
        from > 1 &&
        (CUE_AUXILIARIES.has(lowerCase(st[from - 1]?.text ?? '')) || /^\p{Ll}+ly$/u.test(st[from - 1]?.text ?? ''))
      )
        from--;
      const src = sourceBefore(st, from);
      return src !== null ? { a: src.a, b: src.b, entity: src.entity } : null;
    }
    return null;
  };

  /**
   * Whether the subject in tokens [from, to) is headed by a noun of evidence before its post-modifiers ("Video of the
   * incident shows", "A survey by the group in March found", "Data from the census show").
   */
  const evidenceHead = (st: readonly Token[], from: number, to: number): boolean => {
    for (let q = from; q < to; q++) {
      const w = st[q];
      if (w === undefined || w.kind !== 'word') return false;
      const l = lowerCase(w.text);
      if (EVIDENCE_NOUNS.has(l)) return true;
      if (POST_MODIFIER_OPENERS.has(l)) return false;
    }
    return false;
  };

  /**
   * The agent after "by" from token `k` to the first mark or clause word ("by the health ministry, which …", "by some
   * as a demotion"), or null when it is no noun phrase.
   */
  const byAgent = (
    st: readonly Token[],
    k: number,
    limit: number,
  ): { a: number; b: number; entity: Entity | null } | null => {
    const first = st[k];
    if (first === undefined || first.kind !== 'word' || first.span[0] >= limit) return null;
    let j = k;
    while (j < st.length) {
      const x = st[j];
      if (x === undefined || x.span[0] >= limit) break;
      if (x.kind === 'punct' && !(x.text === '.' && /^\p{Lu}/u.test(st[j - 1]?.text ?? '') && j + 1 < st.length - 1))
        break;
      if (x.kind === 'word' && j > k && AGENT_ENDS.has(lowerCase(x.text))) break;
      // an agent is a short noun phrase; a longer run is a clause
      if (j - k >= MAX_AGENT_TOKENS) return null;
      j++;
    }
    const last = st[j - 1];
    if (last === undefined || j === k) return null;
    const a = first.span[0];
    const b = last.span[1];
    if (!plausibleSource(a, b, [a, a])) return null;
    return { a, b, entity: entityIn(a, b) };
  };

  /** Where the clause holding token `k` starts: after the last comma, colon or dash before it, else the sentence. */
  const clauseStartBefore = (st: readonly Token[], k: number): number => {
    let j = k - 1;
    // (bounded, like every scan of a sentence: a hostile run of words must not make each cue rescan it)
    while (j > 0 && j > k - 40) {
      const x = st[j];
      if (x === undefined || x.text === ',' || x.text === ':' || x.text === ';' || x.text === '(' || x.text === '—')
        break;
      j--;
    }
    const start = st[j]?.kind === 'punct' ? st[j + 1] : st[j];
    return start?.span[0] ?? 0;
  };

  /**
   * The speaker of a gerund cue after "of"/"with" ("footage of Hillary Clinton asking", "with experts offering"): the
   * short noun phrase between the preposition and the cue, or null.
   */
  const gerundSpeaker = (
    st: readonly Token[],
    k: number,
  ): { a: number; b: number; entity: Entity | null; from: number } | null => {
    for (let p = k - 1; p >= 0 && p >= k - 6; p--) {
      const w = st[p];
      if (w === undefined || (w.kind !== 'word' && w.text !== '.')) return null;
      if (!GERUND_SPEAKER_BEFORE.has(w.text)) continue;
      const first = st[p + 1];
      const last = st[k - 1];
      if (first === undefined || last === undefined || p + 1 > k - 1) return null;
      // a name, a pronoun or a plural noun speaks; "of the day asking" does not
      const lastText = last.text;
      if (!(/^\p{Lu}/u.test(first.text) || PRONOUNS.has(lowerCase(lastText)) || /[^s]s$/u.test(lastText))) return null;
      if (!plausibleSource(first.span[0], last.span[1], [last.span[1], last.span[1]])) return null;
      return { a: first.span[0], b: last.span[1], entity: entityIn(first.span[0], last.span[1]), from: p + 1 };
    }
    return null;
  };

  /** The source phrase ending right before token index `k` (exclusive): the whole subject noun phrase. */
  const sourceBefore = (
    st: readonly Token[],
    k: number,
  ): {
    a: number;
    b: number;
    entity: Entity | null;
    from: number;
    near: { a: number; b: number; from: number };
  } | null => {
    const subj = subjectBefore(st, k) ?? coordinatedSubject(st, k);
    if (subj === null) return null;
    // "I've said": the contraction belongs to the cue.
    const cut = (x: number): number => {
      const lastTok = st[k - 1];
      const isPronoun = lastTok !== undefined && PRONOUNS.has(lowerBeforeApostrophe(lastTok.text));
      const m =
        lastTok !== undefined && lastTok.span[1] === x && isPronoun ? SUBJECT_CONTRACTIONS.exec(lastTok.text) : null;
      return m !== null ? x - (m[2]?.length ?? 0) : x;
    };
    const b = cut(subj.b);
    const nb = cut(subj.near.b);
    if (b <= subj.a || nb <= subj.near.a) return null;
    return {
      a: subj.a,
      b,
      entity: entityIn(subj.a, b),
      from: subj.from,
      near: { a: subj.near.a, b: nb, from: subj.near.from },
    };
  };

  /** The source phrase starting at token index `k` ("said Andrei Medvedev, deputy speaker of …"). */
  const sourceAfter = (
    st: readonly Token[],
    k: number,
    limit: number,
  ): { a: number; b: number; entity: Entity | null } | null => {
    const t = st[k];
    if (t === undefined || t.span[0] >= limit) return null;
    const e = entByStart.get(t.span[0]);
    let b: number;
    if (e !== undefined) {
      b = e.span[1];
      // "said Rep. X of Maryland", "said one source in the room": a prepositional post-modifier to the next break.
      let j = st.findIndex((x) => x.span[0] >= b);
      if (j > 0 && /^(?:of|in|on|for|at|from|with)$/u.test(st[j]?.text ?? '')) {
        while (
          j < st.length &&
          (st[j]?.kind === 'word' ||
            st[j]?.kind === 'number' ||
            (st[j]?.text === '.' && /^\p{Lu}/u.test(st[j - 1]?.text ?? ''))) &&
          (st[j]?.span[0] ?? limit) < limit
        )
          j++;
        // "said Sen. Tom Carper of Delaware.": the sentence's final period is no abbreviation's ("of Ashton, Md." is).
        if (j === st.length && st[j - 1]?.text === '.' && !ABBREVIATION_END.test(st[j - 2]?.text ?? '')) j--;
        const lastTok = st[j - 1];
        if (lastTok !== undefined && !CUE_VERBS.has(lastTok.text)) b = lastTok.span[1];
      }
    } else {
      let j = k;
      while (j < st.length && st[j]?.kind === 'word' && (st[j]?.span[0] ?? limit) < limit) j++;
      if (j === k) return null;
      b = st[j - 1]?.span[1] ?? t.span[1];
    }
    // "Rep. Jim Clyburn (D-S.C.)": party and state in brackets stay with the name.
    const open = st.find((x) => x.span[0] >= b);
    if (open !== undefined && open.text === '(') {
      const oi = st.indexOf(open);
      for (let q = oi + 1; q < Math.min(st.length, oi + 8) && (st[q]?.span[0] ?? limit) < limit; q++) {
        if (st[q]?.text === ')') {
          b = st[q]?.span[1] ?? b;
          break;
        }
      }
    }
    // An appositive up to the end of the sentence or the next quote.
    const after = st.find((x) => x.span[0] >= b);
    if (after !== undefined && after.text === ',') {
      let j = st.indexOf(after) + 1;
      const j0 = j;
      let end = b;
      // "said Caddell, speaking of …": a participle after the name is no appositive.
      const w0 = st[j0];
      if (w0 !== undefined && w0.kind === 'word' && /^\p{Ll}+ing$/u.test(w0.text) && !ING_ADJECTIVES.has(w0.text))
        j = st.length;
      while (j < st.length) {
        const x = st[j];
        if (x === undefined || x.span[0] >= limit || OPENERS.has(x.text) || x.text === ';') break;
        // (a capitalised cue word is part of a name: "Wayne State University")
        if (x.kind === 'word' && (CUE_VERBS.has(x.text) || x.text === 'adding')) break;
        if (x.text === '.' && j === st.length - 1) break;
        end = x.span[1];
        j++;
      }
      // ("according to ACLED, a rise of 40% on last year": a figure after the comma is the report's, not the name's)
      if (!/%|\bpercent\b/u.test(text.slice(b, end))) b = trimEnd(b, end);
    }
    return { a: t.span[0], b, entity: e ?? null };
  };

  /** Where a cue starts: auxiliaries, adverbs and negations before it ("has also said", "can't say", "is calling"). */
  const cueSpan = (st: readonly Token[], k: number): { a: number; from: number } => {
    let from = k;
    const ing = (st[k]?.text ?? '').endsWith('ing');
    for (;;) {
      const p = st[from - 1];
      if (p === undefined || p.kind !== 'word') break;
      const pl = lowerCase(p.text);
      const adverb =
        p.text.endsWith('ly') &&
        /^\p{Ll}+ly$/u.test(p.text) &&
        !/^(?:only|early|family|ally|rally|july|italy)$/.test(pl);
      // (a capitalised "May" or "Will" inside the sentence is a name: "Theresa May said")
      const named = p.text !== pl && from - 1 > 0;
      if (!named && (CUE_PRE_MODIFIERS.has(pl) || CUE_AUXILIARIES.has(pl) || adverb || (ing && BE_FORMS.has(pl))))
        from--;
      else break;
    }
    // "I've said": the cue opens at the contraction.
    const p = st[from - 1];
    const m =
      p !== undefined && p.kind === 'word' && PRONOUNS.has(lowerBeforeApostrophe(p.text))
        ? SUBJECT_CONTRACTIONS.exec(p.text)
        : null;
    if (p !== undefined && m !== null) return { a: p.span[1] - (m[2]?.length ?? 0), from };
    return { a: st[from]?.span[0] ?? 0, from };
  };

  /** The particle read into a cue ("called for", "pointed to"): its token index, -1 when none, -2 when one is required. */
  const particleAfter = (st: readonly Token[], k: number, l: string): number => {
    const base = PARTICLE_BASE.get(l);
    if (base === undefined) return -1;
    const next = (st[k + 1]?.text ?? '').toLowerCase();
    if (CUE_PARTICLES.get(base)?.includes(next) === true) return k + 1;
    return PARTICLE_REQUIRED.has(base) ? -2 : -1;
  };

  /**
   * Whether a source phrase can speak: not a function word or a bare participle ("aside from saying", "Having said
   * that", "was being told by"), not the speaker of "what X called …", not a thing named ("a stream called Miracle Run").
   */
  const plausibleSource = (a: number, b: number, cue: [number, number]): boolean => {
    const words = text.slice(a, b).split(/\s+/u);
    const lastWord = lowerCase(words[words.length - 1] ?? '').replace(/[,.]$/u, '');
    if (NOT_SOURCE_WORDS.has(lastWord)) return false;
    if (words.length === 1 && /^\p{Ll}+(?:ing|ed)$/u.test(words[0] ?? '')) return false;
    if (words.length === 1 && PARTICIPLES_EN.has(words[0] ?? '')) return false;
    // "The move against the aide took place despite repeated warnings": a finite verb outside a relative clause
    // means the phrase is a clause, not a speaker.
    for (const w of words) {
      // (CLAUSE_VERBS holds bare lower-case words only, so a word with a capital or a mark never matches it)
      if (CLAUSE_VERBS.has(w)) return false;
      if (RELATIVE_WORDS.has(w) || RELATIVE_WORDS.has(lowerCase(w.replace(/[,.;:]$/u, '')))) break;
    }
    const cueWord = lowerCase(text.slice(cue[0], cue[1]));
    if (!NAMING_CUES.has(cueWord)) return true;
    if (/\bwhat\s+$/iu.test(text.slice(Math.max(0, a - 6), a))) return false;
    const next = /^\s*(\S)/u.exec(text.slice(cue[1], cue[1] + 4))?.[1] ?? '';
    const named = /^[\p{Lu}"“']/u.test(next);
    return !(named && !entByEnd.has(b) && /^\p{Ll}+$/u.test(words[words.length - 1] ?? ''));
  };

  /** Whether a span lies inside the content of one of the last attributions found (nesting is local). */
  const insideRecentContent = (span: Span): boolean => {
    for (let i = out.length - 1; i >= 0 && i >= out.length - 8; i--) {
      const o = out[i];
      if (o !== undefined && o.content.span[0] <= span[0] && span[1] <= o.content.span[1]) return true;
    }
    return false;
  };

  const push = (
    source: { a: number; b: number; entity: Entity | null } | null,
    cue: [number, number],
    content: [number, number][],
    quote: boolean,
  ): void => {
    if (source !== null && !plausibleSource(source.a, source.b, cue)) return;
    const parts: Spanned[] = [];
    for (const [a, b] of content) if (b > a) parts.push(sp(a, b));
    const first = parts[0];
    if (first === undefined) return;
    const att: { -readonly [K in keyof Attribution]: Attribution[K] } = {
      source: source !== null ? sp(source.a, source.b) : null,
      cue: sp(cue[0], cue[1]),
      content: first,
      quote,
      entity: source?.entity?.id ?? null,
    };
    if (parts.length > 1) att.parts = parts;
    out.push(att);
  };

  /** Quotes in the same paragraph (or continuing paragraphs) right after offset `from`, with no cue of their own. */
  const followingQuotes = (from: number, paragraph: number, start?: Quote): Quote[] => {
    const more: Quote[] = [];
    let para = paragraph;
    for (const q of quotes) {
      if (q.used || q.open < from) continue;
      if (q.paragraph !== para && q.paragraph !== para + 1) break;
      if (q.paragraph === para + 1) {
        // Only a quote that opens its paragraph continues the speaker there.
        const prevQ = more[more.length - 1] ?? start;
        const continues = prevQ !== undefined && prevQ.end === prevQ.innerEnd;
        if (!continues) break;
        para = q.paragraph;
      }
      const gap = text.slice(from, q.open);
      if (/\b(?:said|says|told|added|according)\b/u.test(gap) || gap.length > 200) break;
      if (/[\p{L}]/u.test(gap.replace(/\s+/gu, ''))) break;
      // A quote followed by its own cue ("…," he said) starts a new attribution.
      if (CUE_AFTER_QUOTE.test(text.slice(q.end, q.end + 60))) break;
      more.push(q);
      from = q.end;
    }
    return more;
  };

  /** Whether sentence `si` opens its paragraph. */
  const paragraphStart = (si: number): boolean => si === 0 || sentences[si - 1]?.paragraph !== sentences[si]?.paragraph;
  /** The offset where the paragraph of sentence `si` starts. */
  const paragraphStartOffset = (si: number): number => {
    let i = si;
    while (i > 0 && sentences[i - 1]?.paragraph === sentences[si]?.paragraph) i--;
    return sentences[i]?.span[0] ?? 0;
  };
  /** The name that signs a quote after a dash ("― Edwin G. Monroy"): capitalised words and initials to the end. */
  const signature = (st: readonly Token[], k: number): { a: number; b: number; entity: Entity | null } | null => {
    const first = st[k];
    if (first === undefined || first.kind !== 'word' || !/^\p{Lu}/u.test(first.text)) return null;
    let j = k;
    while (j < st.length && j < k + 7) {
      const x = st[j];
      if (x === undefined) break;
      if (x.kind === 'word' && /^\p{Lu}/u.test(x.text)) j++;
      else if (x.text === '.' && j + 1 < st.length && x.span[0] - (st[j - 1]?.span[1] ?? 0) === 0) j++;
      else break;
    }
    // The name runs to the sentence end (a final period aside).
    if (j < st.length - 1 || (j === st.length - 1 && st[j]?.text !== '.')) return null;
    const last = st[j - 1];
    if (last === undefined) return null;
    return { a: first.span[0], b: last.span[1], entity: entByStart.get(first.span[0]) ?? null };
  };
  /** A cue word read as a noun or an aspect verb here: "any mention of", "Republican claims as", "Mr. Trump's claims",
   * "a Donald Trump tweet", "continue to support", "additional reporting by", "cases alleging bias". */
  const nounOrAspectReading = (st: readonly Token[], k: number, l: string): boolean => {
    const next = st[k + 1];
    const nx = next?.text ?? '';
    const pw = st[k - 1];
    const pwt = pw?.text ?? '';
    const opensClause = nx === 'that' || nx === ':' || nx === ',' || OPENERS.has(nx);
    if (ASPECT_CUES.has(l)) return !opensClause;
    if (l === 'reporting' || l === 'state' || l === 'states') return !opensClause;
    if (AMBIGUOUS_CUES.has(l)) {
      // "Mr. Trump's claims", "the reports of": a noun after a possessive or before a preposition.
      if (/['’]s$/u.test(pwt) || NOUN_AFTER.has(nx)) return true;
      // "a Donald Trump tweet": a base form after a singular name is no verb.
      if (
        !/(?:s|ed|ing)$/u.test(l) &&
        l !== 'found' &&
        pw !== undefined &&
        /^\p{Lu}/u.test(pwt) &&
        !/s$/u.test(pwt) &&
        !PRONOUNS.has(lowerCase(pwt))
      )
        return true;
    }
    // "cases alleging discrimination", "taxpayers reporting gains": a speech participle after a noun, without a comma
    // or an auxiliary, modifies the noun.
    if (
      l.endsWith('ing') &&
      CUE_VERBS.has(l) &&
      pw !== undefined &&
      pw.kind === 'word' &&
      !BE_FORMS.has(lowerCase(pwt)) &&
      !CUE_PRE_MODIFIERS.has(lowerCase(pwt)) &&
      !CUE_AUXILIARIES.has(lowerCase(pwt)) &&
      !/ly$/u.test(pwt) &&
      !PARTICIPLE_LEADS.has(lowerCase(pwt))
    )
      return true;
    return false;
  };
  /**
   * A headline label of one to three capitalised words that reads as a name ("Pence: …", "Bernie Sanders: …"), not a
   * rubric ("Exclusive: …", "The Latest: …", "Watch: …").
   */
  const nameLabel = (st: readonly Token[], colon: number): boolean => {
    if (colon > 3) return false;
    const first = lowerCase(st[0]?.text ?? '');
    if (HEADLINE_RUBRICS.has(first) || DETERMINERS.has(first)) return false;
    for (let i = 0; i < colon; i++) if (isAllCaps(st[i]?.text ?? '')) return false;
    const next = st[colon + 1];
    return next !== undefined && (/^\p{Lu}/u.test(next.text) || OPENERS.has(next.text) || next.text === '‘');
  };
  let speakerLabels = 0;
  for (let si = 0; si < sentences.length && speakerLabels < 2; si++)
    if (paragraphStart(si) && capsLabel(bySentence[si] ?? []) > 0) speakerLabels++;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    if (s === undefined) continue;
    const st = bySentence[si] ?? [];
    // Headline "Source: content".
    if (s.heading || si === 0) {
      let colon = -1;
      for (let i = 1; i <= 5 && i < st.length; i++) {
        if (st[i]?.text === ':') {
          colon = i;
          break;
        }
      }
      // The label must name someone ("Kyiv: …", "Bernie Sanders: …"): an entity, not a shout ("EXCLUSIVE: …").
      const labelEnt = entByStart.get(st[0]?.span[0] ?? -1);
      if (
        colon > 0 &&
        st.slice(0, colon).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)) &&
        colon < st.length - 2 &&
        ((labelEnt !== undefined && labelEnt.span[1] === st[colon - 1]?.span[1]) || nameLabel(st, colon)) &&
        !(colon === 1 && isAllCaps(st[0]?.text ?? ''))
      ) {
        const c = st[colon];
        const first = st[0];
        const next = st[colon + 1];
        if (c !== undefined && first !== undefined && next !== undefined) {
          const ent = entByStart.get(first.span[0]) ?? null;
          push(
            { a: first.span[0], b: c.span[0], entity: ent },
            [c.span[0], c.span[1]],
            [[next.span[0], trimEnd(next.span[0], s.span[1])]],
            false,
          );
          continue;
        }
      }
    }
    // Transcript "PENCE: Well, look, …": a paragraph opens with a speaker's name in capitals (in a transcript, where
    // at least two paragraphs do).
    const label = speakerLabels >= 2 && paragraphStart(si) ? capsLabel(st) : -1;
    if (label > 0) {
      const c = st[label];
      const next = st[label + 1];
      const from = OPENERS.has(st[0]?.text ?? '') ? 1 : 0;
      const first = st[from];
      if (c !== undefined && next !== undefined && first !== undefined) {
        push(
          { a: first.span[0], b: st[label - 1]?.span[1] ?? c.span[0], entity: entByStart.get(first.span[0]) ?? null },
          [c.span[0], c.span[1]],
          [[next.span[0], trimEnd(next.span[0], s.span[1])]],
          false,
        );
        continue;
      }
    }
    for (let k = 0; k < st.length; k++) {
      const t = st[k];
      if (t === undefined) continue;
      // "local residents put the number of missing children at nearly 300", "officials placed the death toll at 40":
      // an estimate of a count speaks for its subject.
      if (t.kind === 'word' && ESTIMATE_VERBS.has(t.text) && TOLL_NOUNS.has(lowerCase(st[k + 2]?.text ?? ''))) {
        const det = lowerCase(st[k + 1]?.text ?? '');
        const at = st.findIndex((x, i) => i > k + 2 && i <= k + 10 && x.text === 'at');
        const src = det === 'the' || det === 'its' || det === 'their' ? sourceBefore(st, k) : null;
        if (src !== null && at > 0) {
          const from = st[k + 1];
          if (from !== undefined) {
            const ce = trimEnd(
              from.span[0],
              /[.!?]$/u.test(text.slice(from.span[0], s.span[1])) ? s.span[1] - 1 : s.span[1],
            );
            push(src, [t.span[0], t.span[1]], [[from.span[0], ce]], false);
            continue;
          }
        }
      }
      // "…our greatest shame.” ― Sonya Herridge": a name after a dash right after a closing quote signs the quote.
      if (
        t.kind === 'punct' &&
        DASHES.has(t.text) &&
        k > 0 &&
        (st[k - 1]?.text === '”' || st[k - 1]?.text === '"') &&
        t.span[0] - (st[k - 1]?.span[1] ?? 0) <= 1
      ) {
        const signed = signature(st, k + 1);
        const closeTok = st[k - 1];
        if (signed !== null && closeTok !== undefined) {
          const q = quotes.find((x) => x.end === closeTok.span[1]);
          const cs = q !== undefined ? q.open : paragraphStartOffset(si);
          if (q !== undefined) q.used = true;
          push(signed, [t.span[0], t.span[1]], [[cs, closeTok.span[1]]], true);
          break;
        }
      }
      if (t.kind !== 'word') continue;
      // Only "according to" and cue words start an attribution (tested first: most words are neither).
      if (!mayStart(t.text)) continue;
      const l = lowerCase(t.text);
      if (!STARTS.has(l)) continue;
      if (insideQuote(t.span[0]) !== undefined) continue;
      // "according to X, Y" and "Y, according to X."
      if (l === 'according' && st[k + 1]?.text === 'to') {
        const cueEnd = st[k + 1]?.span[1] ?? t.span[1];
        const atStart =
          k === 0 || st.slice(0, k).every((x) => x.kind !== 'word' || /^(?:but|and|yet|so)$/iu.test(x.text));
        const src = sourceAfterPlain(st, k + 2, !atStart);
        if (src === null) continue;
        if (atStart) {
          push(src, [t.span[0], cueEnd], [[trimStart(src.b, s.span[1]), trimEnd(src.b, s.span[1])]], false);
        } else {
          push(src, [t.span[0], cueEnd], [[s.span[0], trimEnd(s.span[0], t.span[0])]], false);
        }
        continue;
      }
      const speech = CUE_VERBS.has(l);
      if (!speech && !ATTITUDE_CUES.has(l)) continue;
      // "who asked not to be named", "who spoke on condition of anonymity": how a source stays anonymous, no report
      if (ANONYMITY_CUES.has(l) && anonymityAfter(st, k)) continue;
      // A headline in title case capitalises its cue too ("Lindsey Graham Says Trump Could Deal").
      const titleCue = k > 0 && (s.heading || si === 0) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && titleCase(st);
      if (t.text !== l && !titleCue && !(k === 0 && (l === 'asked' || l === 'speaking'))) continue;
      if (nounOrAspectReading(st, k, l)) continue;
      const part = particleAfter(st, k, l);
      if (part === -2) continue;
      // "called off the search", "added up": a particle that makes another verb.
      if (NON_CUE_PARTICLES.has((st[k + 1]?.text ?? '').toLowerCase())) continue;
      const cueEnd = part >= 0 ? (st[part]?.span[1] ?? t.span[1]) : t.span[1];
      const afterCue = part >= 0 ? part + 1 : k + 1;
      const cue = cueSpan(st, k);
      // "the figures reported by the ministry", "a view echoed by everyone I asked", "were claimed by the Islamic
      // State": a participle with its agent after "by" speaks for the agent; the content is the noun phrase it follows.
      if (st[afterCue]?.text === 'by' && PASSIVE_FORM.test(l)) {
        const agent = byAgent(st, afterCue + 1, s.span[1]);
        if (agent !== null) {
          // "were claimed by": the form of "be" opens the cue
          const be = st[cue.from - 1];
          const ca = be !== undefined && BE_FORMS.has(lowerCase(be.text)) ? be.span[0] : cue.a;
          const cs = clauseStartBefore(st, cue.from);
          const ce = trimEnd(cs, ca);
          if (ce > cs) {
            push(agent, [ca, cueEnd], [[cs, ce]], false);
            continue;
          }
        }
      }
      // ", adding that …": the source is the main clause's speaker.
      if ((PARTICIPLE_CUES.has(l) || (!speech && l.endsWith('ing'))) && st[k - 1]?.text === ',') {
        const prevAtt = out[out.length - 1];
        const firstEnt = entities.find((e) => e.span[0] >= s.span[0] && e.span[1] <= t.span[0]);
        const main = prevAtt !== undefined && prevAtt.cue.span[0] >= s.span[0] ? null : mainSubject(st, k);
        const src =
          prevAtt !== undefined && prevAtt.cue.span[0] >= s.span[0] && prevAtt.source !== null
            ? {
                a: prevAtt.source.span[0],
                b: prevAtt.source.span[1],
                entity: entities.find((e) => e.id === prevAtt.entity) ?? null,
              }
            : main !== null
              ? main
              : firstEnt !== undefined
                ? { a: firstEnt.span[0], b: firstEnt.span[1], entity: firstEnt }
                : null;
        const nx = st[afterCue];
        if (src !== null && nx !== undefined && !OPENERS.has(nx.text)) {
          let cs = nx.span[0];
          if (nx.text === ':' || nx.text === ',') cs = st[afterCue + 1]?.span[0] ?? cs;
          const ce = trimEndSoft(cs, /[.!?]$/u.test(text.slice(cs, s.span[1])) ? s.span[1] - 1 : s.span[1]);
          if (ce - cs > 2) {
            push(src, [t.span[0], cueEnd], [[cs, ce]], false);
            continue;
          }
        }
      }
      // "“I would say this,” Trump answered.": an attitude verb right after a quote and its speaker reports the quote
      const quotedBefore =
        !speech &&
        quotes.some(
          (q) =>
            !q.used &&
            q.end <= cue.a &&
            q.end >= s.span[0] &&
            cue.a - q.end < 60 &&
            /^[\s,—–-]*\p{Lu}/u.test(text.slice(q.end, cue.a)) &&
            st[afterCue] !== undefined &&
            /^[.,]$/u.test(st[afterCue]?.text ?? ''),
        );
      // Attitude and evaluation cues ("wants", "called for", "criticized"): subject before, content after.
      if (!speech && !quotedBefore) {
        const src = (l.endsWith('ing') && cue.from === k ? gerundSpeaker(st, k) : null) ?? sourceBefore(st, cue.from);
        if (src === null) continue;
        // "if he wants", "because he did not want": an attitude inside a conditional or causal clause, or
        // inside what someone is already reported to say ("saying he wants"), is part of that content, not a report.
        if (SUBORDINATE_OPENERS.has(lowerCase(st[src.from - 1]?.text ?? ''))) continue;
        if (insideRecentContent(t.span)) continue;
        const pw = st[cue.from - 1];
        if (pw === undefined) continue;
        const pwl = pw.text.toLowerCase();
        // "Clinton's plans", "the new calls": a noun, not a verb.
        if (/['’]s$/u.test(pwl) && !/^(?:he|she|it|that|there|what|who)['’]s$/u.test(pwl)) continue;
        // Forms that are also nouns ("plans", "a call", "hopes") need a clear subject: a name, a pronoun, an auxiliary.
        const clear = entByEnd.has(pw.span[1]) || PRONOUNS.has(pwl) || /^\p{Lu}/u.test(pw.text) || cue.from < k;
        if (/[^su]s$/u.test(l) && !clear) continue;
        if (!/(?:ed|ing|s)$/u.test(l) && !clear && !/[^s]s$/u.test(pwl)) continue;
        // A participle needs "is …ing" or a comma ("X sent a letter urging …" is not X urging), or a speaker
        // after "of"/"with" ("footage of Clinton asking", "with experts offering their views").
        if (l.endsWith('ing') && cue.from === k && !GERUND_SPEAKER_BEFORE.has(lowerCase(st[src.from - 1]?.text ?? '')))
          continue;
        // A passive ("was criticized") is not spoken by its subject.
        if (/ed$/u.test(l) && cue.from < k && BE_FORMS.has((st[k - 1]?.text ?? '').toLowerCase())) continue;
        const first = st[afterCue];
        if (first === undefined || (first.kind === 'punct' && first.text !== '“' && first.text !== '"')) continue;
        const cs = first.span[0];
        let ce = s.span[1];
        if (/[.!?]$/u.test(text.slice(cs, ce))) ce--;
        ce = Math.max(cs, trimEndSoft(cs, ce));
        if (ce - cs < 2) continue;
        push(src, [cue.a, cueEnd], [[cs, ce]], false);
        continue;
      }
      const prevTok = st[cue.from - 1];
      // Passive: "it was reported that …"
      if (PASSIVE_CUES.has(l) && prevTok !== undefined && /^(?:was|is|been|were)$/iu.test(prevTok.text)) {
        const it = st[cue.from - 2];
        if (it !== undefined && /^it$/iu.test(it.text) && st[k + 1]?.text === 'that') {
          const nx = st[k + 1];
          if (nx !== undefined)
            push(null, [prevTok.span[0], t.span[1]], [[nx.span[0], trimEnd(nx.span[0], s.span[1])]], false);
        }
        continue;
      }
      // A participle after a noun is not a cue ("the figures reported by …" handled as a plain cue below).
      // 1. The quote that closes just before the cue: "…," said X / "…," X said.
      // (A quote ending in "?" or "!" closes its own sentence: "“Who knows?” Graham asked.")
      const qBefore = quotes.find(
        (q) =>
          !q.used &&
          q.end <= cue.a &&
          cue.a - q.end < 100 &&
          (q.end >= s.span[0] || (q.end >= s.span[0] - 3 && /[?!]/u.test(text.slice(q.innerEnd - 1, q.end)))),
      );
      if (qBefore !== undefined) {
        const q = qBefore;
        const gap = text.slice(q.end, cue.a);
        let src: { a: number; b: number; entity: Entity | null } | null = null;
        if (/^[\s,—–-]*$/u.test(gap)) {
          src = sourceAfter(st, k + 1, s.span[1] + 1);
        } else {
          const sb = sourceBefore(st, cue.from);
          if (sb !== null && sb.a >= q.end) src = sb;
        }
        if (src !== null || /^[\s,—–-]*$/u.test(gap)) {
          q.used = true;
          const more = followingQuotes(src !== null ? Math.max(src.b, t.span[1]) : t.span[1], q.paragraph, q);
          for (const m of more) m.used = true;
          push(src, [cue.a, cueEnd], [[q.open, q.end], ...more.map((m): [number, number] => [m.open, m.end])], true);
          continue;
        }
      }
      // 2. The quote that opens after the cue: X said: "…" / X told AFP, "…"
      const src0 = sourceBefore(st, cue.from);
      if (AMBIGUOUS_CUES.has(l)) {
        const before = (st[cue.from - 1]?.text ?? '').toLowerCase();
        const pt = st[cue.from - 1];
        const named = pt !== undefined && (entByEnd.has(pt.span[1]) || PRONOUNS.has(pt.text.toLowerCase()));
        // "A poll released Friday found that …", "Video shows him …": evidence shows and finds.
        const evidence =
          EVIDENCE_CUES.has(l) &&
          pt !== undefined &&
          (EVIDENCE_NOUNS.has(lowerCase(pt.text)) ||
            (st[k + 1]?.text === 'that' && pt.kind === 'word') ||
            (src0 !== null && evidenceHead(st, src0.from, cue.from)));
        // "…, O'Keefe notes.": a cue that ends the sentence after a comma and its subject
        const postposed =
          src0 !== null && st[src0.from - 1]?.text === ',' && st[afterCue]?.text === '.' && afterCue === st.length - 1;
        if (src0 === null || !(named || evidence || postposed) || DETERMINERS.has(before)) continue;
      }
      const qAfter = quotes.find((q) => !q.used && q.open >= t.span[1] && q.open - t.span[1] <= 40);
      if (qAfter !== undefined && src0 !== null) {
        const gap = text.slice(t.span[1], qAfter.open);
        if (/^[^.!?"“”]*[:,]\s*$/u.test(gap) || /^\s*$/u.test(gap)) {
          qAfter.used = true;
          const more = followingQuotes(qAfter.end, qAfter.paragraph, qAfter);
          for (const m of more) m.used = true;
          push(
            src0,
            [cue.a, cueEnd],
            [[qAfter.open, qAfter.end], ...more.map((m): [number, number] => [m.open, m.end])],
            true,
          );
          continue;
        }
      }
      // 3. Postposed: "Y, X said." or "Y, said X."
      const sb = src0;
      // "Y, X said.": the nearest comma-free stretch speaks and Y is content; but a comma right before the cue closes
      // an appositive subject, which speaks whole ("…, the governor, Ivan Ruda, said", "X, a network of …, said").
      const appositive = sb !== null && st[cue.from - 1]?.text === ',' && sb.a < sb.near.a;
      const nearSrc =
        sb === null
          ? null
          : appositive
            ? sb
            : { a: sb.near.a, b: sb.near.b, entity: entityIn(sb.near.a, sb.near.b), from: sb.near.from };
      const commaBefore = nearSrc !== null ? st[nearSrc.from - 1] : st[cue.from - 1];
      if (
        POSTPOSED_CUES.has(l) &&
        commaBefore !== undefined &&
        commaBefore.text === ',' &&
        commaBefore.span[0] > s.span[0] + 3
      ) {
        const rest = text.slice(t.span[1], s.span[1]);
        // "…, police said, while residents put the number at 300": a contrasting clause after the cue is no content
        const contrast = CONTRAST_AFTER_CUE.test(rest);
        if (
          nearSrc !== null &&
          (contrast ||
            /^(?:\s+(?:AFP|Reuters|reporters|journalists|[A-Z][\p{L}.]*))?(?:\s+(?:on|in|late|earlier|this|last|at)\b[^,;]{0,80})?\s*(?:[.,;!?]["”]?\s*)?$/u.test(
              rest,
            ))
        ) {
          // Content runs from the sentence start (or the last clause break) to the comma.
          const cs = trimStart(s.span[0], commaBefore.span[0]);
          const parts: [number, number][] = [[cs, trimEnd(cs, commaBefore.span[0])]];
          const afterComma = !contrast && /^\s*,/u.test(rest) ? t.span[1] + rest.indexOf(',') + 1 : -1;
          if (afterComma > 0 && trimEnd(afterComma, s.span[1]) - afterComma > 8)
            parts.push([trimStart(afterComma, s.span[1]), trimEnd(afterComma, s.span[1])]);
          push(nearSrc, [cue.a, cueEnd], parts, false);
          continue;
        }
        if (sb === null && cue.from === k) {
          const sa = sourceAfter(st, k + 1, s.span[1]);
          // "Y, said X." ends with X; "Wilson, of Springfield, said he had fought" is no inversion.
          if (sa !== null && sa.entity !== null && ENDS_SENTENCE.test(text.slice(sa.b, s.span[1]))) {
            const cs = trimStart(s.span[0], commaBefore.span[0]);
            push(sa, [t.span[1] - t.text.length, t.span[1]], [[cs, trimEnd(cs, commaBefore.span[0])]], false);
            continue;
          }
        }
      }
      // 4. Preposed: "X said (that) Y".
      if (sb === null) continue;
      let c = afterCue;
      if (l === 'told' || l === 'tell' || l === 'tells' || l === 'telling' || OBJECT_CUES.has(l)) {
        if (!OBJECT_CUES.has(l)) {
          // skip the hearer: "told AFP", "told reporters"
          const h = st[c];
          const he = h !== undefined ? entByStart.get(h.span[0]) : undefined;
          if (he !== undefined) while (c < st.length && (st[c]?.span[1] ?? 0) <= he.span[1]) c++;
          else if (h !== undefined && h.kind === 'word') c++;
        }
      }
      // "said in a statement on Telegram that …": start at "that" when it is near.
      const told = /^tell|^told/u.test(l);
      const c0 = c;
      for (let q = c; q < Math.min(st.length, c + 9); q++) {
        const w = st[q];
        if (w === undefined) break;
        if (w.text === 'that' || (told && /^(?:how|whether|what|why|if|when)$/u.test(w.text))) {
          c = q;
          break;
        }
        // "told host Alex Marlow on Thursday how …": the hearer may hold lower-case words.
        if (
          w.kind === 'word' &&
          !INSERTS_AFTER_CUE.has(w.text.toLowerCase()) &&
          !/^\p{Lu}/u.test(w.text) &&
          !(told && q < c0 + 4)
        )
          break;
        if (w.kind === 'punct' && w.text !== ',') break;
      }
      const first = st[c];
      if (first === undefined) continue;
      if (first.text === ':' || first.text === ',') {
        const n2 = st[c + 1];
        if (n2 === undefined) continue;
        c++;
      }
      const cs = st[c]?.span[0] ?? first.span[0];
      let ce = s.span[1];
      // A final period is not part of the content; a period inside a closing quote is.
      if (/[.!?]$/u.test(text.slice(cs, ce))) ce--;
      ce = Math.max(cs, trimEndSoft(cs, ce));
      if (ce - cs < 2) continue;
      push(sb, [cue.a, cueEnd], [[cs, ce]], false);
    }
  }

  /** The source after "according to": to the first comma when the content follows, else on to the sentence end
   * through an appositive ("according to an analysis by X, a former aide now teaching at Y"). */
  function sourceAfterPlain(
    st: readonly Token[],
    k: number,
    toEnd: boolean,
  ): { a: number; b: number; entity: Entity | null } | null {
    const t = st[k];
    if (t === undefined) return null;
    const e = entByStart.get(t.span[0]);
    let j = k;
    let commas = 0;
    for (; j < st.length; j++) {
      const x = st[j];
      if (x === undefined) break;
      if (x.kind === 'word' || x.kind === 'number') continue;
      if (x.text === '.' && j < st.length - 1 && st[j - 1]?.kind === 'word') continue;
      if (/^[()/&%$'’-]$/u.test(x.text)) continue;
      if (x.text === ',' && toEnd && commas === 0) {
        const nx = st[j + 1];
        // ("according to ACLED, a rise of 40% on last year": an appositive with a percentage is the report's figure)
        const rest = text.slice(x.span[1], st[st.length - 1]?.span[1] ?? x.span[1]);
        if (
          nx !== undefined &&
          (/^(?:a|an|the|and)$/u.test(nx.text) || /^\p{Lu}/u.test(nx.text)) &&
          !/%|\bpercent\b/u.test(rest)
        ) {
          commas++;
          continue;
        }
      }
      break;
    }
    const endTok = st[j - 1];
    if (endTok === undefined || j === k) return null;
    const b = trimEnd(
      t.span[0],
      Math.max(endTok.span[1], e !== undefined && e.span[1] <= endTok.span[1] ? e.span[1] : 0),
    );
    return { a: t.span[0], b, entity: e ?? null };
  }
  /** The end of the clause that opens at `a`: before ", but", ", who", ", saying", " and said" outside quotes. */
  function clauseEnd(a: number, b: number): number {
    const body = text.slice(a, b);
    let depth = 0;
    // Only quotation marks, commas and " and" matter: the rest is skipped.
    CLAUSE_MARKS.lastIndex = 0;
    for (let mk = CLAUSE_MARKS.exec(body); mk !== null; mk = CLAUSE_MARKS.exec(body)) {
      const i = mk.index;
      const c = body.charCodeAt(i);
      if (c === 0x201c) depth++;
      else if (c === 0x201d) depth = Math.max(0, depth - 1);
      else if (c === 34) depth = depth > 0 ? 0 : 1;
      if (depth > 0) continue;
      // Only a comma followed by white space, or " and", can open a clause break.
      if ((c === 44 && isSpaceCode(body.charCodeAt(i + 1))) || (c === 32 && body.startsWith('and', i + 1))) {
        const m = CLAUSE_BREAK.exec(body.slice(i, i + 40));
        if (m !== null && (c === 44 || m[1] !== undefined)) return trimEndSoft(a, a + i);
      }
    }
    return b;
  }
  function trimEndSoft(a: number, b: number): number {
    let e = b;
    while (e > a && softTrimmable(text, e - 1)) e--;
    return e;
  }

  out.sort((x, y) => x.cue.span[0] - y.cue.span[0]);
  // A cue inside a preposed content is reported in turn ("X said police were reporting Y"): the outer speaker keeps
  // the whole content; attributions do not nest.
  // (the outer contents by where they start, so that each inner attribution looks up its candidates)
  const byContentStart = new Map<number, Attribution[]>();
  for (const a of out) {
    if (a.quote || a.parts !== undefined) continue;
    const list = byContentStart.get(a.content.span[0]);
    if (list === undefined) byContentStart.set(a.content.span[0], [a]);
    else list.push(a);
  }
  const nested = (b: Attribution): boolean => {
    const bStart = Math.min(b.source?.span[0] ?? Infinity, b.cue.span[0]);
    // Only "X said [Z reported Y]": the inner speaker opens the outer content (after "that"); clauses joined by
    // "and", "though", a comma … are attributions of their own.
    const opens = (a: Attribution): boolean =>
      a !== b && b.cue.span[0] > a.content.span[0] && b.content.span[1] <= a.content.span[1];
    if (byContentStart.get(bStart)?.some(opens) === true) return true;
    // "X said that [Z reported Y]": the outer content opens with "that" and white space before the inner speaker
    let p = bStart;
    while (p > 0 && isSpaceCode(text.charCodeAt(p - 1))) p--;
    return p < bStart && text.slice(p - 4, p) === 'that' && byContentStart.get(p - 4)?.some(opens) === true;
  };
  const kept = out.filter((b) => !nested(b));
  out.length = 0;
  out.push(...kept);
  // A reported clause ends at a clause boundary outside quotes: ", but …", ", who …", ", saying …", " and said …".
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (a === undefined || a.quote || a.parts !== undefined) continue;
    const [cs, ce] = a.content.span;
    if (cs < a.cue.span[1]) continue;
    const e = clauseEnd(cs, ce);
    if (e < ce && e - cs > 1) out[i] = { ...a, content: sp(cs, e) };
  }
  // A preposed content stops where a later attribution's source or cue begins ("X said Y, Z told AFP").
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const b = out[i + 1];
    if (a === undefined || b === undefined || a.quote || a.parts !== undefined) continue;
    const cut = Math.min(b.source?.span[0] ?? Infinity, b.cue.span[0]);
    if (cut > a.content.span[0] && cut < a.content.span[1]) {
      const e = trimEndSoft(a.content.span[0], cut);
      if (e - a.content.span[0] > 1) out[i] = { ...a, content: sp(a.content.span[0], e) };
    }
  }
  return out;
}

export const attributionsStage = defineStage({
  name: 'attributions',
  version: '1',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['attributions'],
  run: (doc) => ({
    layers: { attributions: findAttributions(doc.text, doc.get('sentences'), doc.get('entities'), doc.get('tokens')) },
  }),
});
