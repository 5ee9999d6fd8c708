// The subject noun phrase before a cue, scanned leftwards to the clause start: "Mr. King and Mr. Schultz say",
// "advisers to Mr. Obama say", "Marc Morial, the chief executive of the League, said", "X, who …, said" (→ X),
// "On Monday, X said" (→ X), "…, who said" (→ who).
import type { Token } from '../core/layers/text.js';
import {
  AMBIGUOUS_CUES,
  CUE_VERBS,
  INTRO_OPENERS,
  RELATIVE_SOURCES,
  SUBJECT_INSERT_OPENERS,
  ROLE_NOUNS,
  SUBJECT_STOPS,
  TIME_WORDS,
} from './en/sources.js';
import { lowerCase, startsUpper } from '../geo/text-case.js';

export interface Subject {
  /** Start and end offsets of the subject. */
  readonly a: number;
  readonly b: number;
  /** Index of the subject's first token. */
  readonly from: number;
  /** The nearest comma-free stretch alone (for "Y, X said." where Y is content, not an appositive). */
  readonly near: { readonly a: number; readonly b: number; readonly from: number };
}

interface Segment {
  from: number;
  to: number;
}

const OPEN_PUNCT = new Set(['.', '(', ')', '/', '&', '%', '$']);
/** Marks that set off an appositive like a comma does ("Jason Sims — a teacher from Ohio — says"). */
const APPOSITIVE_DASHES = new Set(['—', '–', '--']);
/** A comma, or a dash with space on both sides. */
function isCommaLike(st: readonly Token[], j: number): boolean {
  const t = st[j];
  if (t === undefined) return false;
  if (t.text === ',') return true;
  if (!APPOSITIVE_DASHES.has(t.text)) return false;
  const before = st[j - 1];
  const after = st[j + 1];
  return before !== undefined && after !== undefined && before.span[1] < t.span[0] && t.span[1] < after.span[0];
}
/** Prepositions after which an object pronoun may end a subject ("those close to him", "people around her"). */
const PRONOUN_OBJECT_PREPOSITIONS = new Set(['to', 'around', 'near', 'with', 'behind']);
/** A capital letter glued to a following period: an initial ("F.B.I.", "James B. Comey"), not the pronoun "I". */
function isInitial(st: readonly Token[], j: number): boolean {
  const t = st[j];
  const dot = st[j + 1];
  return t !== undefined && t.text.length === 1 && dot !== undefined && dot.text === '.' && dot.span[0] === t.span[1];
}
/** Whether the words in [from, to], initials aside, number at most `max` ("Rep. Gregory W. Meeks (D-N.Y.)" is 3). */
function fewWords(st: readonly Token[], from: number, to: number, max: number): boolean {
  let n = 0;
  for (let q = from; q <= to; q++) {
    const t = st[q];
    if (t !== undefined && t.kind === 'word' && t.text.length > 1 && ++n > max) return false;
  }
  return true;
}
const NOMINATIVE = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
const NAME_OPENERS_NOT = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'even',
  'rather',
  'to',
  'but',
  'and',
  'so',
]);
/** Words before which a cue word is a noun ("and state officials", "the report"). */
const NOUN_BEFORE = new Set(['and', 'or', 'the', 'a', 'an', 'of', 'this', 'that', 'its', 'their', 'his', 'her']);
/** Conjunctions that open a clause and may stand before its subject ("But Mr. King and Mr. Ho say"). */
const SUBORDINATORS = new Set(
  'but because while when if since although though so whereas unless until once whether yet as after before'.split(' '),
);
/** Words that open a noun phrase after a noun inside a gapped relative clause ("things the candidate said"). */
const GAP_OPENERS = new Set(['the', 'a', 'an']);
/** Adverbs that may stand between a subject and a time phrase before the cue ("Wells Fargo just this month said"). */
const TRAILING_ADVERBS = new Set(['just', 'also', 'only', 'already', 'now', 'still', 'even', 'then']);
/** Relative pronouns that open a description of the speaker ("Joe Bateman, who traveled …, said"). */
const RELATIVE_OPENERS = new Set(['who', 'whose']);
/** Modals that, capitalised inside a sentence, are a month or a name ("in May", "Will Ford"). */
const NAME_MODALS = new Set(['may', 'will']);
/** Months that are also surnames or given names, read as a name right after a capitalised word ("Theresa May"). */
const NAME_MONTHS = new Set(['may', 'june', 'april', 'august']);
/** Time words that are capitalised only inside a name ("USA Today") once past the sentence's first word. */
const DEICTIC_DAYS = new Set(['today', 'tonight', 'yesterday', 'tomorrow', 'now']);
/** Relative pronouns that stand for the object of a cue with its own subject after them ("which he said were"). */
const RELATIVE_OBJECTS = new Set(['which', 'that', 'whom']);
/** Relative pronouns after the noun of a description ("a group that has sued", "an expert who has helped"). */
const DESCRIPTION_RELATIVES = new Set(['who', 'whose', 'that', 'which']);
/** Adverbs that may open a description after a name ("now a paid commentator", "also a former aide"). */
const DESCRIPTION_ADVERBS = new Set(['now', 'also', 'then', 'formerly', 'once', 'himself', 'herself']);
/** Words that open a description set off by commas ("Shane Shook, a security expert who …, said"). */
const DESCRIPTION_OPENERS = new Set(['a', 'an', 'the', 'one', 'former', 'his', 'her', 'their', 'its', 'our']);
/** A past participle after a cue word that is also a noun ("a report published Friday", "the statement issued"). */
const PARTICIPLE_AFTER_NOUN = /^\p{Ll}{3,}ed$/u;
/** Pronouns that open the subject of a gapped relative clause ("a fact he mentions"). */
const GAP_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Function words after which a determiner or a pronoun is no new subject ("of the", "and he", "told them he"). */
const NOT_GAP_BEFORE = new Set(
  (
    'of and or to in on at for from with by as than that which who whom the a an this these those his her their its ' +
    'our my your around about across over under into through between among against like near including within ' +
    'without throughout both all each either neither some many most only even just not also'
  ).split(' '),
);
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const OBJECT_PRONOUNS = new Set(['him', 'them', 'us', 'me']);
const MAX_TOKENS = 28;

const lower = (t: Token | undefined): string => lowerCase(t?.text ?? '');
const isCap = (t: Token | undefined): boolean => t !== undefined && t.text.length > 0 && startsUpper(t.text);

/** Whether a token in [from, to] is a word or a number (`st.slice(from, to + 1).some(…)`). */
function someWordOrNumber(st: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < st.length; i++) {
    const t = st[i];
    if (t !== undefined && (t.kind === 'word' || t.kind === 'number')) return true;
  }
  return false;
}

/** Whether the tokens in [from, to] are names, abbreviation periods and possessive determiners only. */
function namesOnly(st: readonly Token[], from: number, to: number): boolean {
  if (from > to) return false;
  for (let i = from; i <= to; i++) {
    const t = st[i];
    if (t === undefined) return false;
    if (!(isCap(t) || t.text === '.' || POSSESSIVE_DETS.has(lower(t)))) return false;
  }
  return true;
}

/**
 * "all the experts I interviewed said", "everyone we spoke to says": a pronoun and one verb between a noun and the cue
 * form a relative clause without its pronoun inside the subject.
 */
function gappedRelative(st: readonly Token[], j: number, k: number): boolean {
  const verb = st[j + 1];
  const noun = st[j - 1];
  if (verb === undefined || noun === undefined || noun.kind !== 'word' || verb.kind !== 'word') return false;
  if (j + 1 !== k - 1 && !(j + 2 === k - 1 && PARTICLES_AFTER_GAP.has(lower(st[j + 2])))) return false;
  const nl = lower(noun);
  return /^\p{Ll}+ed$/u.test(verb.text) && (GAP_HEADS.has(nl) || /[^s]s$/u.test(nl)) && !NOT_GAP_BEFORE.has(nl);
}
/** Words after the verb of a gapped relative clause ("everyone we spoke to"). */
const PARTICLES_AFTER_GAP = new Set(['to', 'with']);
/** Heads that a gapped relative clause follows besides plurals ("everyone I asked"). */
const GAP_HEADS = new Set(['everyone', 'everybody', 'anyone', 'nobody', 'someone', 'somebody', 'one']);

/** Where a subject opens inside a gapped relative clause in [from, to]: at a pronoun or an article after a noun,
 * or at a name that runs to the cue after a plural noun; else `from`. */
function gapStart(st: readonly Token[], from: number, to: number): number {
  for (let p = to; p > from; p--) {
    const t = st[p];
    const pw = st[p - 1];
    if (t === undefined || pw === undefined) break;
    const pl = lower(pw);
    if (pw.kind !== 'word' || isCap(pw) || NOT_GAP_BEFORE.has(pl) || /['’]s?$/u.test(pl)) continue;
    const l = lower(t);
    if (GAP_PRONOUNS.has(l) && !gappedRelative(st, p, to + 1)) return p;
    // "House Republicans supporting the bill": an article after a participle opens its object.
    // "helping to cremate the victims": nor after an infinitive.
    if (GAP_OPENERS.has(l) && p < to && !/(?:ing|ed)$/u.test(pl) && lower(st[p - 2]) !== 'to') return p;
    if (
      isCap(t) &&
      (/[^s]s$/u.test(pl) || INDEFINITE_HEADS.has(pl)) &&
      !ROLE_NOUNS.has(pl) &&
      !ROLE_NOUNS.has(pl.slice(0, -1)) &&
      !TIME_WORDS.has(l)
    ) {
      let q = p;
      while (q < to && (isCap(st[q + 1]) || st[q + 1]?.text === '.')) q++;
      if (q === to) return p;
    }
  }
  return from;
}

/** Whether a token in [from, to] is "and", "or" or "&" in any case. */
function someConjunction(st: readonly Token[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < st.length; i++) {
    const l = lower(st[i]);
    if (l === 'and' || l === 'or' || l === '&') return true;
  }
  return false;
}

/** A stretch that is a relative, participial or prepositional insert rather than a noun phrase. */
function isInsert(st: readonly Token[], seg: Segment): boolean {
  const t = st[seg.from];
  if (t === undefined) return true;
  const l = lower(t);
  if (SUBJECT_INSERT_OPENERS.has(l)) return true;
  // "Forbes, however, estimates": a discourse adverb set off by commas
  if (seg.from === seg.to && DISCOURSE_ADVERBS.has(l)) return true;
  if (knownAs(st, seg)) return true;
  // An age between commas ("Schiff, 56, who …, told").
  if (seg.from === seg.to && t.kind === 'number') return true;
  return t.kind === 'word' && !isCap(t) && /(?:ing|ed)$/.test(l) && seg.to > seg.from;
}

/** Tokens a relative clause inside a subject may hold: words, numbers and the marks of "U.S." or "$5". */
function relativeToken(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return t.kind === 'word' || t.kind === 'number' || (t.text.length === 1 && ".-$%()’'".includes(t.text));
}

/** Particles that may stand inside a name ("Ministry of Defence", "Vincent van Gogh"). */
const NAME_PARTICLES = new Set(['of', 'and', 'de', 'van', 'von', 'da', 'al', 'bin', 'la', 'le', 'du', 'del']);

/** A stretch that is a name only: capitalised words, initials and name particles ("Sen. Chuck Grassley"). */
function nameOnly(st: readonly Token[], seg: Segment): boolean {
  const t0 = st[seg.from];
  if (t0 === undefined || !isCap(t0) || NAME_OPENERS_NOT.has(lower(t0)) || INTRO_OPENERS.has(lower(t0))) return false;
  if (!fewWords(st, seg.from, seg.to, 6)) return false;
  let open = false;
  for (let q = seg.from; q <= seg.to; q++) {
    const t = st[q];
    if (t === undefined) return false;
    // "Rep. Gregory W. Meeks (D-N.Y.)": party and state in brackets after the name
    if (t.text === '(' || t.text === ')') {
      open = t.text === '(';
      continue;
    }
    if (t.kind === 'word' && !isCap(t) && !NAME_PARTICLES.has(lower(t))) return false;
    if (t.kind !== 'word' && t.text !== '.' && t.text !== '-' && !(open && t.kind === 'punct')) return false;
  }
  return true;
}

/** A month name or abbreviation, as a dateline opens ("Oct. 4 (UPI)"). */
const MONTH_OPENERS = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*$/u;

/** Openers of an introductory stretch besides INTRO_OPENERS ("Ahead of the meeting, …", "Overall, …"). */
const MORE_INTRO_OPENERS = new Set([
  'ahead',
  'back',
  'overall',
  'following',
  'besides',
  'thus',
  'therefore',
  'nonetheless',
  'nevertheless',
  'yet',
  'amid',
  'after',
]);
/** Indefinite pronouns a name's gapped relative clause may follow ("everything Trump says"). */
const INDEFINITE_HEADS = new Set(['everything', 'something', 'anything', 'nothing']);
/** Adverbs set off by commas between a subject and its cue ("X, however, said"). */
const DISCOURSE_ADVERBS = new Set([
  'however',
  'too',
  'though',
  'meanwhile',
  'instead',
  'moreover',
  'nonetheless',
  'nevertheless',
  'meantime',
  'furthermore',
  'likewise',
  'similarly',
  'therefore',
  'thus',
]);
/** Reflexive pronouns that stress a subject without belonging to it ("Billionaires themselves say"). */
const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);
/** Whether the word at `j` opens a count or a quantifier: "more/less/fewer than" + a number, "not" + everyone/all,
 * "all but" + a number, "only"/"nearly"/"roughly" + a number. */
function quantifierPrefix(st: readonly Token[], j: number): boolean {
  const l = lower(st[j]);
  const next = st[j + 1];
  const nl = lower(next);
  const count = (t: Token | undefined): boolean =>
    t !== undefined && (t.kind === 'number' || NUMBER_WORDS.has(lower(t)) || lower(t) === 'half');
  if (l === 'than') return /^(?:more|less|fewer)$/u.test(lower(st[j - 1])) && count(next);
  if (/^(?:more|less|fewer)$/u.test(l)) return nl === 'than' && count(st[j + 2]);
  if (l === 'not') return /^(?:everyone|everybody|all|many|every)$/u.test(nl);
  if (l === 'but') return lower(st[j - 1]) === 'all' && count(next);
  if (l === 'all') return nl === 'but' && count(st[j + 2]);
  return false;
}
/** Adverbs in -ly that qualify a count ("nearly three in five", "roughly half"). */
const COUNT_ADVERBS = new Set(['nearly', 'roughly', 'only', 'fully', 'approximately', 'barely', 'slightly']);
/**
 * The "who" of a clause right before token `k` that keeps a speaker anonymous ("who asked not to be named for fear of
 * reprisals", "who spoke on condition of anonymity"), or -1.
 */
export function anonymityClause(st: readonly Token[], k: number): number {
  let anonymous = false;
  for (let r = k - 1; r >= 1 && r >= k - 16; r--) {
    const t = st[r];
    if (t === undefined || (t.kind === 'punct' && t.text !== ',')) return -1;
    const l = lower(t);
    if (ANONYMITY_WORDS.has(l)) anonymous = true;
    if (l === 'who') return anonymous && st[r - 1]?.kind === 'word' ? r : -1;
  }
  return -1;
}
/** Words of the clauses that keep a source anonymous. */
export const ANONYMITY_WORDS: ReadonlySet<string> = new Set(['named', 'identified', 'anonymity', 'anonymously']);
/** Prepositions before a year in a time phrase ("in 2001", "since 2014"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'during', 'until', 'by']);
/** Number words inside a time phrase ("the past two weeks"). */
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);

/** Whether a past participle ("released", "taken") stands in [from, e]: a time phrase after it is its own. */
function participleBetween(st: readonly Token[], from: number, e: number): boolean {
  for (let q = Math.max(from + 1, e - 3); q <= e; q++)
    if (/^\p{Ll}{3,}(?:ed|en)$/u.test(st[q]?.text ?? '')) return true;
  return false;
}

/** A party and state tag alone ("R-S.C.", "D-Calif."), which stands between a name and its description. */
function partyTag(st: readonly Token[], sg: Segment): boolean {
  if (!/^[DRI]-\p{Lu}/u.test(st[sg.from]?.text ?? '') || sg.to - sg.from > 4) return false;
  for (let q = sg.from + 1; q <= sg.to; q++) {
    const t = st[q];
    if (t === undefined || !(t.text === '.' || (t.kind === 'word' && t.text.length <= 4 && isCap(t)))) return false;
  }
  return true;
}

/** "also known as the White Helmets", "better known as X", "or TTP": another name of the speaker, set off by commas. */
function knownAs(st: readonly Token[], sg: Segment): boolean {
  let q = sg.from;
  if (/^(?:also|better|formerly|widely|locally)$/u.test(lower(st[q]))) q++;
  if (lower(st[sg.from]) === 'or' && sg.to > sg.from && sg.to - sg.from <= 3 && isCap(st[sg.from + 1])) return true;
  return lower(st[q]) === 'known' && lower(st[q + 1]) === 'as' && q + 1 < sg.to;
}

/** An insert between a speaker and the cue that the subject keeps: an age, a who-clause, an "including" list. */
function keptInsert(st: readonly Token[], sg: Segment): boolean {
  const t = st[sg.from];
  if (t === undefined) return false;
  if (knownAs(st, sg)) return true;
  if (sg.from === sg.to && t.kind === 'number') return true;
  const l = lower(t);
  return RELATIVE_OPENERS.has(l) || (l === 'including' && sg.to > sg.from);
}

/** A stretch that opens with a past participle ("published Friday by the U.N. office", "titled …"). */
function participleInsert(st: readonly Token[], seg: Segment): boolean {
  const t = st[seg.from];
  return t !== undefined && t.kind === 'word' && !isCap(t) && /ed$/.test(t.text) && seg.to > seg.from;
}

/** A stretch that opens the clause as an adverbial ("On Monday", "Earlier this week", "However"). */
function isIntro(st: readonly Token[], seg: Segment): boolean {
  const t = st[seg.from];
  if (t === undefined) return true;
  // a dateline's agency in brackets: "Oct. 4 (UPI)", "KYIV (Reuters)"
  if (
    st[seg.to]?.text === ')' &&
    seg.to - 2 >= seg.from &&
    st[seg.to - 2]?.text === '(' &&
    isCap(st[seg.to - 1]) &&
    (MONTH_OPENERS.test(t.text) || (t.text.length > 1 && t.text === t.text.toUpperCase()))
  )
    return true;
  const l = lower(t);
  if (INTRO_OPENERS.has(l) || MORE_INTRO_OPENERS.has(l)) return true;
  if (seg.from === seg.to && /ly$/.test(l)) return true;
  // "Twenty-two years ago, …", "On his show last week, …": a stretch that ends in a time word
  const end = lower(st[seg.to]);
  if (seg.to > seg.from && (end === 'ago' || TIME_WORDS.has(end))) return true;
  return /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/.test(
    l,
  );
}

/**
 * The subject before token `k` (exclusive) in the sentence tokens `st`, or null when the token before is not
 * a plausible subject end (a determiner, a preposition, punctuation).
 */
export function subjectBefore(st: readonly Token[], k0: number, anonymity = true): Subject | null {
  // "a resident who asked not to be named told AFP": the clause that keeps the speaker anonymous is the subject's
  // (looked for once: the subject before it is read without, so a chain of such clauses cannot recurse)
  const anon = anonymity ? anonymityClause(st, k0) : -1;
  if (anon > 0) {
    const head = subjectBefore(st, anon, false);
    const end = st[k0 - 1];
    if (head !== null && end !== undefined) return { ...head, b: end.span[1] };
  }
  // "X, a description, said": scan from before the closing comma, which the subject keeps when joined.
  const trailingComma = isCommaLike(st, k0 - 1);
  const k = trailingComma ? k0 - 1 : k0;
  const last = st[k - 1];
  if (last === undefined || (last.kind !== 'word' && last.kind !== 'number' && last.text !== ')' && last.text !== '.'))
    return null;
  const ll = lower(last);
  if (
    last.kind === 'word' &&
    (POSSESSIVE_DETS.has(ll) ||
      (OBJECT_PRONOUNS.has(ll) && !PRONOUN_OBJECT_PREPOSITIONS.has(lower(st[k - 2]))) ||
      /^(?:the|a|an|to|of|and|or|by|for|in|on|at|with)$/.test(ll))
  )
    return null;
  if (last.kind === 'word' && RELATIVE_SOURCES.has(ll)) {
    const one = { a: last.span[0], b: last.span[1], from: k - 1 };
    return { ...one, near: one };
  }
  const segs: Segment[] = [];
  let cur: Segment = { from: k, to: k - 1 };
  let andAt = -1;
  let j = k - 1;
  let n = 0;
  for (; j >= 0; j--) {
    const t = st[j];
    if (t === undefined) break;
    if (++n > MAX_TOKENS) break;
    if (t.kind === 'punct' || t.kind === 'symbol') {
      if (isCommaLike(st, j)) {
        if (cur.from > cur.to) break;
        segs.push({ from: cur.from, to: cur.to });
        if (segs.length >= 4) break;
        cur = { from: j - 1, to: j - 1 };
        andAt = -1;
        continue;
      }
      // A period after a lower-case word ends a sentence the splitter missed ("… for cross-selling. Stumpf said").
      const pw = st[j - 1];
      if (
        t.text === '.' &&
        pw !== undefined &&
        pw.kind === 'word' &&
        /^\p{Ll}{4,}$/u.test(pw.text) &&
        pw.span[1] === t.span[0]
      )
        break;
      // "57-year-old": a hyphen glued on both sides.
      const glued =
        (t.text === '-' || t.text === '‑') &&
        pw !== undefined &&
        pw.span[1] === t.span[0] &&
        st[j + 1]?.span[0] === t.span[1];
      if (OPEN_PUNCT.has(t.text) || glued) {
        cur.from = j;
        continue;
      }
      break;
    }
    const l = lower(t);
    if (l === 'and' || l === 'or' || l === '&') {
      // ", and" joins clauses; "Mr. King and Mr. Schultz" joins names.
      // "Tehreek-e-Taliban Pakistan, or TTP, claimed": ", or" before a short name gives another name of the subject
      if (
        l === 'or' &&
        st[j - 1]?.text === ',' &&
        cur.from <= cur.to &&
        cur.to - cur.from <= 2 &&
        isCap(st[cur.from])
      ) {
        cur.from = j;
        continue;
      }
      if (st[j - 1]?.text === ',' || cur.from > cur.to) break;
      andAt = j;
      cur.from = j;
      continue;
    }
    // "federal and state officials", "the report authors": a cue word that is also a noun, inside the noun phrase.
    // "a news report published Wednesday said": a participle after it makes the cue word a noun.
    // "The New York state attorney general", "state and local leaders": a name before it or a conjunction after it.
    const nounUse =
      AMBIGUOUS_CUES.has(l) &&
      // "the congressional report said": right before the cue, the word is the subject's head
      (j === k - 1 ||
        NOUN_BEFORE.has(lower(st[j - 1])) ||
        PARTICIPLE_AFTER_NOUN.test(st[j + 1]?.text ?? '') ||
        (j > 0 && st[j - 1]?.kind === 'word' && isCap(st[j - 1])) ||
        lower(st[j + 1]) === 'and' ||
        lower(st[j + 1]) === 'or');
    // ("Theresa May said": a capitalised modal after a name is part of it)
    const nameWord = t.text !== l && j > 0 && (isCap(st[j - 1]) || NAME_MODALS.has(l));
    // "also known as the White Helmets": another name, not a clause
    if (l === 'as' && lower(st[j - 1]) === 'known') {
      cur.from = j;
      continue;
    }
    // "more than 4 in 10", "not everyone", "all but two": a degree word before a count or a quantifier stays
    if (quantifierPrefix(st, j)) {
      cur.from = j;
      continue;
    }
    // "… and then state and local leaders said": "then" after "and" opens a new clause
    if (l === 'then' && (lower(st[j - 1]) === 'and' || st[j - 1]?.text === ',')) break;
    if (
      (SUBJECT_STOPS.has(l) && !nameWord) ||
      (t.text === l && CUE_VERBS.has(l) && !nounUse) ||
      (j < k - 1 && NOMINATIVE.has(l) && !isInitial(st, j) && !gappedRelative(st, j, k))
    ) {
      // A relative clause set off by commas ("X, who have gained …, said") holds verbs of its own: skip it whole.
      if (trailingComma || segs.length > 0) {
        let c = j - 1;
        while (c >= 0 && c > j - 20 && st[c]?.text !== ',' && relativeToken(st[c])) c--;
        const opener = st[c + 1];
        if (st[c]?.text === ',' && opener !== undefined && RELATIVE_SOURCES.has(lower(opener)) && c + 1 <= j) {
          cur.from = c + 1;
          j = c + 1;
          continue;
        }
        // "X, a security expert who has helped …, said": a description whose noun a relative clause follows.
        if (st[c]?.text === ',' && opener !== undefined && DESCRIPTION_OPENERS.has(lower(opener))) {
          let r = -1;
          for (let q = c + 2; q <= j; q++) if (DESCRIPTION_RELATIVES.has(lower(st[q]))) r = q;
          if (r > c + 2 && st[r - 1]?.kind === 'word') {
            cur.from = c + 1;
            j = c + 1;
            continue;
          }
        }
      }
      // "X said Y and Z reported": a finite verb left of "and" marks coordinated clauses.
      // "But Mr. King and Mr. Ho say": after a conjunction, names joined by "and" stay one subject.
      if (
        andAt >= 0 &&
        !(CUE_VERBS.has(l) || l === 'that') &&
        !(SUBORDINATORS.has(l) && namesOnly(st, j + 1, andAt - 1))
      )
        cur.from = andAt + 1;
      break;
    }
    cur.from = j;
  }
  if (cur.from <= cur.to) segs.push(cur);
  // Leading "and" of a stretch that was cut at the clause start.
  for (const s of segs) {
    while (s.from <= s.to) {
      const l = lower(st[s.from]);
      if (l !== 'and' && l !== 'or' && l !== 'but') break;
      s.from++;
    }
  }
  const live = segs.filter((s) => s.from <= s.to && someWordOrNumber(st, s.from, s.to));
  const first = live[0];
  if (first === undefined) return null;
  // "the strike, which it said took place", "his hands, which he said were": the relative pronoun is the object of
  // the cue; its subject follows it.
  // ("an appearance, in which he said": the subject after the relative word, with a preposition before it)
  let relHead = false;
  if (!trailingComma) {
    for (let r = first.from; r < first.to && r <= first.from + 1; r++) {
      if (RELATIVE_OBJECTS.has(lower(st[r])) && (r === first.from || st[first.from]?.kind === 'word')) {
        first.from = r + 1;
        relHead = true;
        break;
      }
    }
  }
  const near = { a: st[first.from]?.span[0] ?? 0, b: st[first.to]?.span[1] ?? 0, from: first.from };
  // Drop inserts next to the cue, then join noun-phrase stretches outwards until an introductory one.
  let i = 0;
  // (with no comma before the cue, only a prepositional or relative insert is skipped: "X, in a statement, said" but
  // "…, elected officials from both parties say")
  while (
    !relHead &&
    i < live.length - 1 &&
    isInsert(st, live[i] as Segment) &&
    (trailingComma || SUBJECT_INSERT_OPENERS.has(lower(st[(live[i] as Segment).from])))
  )
    i++;
  const head = live[i];
  if (head === undefined) return null;
  let from = head.from;
  const to = head.to;
  let b = st[to]?.span[1] ?? 0;
  // Join outwards: a name before a description ("Marc Morial, the chief executive of …,") or names in a list.
  const nameLike = (sg: Segment): boolean => {
    const t = st[sg.from];
    return (
      t !== undefined &&
      isCap(t) &&
      !NAME_OPENERS_NOT.has(lower(t)) &&
      !INTRO_OPENERS.has(lower(t)) &&
      !/ing$/.test(lower(t)) &&
      fewWords(st, sg.from, sg.to, 6)
    );
  };
  for (let m = i + 1; m < live.length; m++) {
    const s = live[m] as Segment;
    const inner = live[m - 1] as Segment;
    if (isIntro(st, s) || isInsert(st, s)) break;
    const it = st[inner.from];
    const innerDescription =
      (it !== undefined && /^(?:the|a|an|his|her|their|its|one|former|who)$/.test(lower(it))) ||
      (trailingComma && m === i + 1 && i === 0);
    const innerListEnd = someConjunction(st, inner.from, inner.to) || nameLike(inner);
    // "a city official, Gennadiy Korban, said", "Pruitt, the attorney general of Oklahoma, one of the states …, said":
    // when commas close the subject, descriptions join outwards up to the name.
    // ("Mr. Lewandowski, now a paid commentator, has denied": an adverb may open the description)
    const opener = DESCRIPTION_ADVERBS.has(lower(st[s.from])) ? s.from + 1 : s.from;
    const description = DESCRIPTION_OPENERS.has(lower(st[opener])) && s.to - s.from <= 10;
    // ("The El Fasher Resistance Committee, a network of volunteers …, said": a name may open with "the")
    const outerName =
      nameLike(s) || (lower(st[s.from]) === 'the' && s.to > s.from && nameLike({ from: s.from + 1, to: s.to }));
    if (trailingComma && i === 0 && description && !outerName) {
      const name = live
        .slice(m + 1)
        .findIndex((x) => nameLike(x) || !/^(?:the|a|an|one|former)$/.test(lower(st[x.from])));
      const nm = name >= 0 ? live[m + 1 + name] : undefined;
      // ("The ombudsman's office, the Defensoria del Pueblo, said": a name may open with "the")
      const innerName =
        nameLike(inner) ||
        (lower(st[inner.from]) === 'the' && inner.to > inner.from && nameLike({ from: inner.from + 1, to: inner.to }));
      if ((innerName && m === i + 1) || (nm !== undefined && nameLike(nm) && !isIntro(st, nm))) {
        from = s.from;
        continue;
      }
      break;
    }
    // "the United States, Britain and France support": a list of names may open with "the"
    const theName = lower(st[s.from]) === 'the' && s.to > s.from && nameLike({ from: s.from + 1, to: s.to });
    if (theName && !trailingComma && someConjunction(st, inner.from, inner.to) && m === i + 1) {
      from = s.from;
      continue;
    }
    if (!outerName || (!innerDescription && !innerListEnd)) break;
    // "Mr. Clarke's venture proves short-lived, Mr. Morgan said": with no comma before the cue, only a list joins
    // ("Mr. King, Mr. Lee and Mr. Ho said"); a description needs its closing comma (or one before an insert).
    if (!trailingComma && i === 0 && !someConjunction(st, inner.from, inner.to) && !partyTag(st, inner)) break;
    // Two capitalised stretches join only as a list ("Mr. King, Mr. Lee and Mr. Ho") or as a role before a name
    // ("Carter's press secretary, Peter Cook"); "In Michigan, Trump" and "Acts of protest, Mr. Obama" do not.
    const innerList = someConjunction(st, inner.from, inner.to) || partyTag(st, inner);
    const outerRole = st
      .slice(s.from, s.to + 1)
      .some((x) => /['’]s$/.test(x.text) || (x.kind === 'word' && !isCap(x) && ROLE_NOUNS.has(lower(x))));
    if (!innerDescription && !innerList && !outerRole) break;
    from = s.from;
  }
  // "Gustav Ando, research director for IHS, a consulting company, said", "Johnnie Wilson, of Springfield, Va.,
  // said": descriptions after a name, up to three stretches out.
  if (trailingComma && i === 0 && from === head.from) {
    for (let m = 1; m < live.length && m <= 4; m++) {
      const sg = live[m] as Segment;
      // "Marley Anderson, 21, a junior from Las Vegas, said": the age between name and description
      if (sg.from === sg.to && st[sg.from]?.kind === 'number') continue;
      if (isIntro(st, sg) || (isInsert(st, sg) && lower(st[sg.from]) !== 'of')) break;
      if (nameOnly(st, sg)) {
        from = sg.from;
        break;
      }
    }
  }
  // "Rep. X, the top Democrat on the panel, in a statement said": the subject keeps the comma before the insert.
  if (!trailingComma && i > 0 && from < head.from && st[to + 1]?.text === ',') b = st[to + 1]?.span[1] ?? b;
  // An appositive before the cue keeps its closing comma ("Morial, the chief executive of the League, said").
  if (trailingComma) {
    if (i === 0 && from < head.from) b = st[k]?.span[1] ?? b;
    else if (i === 0) return null;
    // "The survey, conducted by the Institute, found": a participle phrase describing a thing stays in the subject.
    else if (i === 1 && participleInsert(st, live[0] as Segment) && !isCap(st[head.to])) b = st[k]?.span[1] ?? b;
    // "Joe Bateman, who traveled from Illinois to help, said", "Mr. King, 82, told", "Schiff, 56, who has served …,
    // said", "Other unions, including the AFT, said": an age, a relative clause about the speaker and an "including"
    // list stay.
    else if (live.slice(0, i).every((sg) => keptInsert(st, sg))) b = st[k]?.span[1] ?? b;
    // "Ms. Brunner, a spokeswoman for the Coalition, which is made up of investors, said": the description keeps
    // its comma; the relative clause about the thing it names does not.
    else if (
      i === 1 &&
      from < head.from &&
      lower(st[(live[0] as Segment).from]) === 'which' &&
      st[to + 1]?.text === ','
    )
      b = st[to + 1]?.span[1] ?? b;
  }
  // Introductory adverbs inside the head stretch ("Now Trump says").
  while (
    from < to &&
    (/^(?:now|still|also|then|meanwhile|however|instead|indeed|yesterday|today|later|earlier|perhaps|maybe)$/.test(
      lower(st[from]),
    ) ||
      // ("nearly three in five", "only 49 percent": a degree adverb before a count stays)
      (!COUNT_ADVERBS.has(lower(st[from])) && /^\p{Ll}+ly$/u.test(st[from]?.text ?? '')))
  )
    from++;
  // "In a Bloomberg interview Trump said", "at 86 she says": an introductory phrase without a comma ends where a
  // name or a pronoun follows a lower-case word or a number.
  if (from < to && INTRO_OPENERS.has(lower(st[from])) && !/^(?:the|a|an)$/.test(lower(st[from]))) {
    let p = to;
    while (p > from && (isCap(st[p]) || st[p]?.text === '.') && isCap(st[p - 1])) p--;
    const pt = st[p];
    const before = st[p - 1];
    if (
      p > from + 1 &&
      pt !== undefined &&
      before !== undefined &&
      (isCap(pt) || NOMINATIVE.has(lower(pt))) &&
      (before.kind === 'number' || (before.kind === 'word' && !isCap(before)))
    ) {
      from = /^(?:the|a|an)$/.test(lower(before)) ? p - 1 : p;
    }
  }
  // "Russia on Monday said", "A poll in June showed": a time phrase before the cue is not part of the subject.
  if (!trailingComma) {
    let e = to;
    let cut = false;
    for (;;) {
      const w = st[e];
      if (e <= from || w === undefined) break;
      const wl = lower(w);
      // ("USA Today", "Good Morning America Tonight": a capitalised deictic word after a name is part of it)
      const inName =
        (DEICTIC_DAYS.has(wl) || (NAME_MONTHS.has(wl) && e === to)) && isCap(w) && e > from && isCap(st[e - 1]);
      // ("an arbitration panel in 2001 found": a year after a preposition is a time phrase too)
      const year = w.kind === 'number' && /^(?:19|20)\d\d$/u.test(w.text) && YEAR_PREPOSITIONS.has(lower(st[e - 1]));
      if ((TIME_WORDS.has(wl) && !inName) || (w.kind === 'number' && TIME_WORDS.has(lower(st[e - 1]))) || year)
        cut = true;
      else if (!(
        cut &&
        (/^(?:on|in|at|this|last|next|during|since|of|late|early|over|past|few|several)$/.test(wl) ||
          NUMBER_WORDS.has(wl))
      ))
        break;
      e--;
    }
    const w = st[e];
    if (
      cut &&
      e < to &&
      w !== undefined &&
      (w.kind === 'word' || w.text === ')') &&
      !/^(?:the|a|an|of|and|in|on|at)$/.test(lower(w)) &&
      // "a poll released Friday found", "polls taken over the past two weeks show": the time belongs to the participle.
      !participleBetween(st, from, e)
    ) {
      // "Wells Fargo just this month announced": an adverb before the time phrase goes too.
      while (e > from && TRAILING_ADVERBS.has(lower(st[e]))) e--;
      b = st[e]?.span[1] ?? w.span[1];
    }
  }
  // "Billionaires themselves say": the reflexive stays out.
  if (to > from && REFLEXIVES.has(lower(st[to])) && b === (st[to]?.span[1] ?? -1)) b = st[to - 1]?.span[1] ?? b;
  // "A few days ago in an interview with RT he said": a pronoun that ends the subject is all of it.
  if (to > from && NOMINATIVE.has(lower(st[to])) && st[to]?.kind === 'word' && b === (st[to]?.span[1] ?? -1)) {
    const p = st[to];
    if (p !== undefined) return { a: p.span[0], b, from: to, near };
  }
  // "(Mr. Obama has said": an opening parenthesis whose close is not in the subject.
  if (st[from]?.text === '(' && from < to) {
    let closed = false;
    for (let p = from + 1; p <= to; p++) if (st[p]?.text === ')') closed = true;
    if (!closed) from++;
  }
  // A relative clause without its pronoun: "things the candidate has said", "a fact he mentions", "the reasons
  // Israel refuses": the subject is the phrase after the noun.
  if (!trailingComma) from = gapStart(st, from, to);
  const ft = st[from];
  if (ft === undefined) return null;
  // "the rescue group, also known as the White Helmets, said": another name is no content before the cue
  const whole = { a: ft.span[0], b, from };
  return { ...whole, near: knownAs(st, first) ? whole : near };
}
