// Claims of responsibility and blame, which carry no figure: "Kyiv took responsibility", "X blamed Russia", "X denied".
import type { Certainty, ClaimSource } from '../core/layers/claim.js';
import type { Place } from '../core/layers/place.js';
import type { Entity } from '../core/layers/source.js';
import type { ClaimDraft } from './claims.js';
import type { SourceResolver } from './claim-sources.js';
import { matchPhrase } from './claim-words.js';
import type { SentenceView, Word } from './claim-words.js';
import { EVENT_NOUNS, HEDGE_WORDS, RESPONSIBILITY_CUES } from './en/harm.js';
import type { ResponsibilityCue } from './en/harm.js';

/** Cues that speak of responsibility by themselves; the others need the event named in the sentence. */
const SELF_SUFFICIENT = new Set([
  'responsibility',
  'behind',
  'responsible',
  'involvement',
  'involved',
  'missions',
  'tasks',
]);

function cueAt(words: readonly Word[], i: number): { cue: ResponsibilityCue; end: number } | null {
  let best: { cue: ResponsibilityCue; end: number } | null = null;
  for (const cue of RESPONSIBILITY_CUES) {
    const end = matchPhrase(words, i, cue.words);
    if (end >= 0 && (best === null || end > best.end)) best = { cue, end };
  }
  return best;
}

function namesEvent(words: readonly Word[]): boolean {
  return words.some((w) => EVENT_NOUNS.has(w.lower));
}

function hedged(words: readonly Word[]): boolean {
  return words.some((_, i) => HEDGE_WORDS.some((h) => matchPhrase(words, i, h) >= 0));
}

/** Who holds the cue: the attribution it belongs to, else the nearest entity named before it in the sentence. */
function holderOf(
  view: SentenceView,
  cueWord: Word,
  sources: SourceResolver,
  entities: readonly Entity[],
  places: readonly Place[],
): ClaimSource | null {
  const a = sources.attributionFor(cueWord.span, view.sentence.span);
  if (a && (a.source !== null || a.entity !== null)) return sources.fromAttribution(a);
  let nearest: Entity | null = null;
  for (const e of entities) {
    if (e.span[0] >= view.sentence.span[0] && e.span[1] <= cueWord.span[0]) {
      if (nearest === null || e.span[1] > nearest.span[1]) nearest = e;
    }
  }
  if (nearest) return sources.fromEntity(nearest);
  const opener = view.words[0]?.lower === 'the' ? 1 : 0;
  const first = view.words[opener];
  const place = first ? places.find((p) => p.span[0] === first.span[0] && p.span[1] <= cueWord.span[0]) : undefined;
  if (place && (place.featureClass === 'A' || place.feature === 'PPLC')) {
    return { name: place.text, kind: 'government', side: place.country, span: place.span, entity: null };
  }
  return null;
}

export function findResponsibility(
  view: SentenceView,
  sources: SourceResolver,
  entities: readonly Entity[],
  places: readonly Place[],
): ClaimDraft[] {
  const w = view.words;
  const out: ClaimDraft[] = [];
  const holders = new Set<string>();
  const eventNamed = namesEvent(w);
  for (let i = 0; i < w.length; i++) {
    const hit = cueAt(w, i);
    if (!hit) continue;
    const tail = w.slice(hit.end, hit.end + 4).map((x) => x.lower);
    const strong = hit.cue.words.some((x) => SELF_SUFFICIENT.has(x)) || tail.some((x) => SELF_SUFFICIENT.has(x));
    if (!strong && !eventNamed) continue;
    const cueWord = w[i] as Word;
    const source = holderOf(view, cueWord, sources, entities, places);
    if (!source) continue;
    const key = source.entity ?? source.name.toLowerCase();
    if (holders.has(key)) continue;
    holders.add(key);
    const denial = hit.cue.denial || tail.includes('not') || tail.includes('no');
    const certainty: Certainty = denial ? 'disputed' : hedged(w) ? 'hedged' : 'asserted';
    out.push({
      kind: 'responsibility',
      subject: null,
      value: null,
      source,
      certainty,
      quote: false,
      span: view.sentence.span,
      sentence: view.index,
      figure: null,
    });
    i = hit.end - 1;
  }
  return out;
}
