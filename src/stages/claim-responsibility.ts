// Claims of responsibility and blame, which carry no figure: "Kyiv took responsibility", "X blamed Russia", "X denied".
import type { Certainty, ClaimSource } from '../core/layers/claim.js';
import type { Place } from '../core/layers/place.js';
import type { Entity } from '../core/layers/source.js';
import type { ClaimDraft } from './claims.js';
import type { SourceResolver } from './claim-sources.js';
import { matchPhrase } from './claim-words.js';
import type { SentenceView, Word } from './claim-words.js';
import { AGENT_NOUNS, EVENT_NOUNS, HEDGE_WORDS, MUNITION_NOUNS, RESPONSIBILITY_CUES, STRIKE_VERBS } from './en/harm.js';
import type { ResponsibilityCue } from './en/harm.js';

/** Words between an actor and its strike verb: "forces had hit", "Israel \"probably\" did not bomb". */
const AGENT_AUXILIARIES = new Set([
  'had',
  'have',
  'has',
  'did',
  'not',
  'never',
  'probably',
  'deliberately',
  'also',
  'then',
  'allegedly',
  'reportedly',
  '"',
  '“',
  '”',
  'which',
  'that',
]);

/** Cues that report a denial of what their content says. */
const DENYING = new Set(['denied', 'denies', 'deny', 'denying', 'rejected', 'rejects', 'dismissed', 'dismisses']);

/** A clause whose subject is nobody ("No group", "Nobody", "no one", "None of the groups"). */
const NOBODY = /^\s*(?:no\s|nobody\b|none\b|no-one\b)/i;

/** Accusations name what they accuse of; only an accusation of the attack or its harm is a claim of responsibility. */
const ACCUSING = new Set(['accused', 'accuses', 'accusing']);
const HARM_WORDS = new Set([
  'aiming',
  'aimed',
  'responsible',
  'responsibility',
  'killing',
  'killed',
  'targeting',
  'shelling',
  'bombing',
  'firing',
  'striking',
  'attacking',
  'massacre',
  'crime',
  'crimes',
  'murder',
  'deaths',
  'terrorism',
]);

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

/** RESPONSIBILITY_CUES by first word, each list in the table's order (cues without words stand in every list). */
const CUES_BY_FIRST = new Map<string, ResponsibilityCue[]>();
const CUES_ANY: ResponsibilityCue[] = [];
for (const cue of RESPONSIBILITY_CUES) {
  const first = cue.words[0];
  if (first === undefined) {
    CUES_ANY.push(cue);
    for (const list of CUES_BY_FIRST.values()) list.push(cue);
  } else {
    let list = CUES_BY_FIRST.get(first);
    if (list === undefined) CUES_BY_FIRST.set(first, (list = [...CUES_ANY]));
    list.push(cue);
  }
}

function cueAt(words: readonly Word[], i: number): { cue: ResponsibilityCue; end: number } | null {
  let best: { cue: ResponsibilityCue; end: number } | null = null;
  const w = words[i];
  for (const cue of (w === undefined ? undefined : CUES_BY_FIRST.get(w.lower)) ?? CUES_ANY) {
    const end = matchPhrase(words, i, cue.words);
    if (end >= 0 && (best === null || end > best.end)) best = { cue, end };
  }
  return best;
}

function namesEvent(words: readonly Word[]): boolean {
  return words.some((w) => EVENT_NOUNS.has(w.lower));
}

/** First words of the HEDGE_WORDS phrases: a phrase can start only at one of them. */
const HEDGE_FIRST: ReadonlySet<string> = new Set(HEDGE_WORDS.map((h) => h[0] ?? ''));
const HEDGE_EMPTY = HEDGE_WORDS.some((h) => h.length === 0);

function hedged(words: readonly Word[]): boolean {
  return words.some(
    (w, i) => (HEDGE_EMPTY || HEDGE_FIRST.has(w.lower)) && HEDGE_WORDS.some((h) => matchPhrase(words, i, h) >= 0),
  );
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
    // "accused commanders of not learning from past mistakes" blames, but not for the attack
    if (ACCUSING.has(hit.cue.words[0] ?? '') && !accusesOfAttack(w, hit.end)) continue;
    const cueWord = w[i] as Word;
    const source = holderOf(view, cueWord, sources, entities, places);
    if (!source) continue;
    // "No group claimed responsibility", "nobody has claimed": no one holds the claim
    if (
      NOBODY.test(
        view.sentence.text
          .slice(0, cueWord.span[0] - view.sentence.span[0])
          .split(/[,;]/)
          .pop() ?? '',
      )
    )
      continue;
    const key = source.entity ?? source.name.toLowerCase();
    if (holders.has(key)) continue;
    holders.add(key);
    const denial = hit.cue.denial || tail.includes('not') || tail.includes('no');
    out.push(draft(view, source, denial ? 'disputed' : hedged(w) ? 'hedged' : 'asserted'));
    i = hit.end - 1;
  }
  // "Ukrainian officials said their forces had hit the cruiser", "the military said fighters had dropped bombs":
  // reported content in which an actor strikes says who did it.
  if (eventNamed || w.some((x) => STRIKE_VERBS.has(x.lower))) {
    for (let i = 1; i < w.length; i++) {
      const verb = w[i] as Word;
      // Only a strike verb, an event noun or a munition can make an agent below: other words are skipped before the
      // attribution look-up (which has no effect but its answer).
      if (!STRIKE_VERBS.has(verb.lower) && !EVENT_NOUNS.has(verb.lower) && !MUNITION_NOUNS.has(verb.lower)) continue;
      // "their forces had hit", "attacks by the RSF", "RSF suicide drones … killed"
      const a = sources.attributionFor(verb.span, view.sentence.span);
      if (!a || (a.source === null && a.entity === null)) continue;
      const source = sources.fromAttribution(a);
      // "the military said it had targeted a compound", "we struck": the speaker owns the strike
      const admits = STRIKE_VERBS.has(verb.lower) && selfAgentBefore(w, i, source);
      const agent =
        admits ||
        (STRIKE_VERBS.has(verb.lower) && hasAgentBefore(w, i, entities)) ||
        ((EVENT_NOUNS.has(verb.lower) || MUNITION_NOUNS.has(verb.lower)) &&
          (agentAfterBy(w, i, entities) || namedBefore(w, i, entities)));
      if (!agent) continue;
      const key = source.entity ?? source.name.toLowerCase();
      if (holders.has(key)) continue;
      holders.add(key);
      // "denied that troops had attacked": the report itself is a denial
      const negated = ['not', 'never', "n't"].includes(w[i - 1]?.lower ?? '') || DENYING.has(a.cue.text.toLowerCase());
      out.push(draft(view, source, negated ? 'disputed' : hedged(w) ? 'hedged' : 'asserted'));
    }
  }
  return out;
}

function draft(view: SentenceView, source: ClaimSource, certainty: Certainty): ClaimDraft {
  return {
    kind: 'responsibility',
    subject: null,
    value: null,
    source,
    certainty,
    quote: false,
    span: view.sentence.span,
    sentence: view.index,
    figure: null,
  };
}

/** What "accused X of …" accuses of, up to the next clause, names the attack or its harm. */
function accusesOfAttack(words: readonly Word[], from: number): boolean {
  let of = -1;
  for (let i = from; i < Math.min(words.length, from + 6); i++) {
    if (words[i]?.lower === 'of') {
      of = i;
      break;
    }
  }
  if (of < 0) return true; // "accused Russia", "accused Moscow over the strike"
  for (let i = of + 1; i < words.length; i++) {
    const x = words[i] as Word;
    if (x.kind === 'punct' || ACCUSATION_ENDS.has(x.lower)) return false;
    if (EVENT_NOUNS.has(x.lower) || STRIKE_VERBS.has(x.lower) || HARM_WORDS.has(x.lower)) return true;
  }
  return false;
}
const ACCUSATION_ENDS = new Set(['after', 'before', 'when', 'while', 'because', 'as', 'and', 'but', 'since', 'during']);

/** "attacks by the RSF": an actor after "by" names who struck. */
function agentAfterBy(words: readonly Word[], at: number, entities: readonly Entity[]): boolean {
  if (words[at + 1]?.lower !== 'by') return false;
  const next = words[at + 2]?.lower === 'the' ? words[at + 3] : words[at + 2];
  if (!next) return false;
  return (
    AGENT_NOUNS.has(next.lower) ||
    entities.some((e) => e.span[0] <= next.span[0] && next.span[1] <= e.span[1] && namedActor(e))
  );
}

/** "RSF suicide drones": an organisation named right before the weapon (a demonym is not enough). */
function namedBefore(words: readonly Word[], at: number, entities: readonly Entity[]): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 2; j--) {
    const x = words[j] as Word;
    if (entities.some((e) => e.span[1] === x.span[1] && namedActor(e) && e.kind !== 'government')) return true;
  }
  return false;
}

const namedActor = (e: Entity): boolean => e.reference === 'name' && (e.kind === 'military' || e.kind === 'government');

/** "it had targeted", "we struck": the speaker itself (an organisation for "it") right before a strike verb. */
function selfAgentBefore(words: readonly Word[], verb: number, speaker: ClaimSource): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 4; j--) {
    const x = words[j] as Word;
    if (AGENT_AUXILIARIES.has(x.lower)) continue;
    if (x.lower === 'we') return true;
    return x.lower === 'it' && (speaker.kind === 'military' || speaker.kind === 'government');
  }
  return false;
}

/** An actor right before a strike verb, past auxiliaries: "their forces had hit", "Israel did not bomb". */
function hasAgentBefore(words: readonly Word[], verb: number, entities: readonly Entity[]): boolean {
  for (let j = verb - 1; j >= 0 && j >= verb - 4; j--) {
    const x = words[j] as Word;
    if (AGENT_AUXILIARIES.has(x.lower)) continue;
    if (AGENT_NOUNS.has(x.lower)) return true;
    return entities.some((e) => e.span[1] === x.span[1] && e.reference !== 'pronoun' && e.kind !== 'witness');
  }
  return false;
}
