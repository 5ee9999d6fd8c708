// Claims: figures tied to what they count and who says so, and claims of responsibility with no figure.
import type { Certainty, Claim, ClaimKind, ClaimSource, ClaimValue } from '../core/layers/claim.js';
import type { Quantity } from '../core/layers/quantity.js';
import type { Span } from '../core/span.js';
import { defineStage } from '../pipeline/stage.js';
import { linkFigure } from './claim-figures.js';
import type { FigureLink } from './claim-figures.js';
import { findResponsibility } from './claim-responsibility.js';
import { SourceResolver } from './claim-sources.js';
import { caveatsOf, isQuoteMark, sentenceViews } from './claim-words.js';
import type { Caveat, SentenceView, Word } from './claim-words.js';
import { DISPUTE_WORDS, MUNITION_NOUNS, PERSON_NOUNS } from './en/harm.js';

/** A claim before ids and merging of repeated mentions. */
export interface ClaimDraft {
  readonly kind: ClaimKind;
  readonly subject: string | null;
  readonly value: ClaimValue | null;
  readonly source: ClaimSource;
  readonly certainty: Certainty;
  readonly quote: boolean;
  readonly span: Span;
  readonly sentence: number;
  readonly figure: Span | null;
}

const COUNTABLE_ROLES = new Set<Quantity['role']>(['count']);
/** "a man was injured", "an injured soldier": a singular person counted without a numeral. */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** "insurgents were detained": a bare plural of these counts as an unstated plural (at least two). */
const COMBATANT_PLURALS = new Set([
  'insurgents',
  'militants',
  'fighters',
  'suspects',
  'gunmen',
  'rebels',
  'terrorists',
  'jihadists',
  'extremists',
  'attackers',
]);

export function valueOf(q: Quantity): ClaimValue {
  const v: ClaimValue = { text: q.text, number: q.number, qualifier: q.qualifier, low: q.low, high: q.high };
  return {
    ...v,
    ...(q.convention !== undefined ? { convention: q.convention } : {}),
    ...(q.previous !== undefined ? { previous: q.previous } : {}),
  };
}

/** The words a span covers, as [first, after-last] word indices, found by binary search from `from` on. */
function wordRange(words: readonly Word[], span: Span): [number, number] | null {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as Word).span[0] < span[0]) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < words.length && (words[end] as Word).span[1] <= span[1]) end++;
  return end > lo ? [lo, end] : null;
}

/** "who will believe the figure of 63?": a question that doubts a figure disputes it. */
function disputed(view: SentenceView, figureSpan: Span): boolean {
  const doubt = doubtOf(view);
  return doubt.lastQuestion > figureSpan[0] && doubt.firstDispute >= 0 && doubt.firstDispute < figureSpan[0];
}

/** Where a sentence's last question mark and first word of doubt stand, computed once per sentence. */
const doubtCache = new WeakMap<SentenceView, { lastQuestion: number; firstDispute: number }>();
function doubtOf(view: SentenceView): { lastQuestion: number; firstDispute: number } {
  let d = doubtCache.get(view);
  if (!d) {
    let lastQuestion = -1;
    let firstDispute = -1;
    for (const x of view.words) {
      if (x.text === '?') lastQuestion = x.span[0];
      if (firstDispute < 0 && DISPUTE_WORDS.has(x.lower)) firstDispute = x.span[0];
    }
    d = { lastQuestion, firstDispute };
    doubtCache.set(view, d);
  }
  return d;
}

function draftFromFigure(
  view: SentenceView,
  link: FigureLink,
  value: ClaimValue,
  figureSpan: Span,
  sources: SourceResolver,
): ClaimDraft {
  const found = sources.sourceFor(figureSpan, view.sentence.span);
  const { quote } = found;
  // "Gladkov raised the toll to 21", "AFP journalists saw at least 20 bodies": the subject who counted speaks.
  const source =
    found.source.kind === 'outlet' ? (sources.counter(figureSpan, view.sentence) ?? found.source) : found.source;
  let certainty: Certainty = link.hedged ? 'hedged' : 'asserted';
  if (disputed(view, figureSpan)) certainty = 'disputed';
  return {
    kind: link.kind,
    subject: link.subject,
    value,
    source,
    certainty,
    quote,
    span: view.sentence.span,
    sentence: view.index,
    figure: figureSpan,
  };
}

/** Claims about a counted figure in one sentence. */
function figureClaims(view: SentenceView, quantities: readonly Quantity[], sources: SourceResolver): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const seen = new Set<number>();
  for (const w of view.words) {
    if (w.quantity < 0 || seen.has(w.quantity)) continue;
    seen.add(w.quantity);
    const q = quantities[w.quantity];
    if (!q || !COUNTABLE_ROLES.has(q.role) || q.unit === 'percent') continue;
    // "more than a third of those killed", "half of the dead": a fraction is a share, never a count of people
    if (q.number !== null && q.number > 0 && q.number < 1) continue;
    if (q.qualifier === 'vague' && partitive(view.sentence.text, q.span[1] - view.sentence.span[0])) continue;
    const range = wordRange(view.words, q.span);
    if (!range) continue;
    const link = linkFigure(view.words, range[0], range[1]);
    if (!link) continue;
    out.push(draftFromFigure(view, link, valueOf(q), q.span, sources));
  }
  out.push(...implicitCounts(view, sources));
  return out;
}

/** Nouns a person noun can modify ("a volunteer group", "a rescue team"). */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(
  'group groups team teams organisation organization network committee association union council unit'.split(' '),
);
/** Verbs of saying that make the phrase before them a speaker. */
const SAYING: ReadonlySet<string> = new Set(['said', 'says', 'say', 'told', 'tells', 'reported', 'added']);

/** Whether a cue of saying follows at `k`, after at most "and" + a short noun phrase ("and two witnesses said"). */
function speaksNext(w: readonly Word[], k: number): boolean {
  if (SAYING.has(w[k]?.lower ?? '')) return true;
  if (w[k]?.lower !== 'and') return false;
  for (let j = k + 1; j <= k + 4 && j < w.length; j++) {
    const x = w[j] as Word;
    if (SAYING.has(x.lower)) return true;
    if (x.kind === 'punct') return false;
  }
  return false;
}

/** Counts with no numeral: "a man was injured" (1), "insurgents were detained" (an unstated plural). */
function implicitCounts(view: SentenceView, sources: SourceResolver): ClaimDraft[] {
  const out: ClaimDraft[] = [];
  const w = view.words;
  for (let i = 0; i < w.length; i++) {
    const word = w[i] as Word;
    if (word.quantity >= 0) continue;
    if (SINGULAR_DETERMINERS.has(word.lower)) {
      // determiner, up to four modifiers, a singular person noun
      for (let j = i + 1; j <= i + 5 && j < w.length; j++) {
        const n = w[j] as Word;
        if (n.kind === 'punct' && n.text !== '-') break;
        // ("intercepted a missile launched from Yemen": one munition shot down counts too)
        const munition = MUNITION_NOUNS.has(n.lower) && !n.lower.endsWith('s');
        // ("a police officer": the last noun of the phrase is the person counted)
        const nx = w[j + 1];
        if (PERSON_NOUNS.has(n.lower) && nx !== undefined && PERSON_NOUNS.has(nx.lower) && !nx.lower.endsWith('s'))
          continue;
        if ((!PERSON_NOUNS.has(n.lower) && !munition) || n.lower.endsWith('s') || n.lower === 'people') continue;
        // "a local volunteer group": the person noun modifies another noun; "a health worker and two witnesses
        // said": the person speaks — neither is a count of harm
        const after = w[j + 1];
        if (after !== undefined && after.kind === 'word' && COLLECTIVE_HEADS.has(after.lower)) break;
        if (speaksNext(w, j + 1)) break;
        const link = linkFigure(w, i, i + 1);
        if (!link || link.kind === 'launched' || link.kind === 'destroyed') break;
        if ((link.kind === 'intercepted') !== munition) break;
        const span: Span = [word.span[0], n.span[1]];
        const text = view.sentence.text.slice(span[0] - view.sentence.span[0], span[1] - view.sentence.span[0]);
        const value: ClaimValue = { text, number: 1, qualifier: 'exact', low: 1, high: 1 };
        out.push(draftFromFigure(view, { ...link, subject: n.text }, value, span, sources));
        break;
      }
    } else if (COMBATANT_PLURALS.has(word.lower) && startsBarePlural(w, i)) {
      const link = linkFigure(w, i, i);
      // only arrests: "militants were killed" in background sentences is rarely a count anyone would tally
      if (!link || link.kind !== 'captured') continue;
      const value: ClaimValue = {
        text: word.text,
        number: null,
        qualifier: 'vague',
        low: 2,
        high: null,
        convention: 'unstated-plural',
      };
      out.push(draftFromFigure(view, { ...link, subject: word.text }, value, word.span, sources));
    }
  }
  return out;
}

const CERTAINTY_RANK: Readonly<Record<Certainty, number>> = { asserted: 0, hedged: 1, unconfirmed: 2, disputed: 3 };

/**
 * Puts each sentence's caveats ("the figure could not be verified", "the toll is provisional") on the claims they speak
 * of: the figures before them in their sentence, or, when nothing before them was claimed, the claims of the sentence
 * before ("… killed 107 soldiers. The figure could not be verified."); a caveat about the death toll with no toll
 * just before it speaks of the story's first toll.
 */
export function applyCaveats(
  views: readonly SentenceView[],
  drafts: readonly ClaimDraft[],
  headline: number | null,
): ClaimDraft[] {
  const bySentence = new Map<number, number[]>();
  drafts.forEach((d, i) => {
    const list = bySentence.get(d.sentence);
    if (list) list.push(i);
    else bySentence.set(d.sentence, [i]);
  });
  const raised = new Map<number, Certainty>();
  const raise = (i: number, c: Certainty): void => {
    const now = raised.get(i) ?? (drafts[i] as ClaimDraft).certainty;
    if (CERTAINTY_RANK[c] > CERTAINTY_RANK[now]) raised.set(i, c);
  };
  const isToll = (d: ClaimDraft): boolean =>
    (d.kind === 'killed' || d.kind === 'casualties') && d.value !== null && d.value.number !== null;
  let firstToll: number | null | undefined;
  const storyToll = (): number | null => {
    if (firstToll === undefined) firstToll = drafts.find((d) => d.sentence !== headline && isToll(d))?.sentence ?? null;
    return firstToll;
  };
  for (const view of views) {
    const caveats = caveatsOf(view);
    if (caveats.length === 0) continue;
    const own = bySentence.get(view.index) ?? [];
    for (const c of caveats)
      for (const i of caveatTargets(c, own, drafts, bySentence, view.index, isToll, storyToll)) raise(i, c.certainty);
  }
  if (raised.size === 0) return [...drafts];
  return drafts.map((d, i) => {
    const c = raised.get(i);
    return c ? { ...d, certainty: c } : d;
  });
}

function caveatTargets(
  c: Caveat,
  own: readonly number[],
  drafts: readonly ClaimDraft[],
  bySentence: ReadonlyMap<number, readonly number[]>,
  sentence: number,
  isToll: (d: ClaimDraft) => boolean,
  storyToll: () => number | null,
): readonly number[] {
  const at = (i: number): ClaimDraft => drafts[i] as ClaimDraft;
  switch (c.scope) {
    case 'sentence':
      return own;
    case 'span': {
      const inside = own.filter((i) => {
        const f = at(i).figure;
        return f !== null && f[0] >= c.span[0] && f[1] <= c.span[1];
      });
      return inside.length > 0 ? inside : own;
    }
    case 'none':
      return [];
    default: {
      const fits = (d: ClaimDraft): boolean =>
        c.scope === 'toll' ? isToll(d) : c.scope === 'figures' ? d.value !== null : true;
      // figures stated before the caveat in its own sentence ("… killed 40, a figure that could not be verified")
      const before = own.filter((i) => {
        const d = at(i);
        return fits(d) && (d.figure === null ? !c.opening : d.figure[1] <= c.at);
      });
      if (before.length > 0) return before;
      const previous = (bySentence.get(sentence - 1) ?? []).filter((i) => fits(at(i)));
      if (previous.length > 0 || c.scope !== 'toll') return previous;
      const first = storyToll();
      return first === null || first >= sentence ? [] : (bySentence.get(first) ?? []).filter((i) => isToll(at(i)));
    }
  }
}

/** Two source names share a word of four letters or more ("civil defence" and "Palestinian civil defence officials"). */
function sharesNameWord(a: string, b: string): boolean {
  const words = new Set(a.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  return (b.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => words.has(w));
}

/** "many of the wounded", "some of them": a vague share of a group already counted, not a count of its own. */
function partitive(sentence: string, at: number): boolean {
  return /^\s+of\s+(?:the|them|those|whom)\b/i.test(sentence.slice(at, at + 16));
}

/** A bare plural: nothing before it in its noun phrase that counts or picks it out ("the", "some", "five"). */
function startsBarePlural(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  if (prev === undefined || isQuoteMark(prev) || prev.kind === 'punct') return true;
  if (prev.quantity >= 0) return false;
  return ![
    'the',
    'these',
    'those',
    'some',
    'its',
    'their',
    'his',
    'her',
    'our',
    'of',
    'many',
    'several',
    'few',
    'other',
    'no',
  ].includes(prev.lower);
}

const claimKey = (d: ClaimDraft): string =>
  [
    d.kind,
    d.value?.number ?? d.value?.text.toLowerCase() ?? '-',
    d.value?.qualifier ?? '-',
    d.source.entity ?? d.source.name.toLowerCase(),
  ].join('|');

/** Merges repeated mentions (same kind, figure, qualifier and source) into one claim with several `mentions`. */
export function mergeDrafts(drafts: readonly ClaimDraft[], text: string, headline: number | null): Claim[] {
  const byKey = new Map<string, { draft: ClaimDraft; mentions: Span[] }>();
  // A headline in the article's own voice restates a figure the story attributes: it is a mention of that claim.
  const body = drafts.filter((d) => d.sentence !== headline);
  // (a headline source that is only a capital, "Moscow: 63 killed", is the government the body names in full)
  const restated = (d: ClaimDraft): ClaimDraft | undefined => {
    if (d.sentence !== headline || d.value === null) return undefined;
    // the headline's source is the outlet, or a short form of the body's ("regional governor says" for the governor
    // named in the lead, "Moscow:" for the ministry)
    const sameSource = (b: ClaimDraft): boolean =>
      d.source.kind === 'outlet' ||
      (b.source.side !== null && b.source.side === d.source.side) ||
      (d.source.kind === b.source.kind && d.source.kind !== 'unknown' && d.source.kind !== 'person') ||
      sharesNameWord(d.source.name, b.source.name);
    return body.find(
      (b) =>
        (b.kind === d.kind || (b.kind === 'casualties' && d.kind === 'killed')) &&
        b.value?.number === d.value?.number &&
        (d.value?.number !== null || b.value?.text.toLowerCase() === d.value?.text.toLowerCase()) &&
        sameSource(b),
    );
  };
  for (const d of [...body, ...drafts.filter((x) => x.sentence === headline)]) {
    const same = restated(d);
    if (same) {
      byKey.get(claimKey(same))?.mentions.unshift(d.span);
      continue;
    }
    const key = claimKey(d);
    const hit = byKey.get(key);
    if (hit) {
      if (!hit.mentions.some((m) => m[0] === d.span[0])) hit.mentions.push(d.span);
    } else byKey.set(key, { draft: d, mentions: [d.span] });
  }
  return [...byKey.values()].map(({ draft, mentions }, i) => ({
    id: `c${i + 1}`,
    event: null,
    kind: draft.kind,
    subject: draft.subject,
    value: draft.value,
    source: draft.source,
    certainty: draft.certainty,
    quote: draft.quote,
    span: draft.span,
    text: text.slice(draft.span[0], draft.span[1]),
    mentions,
    sentence: draft.sentence,
    figure: draft.figure,
  }));
}

export const claimsStage = defineStage({
  name: 'claims',
  version: '1',
  requires: ['sentences', 'tokens', 'quantities', 'places', 'entities', 'attributions'],
  assigns: ['claims'],
  run(doc) {
    const quantities = doc.get('quantities');
    const views = sentenceViews(doc.get('sentences'), doc.get('tokens'), quantities);
    const sources = new SourceResolver(doc.text, doc.get('attributions'), doc.get('entities'), doc.meta.outlet);
    const drafts: ClaimDraft[] = [];
    for (const view of views) {
      drafts.push(...figureClaims(view, quantities, sources));
      drafts.push(...findResponsibility(view, sources, doc.get('entities'), doc.get('places')));
    }
    const first = doc.get('sentences')[0];
    const headline = first?.heading && first.paragraph === 0 ? 0 : null;
    const checked = applyCaveats(views, drafts, headline);
    return { layers: { claims: mergeDrafts(checked, doc.text, headline).sort((a, b) => a.sentence - b.sentence) } };
  },
});
