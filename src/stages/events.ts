// Events: claims grouped by the place they are about, each event dated, typed, and given its weapons and sides.
import type { Claim, EventLink, EventWhen, EventWhere, TallyEvent } from '../core/layers/claim.js';
import type { Demonym, Place } from '../core/layers/place.js';
import type { Sentence } from '../core/layers/text.js';
import type { TimeExpr } from '../core/layers/time.js';
import type { Span } from '../core/span.js';
import { defineStage } from '../pipeline/stage.js';
import { countryEntry, countryName, countryOfDemonym } from '../geo/index.js';
import { C_DIGIT, C_LETTER, classOf, codePointAt, someLowerWordGated, wordGate } from './char-class.js';
import { EVENT_NOUNS, STRIKE_VERBS, WEAPON_WORDS } from './en/harm.js';
import { SPEECH_TIME_VERBS } from './en/event-words.js';
import {
  datelineEnd,
  governingPreposition,
  mostSpecific as pickPlace,
  onlySpokenAt,
  saysWhere,
  specificity,
  wordsBefore,
} from './event-places.js';

const placeKey = (p: Place): string => (p.geonameid !== null ? `g${p.geonameid}` : `n${p.name.toLowerCase()}`);

/** How many days lie between two ISO dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((dayMs(b) - dayMs(a)) / 86_400_000);
}

/** `Date.parse(\`${iso}T00:00:00Z\`)`, read without the parser for a plain YYYY-MM-DD (the common case). */
function dayMs(iso: string): number {
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4);
    const m = digitsAt(iso, 5, 2);
    const d = digitsAt(iso, 8, 2);
    if (y >= 1000 && m >= 1 && m <= 12 && d >= 1 && d <= 31) return Date.UTC(y, m - 1, d);
  }
  return Date.parse(`${iso}T00:00:00Z`);
}

/** The number written by `count` ASCII digits at `from`, or -1 when one of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Event dates further back than this from the publication date are background, not the event. */
const EVENT_WINDOW_DAYS = 21;
/** Dates older than this are history, not the reported event. */
const MAX_EVENT_AGE_DAYS = 3 * 366;
/** A title after a place in a source ("Kyiv Mayor …", "Kharkiv Governor …"): the place is the official's. */
const TITLE_AFTER =
  /^\s+(?:Mayor|Governor|Gov\.|Regional|Region|Oblast|Province|City|Police|Prosecutor|Head|Chief|Administration|Council|Military)\b/u;

/** How much the place of the article's first located claim weighs in choosing its main place (a mention counts 1). */
const LEAD_BONUS = 3;

interface EventDraft {
  readonly key: string;
  readonly place: Place | null;
  /** For a background tally, the period it covers. */
  readonly period: TimeExpr | null;
  readonly sentences: Set<number>;
  /** The sentences whose weapons are the event's: its claims', and those that name it at its place or in its paragraphs. */
  readonly weaponSentences: Set<number>;
  readonly claims: Claim[];
}

export interface EventInputs {
  readonly text: string;
  readonly published: string | null;
  readonly sentences: readonly Sentence[];
  readonly places: readonly Place[];
  readonly demonyms: readonly Demonym[];
  readonly times: readonly TimeExpr[];
  readonly claims: readonly Claim[];
  /** Spans that name sources ("Kyiv Mayor Vitali Klitschko"): places inside them say who speaks, not where. */
  readonly sourceSpans: readonly Span[];
}

/** Index of the sentence that holds `span` (sentences are sorted and disjoint). */
function sentenceOf(sentences: readonly Sentence[], span: Span): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (span[0] < s.span[0]) hi = mid - 1;
    else if (span[0] >= s.span[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Which places say where something happened (by index of `places`). */
function locating(input: EventInputs): boolean[] {
  return input.places.map((p) => {
    const sentence = input.sentences[sentenceOf(input.sentences, p.span)];
    return sentence !== undefined && saysWhere(p, sentence, input);
  });
}

/** Whether two places are of one kind for an anaphor ("the town" is a town, "the region" a region). */
const sameKind = (a: Place, b: Place): boolean =>
  a.featureClass === b.featureClass && (a.featureClass !== 'P' || (a.feature === 'PPLX') === (b.feature === 'PPLX'));

/**
 * "… the spokesperson said in Geneva. More than 6,000 people fled the town": an anaphor whose antecedent only says
 * where something was said (or is a time zone, a source's title) refers to the last earlier place of its kind that
 * does say where; with none, it locates nothing.
 */
function reanchorAnaphors(input: EventInputs): EventInputs {
  const { places, sentences, text } = input;
  const spoken = places.map((p) => {
    const s = sentences[sentenceOf(sentences, p.span)];
    return s !== undefined && p.antecedent === undefined && onlySpokenAt(text, s, p);
  });
  if (!places.some((p) => p.antecedent !== undefined && spoken[p.antecedent])) return input;
  const says = locating(input);
  const out: Place[] = [];
  places.forEach((p, i) => {
    const k = p.antecedent;
    const ante = k === undefined ? undefined : places[k];
    if (k === undefined || ante === undefined || !spoken[k] || !says[i]) {
      out.push(p);
      return;
    }
    for (let j = k - 1; j >= 0; j--) {
      const q = places[j];
      if (q && q.antecedent === undefined && says[j] && sameKind(q, ante)) {
        out.push({ ...q, span: p.span, text: p.text, antecedent: j });
        return;
      }
    }
  });
  return { ...input, places: out };
}

export function buildEvents(given: EventInputs): { events: TallyEvent[]; links: EventLink[] } {
  const input = reanchorAnaphors(given);
  const { sentences, claims } = input;
  // Places that say where, by sentence.
  const placesBySentence = new Map<number, Place[]>();
  for (const p of input.places) {
    const si = sentenceOf(sentences, p.span);
    const sentence = sentences[si];
    if (!sentence || !saysWhere(p, sentence, input)) continue;
    const list = placesBySentence.get(si) ?? [];
    list.push(p);
    placesBySentence.set(si, list);
  }
  const mostSpecific = (si: number, figure: Span | null = null): Place | null => {
    const s = sentences[si];
    return s ? pickPlace(placesBySentence.get(si) ?? [], input.text, s, figure) : null;
  };

  // The town of the article's first claim, when that claim names one, is what the story leads with.
  const firstClaim = claims.reduce<Claim | null>((a, c) => (a === null || c.span[0] < a.span[0] ? c : a), null);
  const leadPlace = firstClaim ? mostSpecific(firstClaim.sentence, firstClaim.figure) : null;
  const lead = leadPlace && specificity(leadPlace) >= 3 ? leadPlace : null;
  const main = mainPlace(input, placesBySentence, lead);
  // Section headings past the lead set the topic of the sentences below them.
  const topicOf: (Place | null)[] = [];
  let topic: Place | null = main;
  sentences.forEach((s, i) => {
    if (s.heading && s.paragraph > 3) {
      const p = mostSpecific(i);
      topic = p && specificity(p) > 1 ? p : main;
    }
    topicOf[i] = topic;
  });

  const drafts = new Map<string, EventDraft>();
  const links: EventLink[] = [];
  const draftFor = (place: Place | null, period: TimeExpr | null = null): EventDraft => {
    const key = `${place ? placeKey(place) : 'none'}${period ? `|${period.value}` : ''}`;
    let d = drafts.get(key);
    if (!d) {
      d = { key, place, period, sentences: new Set(), weaponSentences: new Set(), claims: [] };
      drafts.set(key, d);
    }
    return d;
  };
  // The place the paragraph last located something at, for sentences that go on about it ("It also said …").
  const paragraphPlace: (Place | null)[] = [];
  const claimSentences = new Set(claims.map((c) => c.sentence));
  let current: Place | null = null;
  sentences.forEach((s, i) => {
    if (i > 0 && sentences[i - 1]?.paragraph !== s.paragraph) current = null;
    paragraphPlace[i] = current;
    if (claimSentences.has(i) || namesEvent(sentences, i)) current = mostSpecific(i) ?? current;
  });
  for (const c of claims) {
    // "the war has killed tens of thousands", "54 aid workers were killed in Sudan last year": a tally over a month or
    // more is not the reported event but a background one, at the country's level unless a town is named.
    const period = backgroundPeriod(input, c, !placesBySentence.has(c.sentence));
    if (period) {
      const named = mostSpecific(c.sentence, c.figure);
      const place = named && specificity(named) >= 3 ? named : (named ?? (main ? countryPlace(main) : null));
      const d = draftFor(place, period);
      d.claims.push(c);
      d.sentences.add(c.sentence);
      d.weaponSentences.add(c.sentence);
      continue;
    }
    const own = refine(titled(mostSpecific(c.sentence, c.figure), input, c, main), main, input);
    const place =
      own ??
      paragraphPlace[c.sentence] ??
      jurisdiction(input, c, main) ??
      airDefenceCountry(c) ??
      topicOf[c.sentence] ??
      null;
    const d = draftFor(place);
    d.claims.push(c);
    for (const m of c.mentions) {
      const si = sentenceOf(sentences, m);
      if (si >= 0) {
        d.sentences.add(si);
        d.weaponSentences.add(si);
      }
    }
  }
  // An event also owns the sentences that name an event ("the missile struck … on Saturday") and locate it there,
  // or, for the main event, locate nothing; a sentence whose claims went to other events is theirs alone (its
  // weapons and times are those events').
  const claimEvents = new Map<number, Set<EventDraft>>();
  for (const d of drafts.values()) {
    for (const c of d.claims) {
      const set = claimEvents.get(c.sentence) ?? new Set<EventDraft>();
      set.add(d);
      claimEvents.set(c.sentence, set);
    }
  }
  sentences.forEach((s, si) => {
    if (!namesEvent(sentences, si)) return;
    const own = mostSpecific(si);
    const d = own ? drafts.get(placeKey(own)) : main ? drafts.get(placeKey(main)) : undefined;
    const holders = claimEvents.get(si);
    if (!d || (holders && !holders.has(d))) return;
    d.sentences.add(si);
    // an event sentence that names no place lends its weapons only to an event with claims in its paragraph
    if (own || d.claims.some((c) => sentences[c.sentence]?.paragraph === s.paragraph)) d.weaponSentences.add(si);
  });

  const events: TallyEvent[] = [];
  let n = 0;
  for (const d of drafts.values()) {
    const id = `e${++n}`;
    const first = Math.min(...d.sentences);
    const anchor = sentences[first] ?? sentences[0];
    const span: Span = anchor ? anchor.span : [0, 0];
    const initiator = initiatorOf(input, d);
    events.push({
      id,
      span,
      text: input.text.slice(span[0], span[1]),
      type: d.period ? TALLY_TYPE : eventType(input, d),
      when: eventWhen(input, d),
      where: d.place ? whereOf(d.place) : null,
      initiator,
      target: targetOf(d, initiator),
      weapons: weaponsOf(input, d),
    });
    for (const c of d.claims) links.push({ span: c.span, text: c.text, claim: c.id, event: id });
  }
  return { events, links };
}

/**
 * "a railway station in eastern Ukraine" in a story about Kramatorsk: a country or region named with "in" only
 * situates the main place, which lies inside it. "across Ukraine" still means the country.
 */
function refine(own: Place | null, main: Place | null, input: EventInputs): Place | null {
  if (!own || !main || specificity(own) > 2 || specificity(main) <= specificity(own)) return own;
  const inside = own.country === main.country && (specificity(own) === 1 || own.admin1 === main.admin1);
  if (!inside) return own;
  const si = sentenceOf(input.sentences, own.span);
  const sentence = input.sentences[si];
  const prep = sentence ? governingPreposition(input.text, sentence.span[0], own) : null;
  // a region that holds the main place is the main place's whatever the preposition ("launched at the region")
  if (specificity(own) === 2 && prep !== null) return main;
  return prep === 'in' || prep === 'of' ? main : own;
}

/**
 * "Kharkiv mayor X said a bomb struck an area of Ukraine's second-largest city": a country or region that only
 * describes the place gives way to the town in the speaking official's title, when that town lies inside it.
 */
function titled(own: Place | null, input: EventInputs, c: Claim, main: Place | null): Place | null {
  if (!own || specificity(own) > 2) return own;
  const j = jurisdiction(input, c, main);
  if (!j || specificity(j) < 3 || j.country !== own.country) return own;
  return specificity(own) === 1 || j.admin1 === own.admin1 ? j : own;
}

/**
 * "Kharkiv regional governor X said 28 people were injured": an official speaks for the place in their title, unless
 * the main place lies inside it (a regional governor speaking of a town in the region).
 */
function jurisdiction(input: EventInputs, c: Claim, main: Place | null): Place | null {
  const span = c.source.span;
  if (!span || (c.source.kind !== 'official' && c.source.kind !== 'person')) return null;
  // not a name that merely starts like a place ("Artem Dekhtyarenko"), but a title may follow ("Kyiv Mayor …")
  const p = input.places.find((x) => {
    if (x.span[0] < span[0] || x.span[1] > span[1] || x.antecedent !== undefined) return false;
    const after = input.text.slice(x.span[1], x.span[1] + 20);
    return !/^\s+\p{Lu}/u.test(after) || TITLE_AFTER.test(after);
  });
  if (!p) return null;
  if (main && main.country === p.country && (main.admin1 === p.admin1 || specificity(p) === 1)) return main;
  return p;
}

/** The type of a background tally's event (the ledger never merges these). */
const TALLY_TYPE = 'tally';

/** Periods at least this long (a month: February is 27 days from first to last) make a tally background ("last year", "in 2021", "since the war began in April"). */
const BACKGROUND_DAYS = 27;
/** "the war has killed", "Sudan's war … has displaced", "the violence has left": a toll of the whole war. */
const WAR_SCOPE =
  /\b(?:the|this|a|its|their|[\p{L}-]+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:war|conflict|insurgency|violence|bloodshed)\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:(?:so\s+far|now|already)\s+)?(?:killed|left|displaced|driven|uprooted|claimed|forced)\b/iu;
/** "Syria's 13-year civil war killed …": the war as the subject of a plain past verb. */
const WAR_KILLED =
  /\b(?:the|this|a|its|their|[\p{L}-]+['’]s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:war|conflict|insurgency)\s+(?:killed|displaced|uprooted|claimed)\b/iu;
/** Words one of which WAR_SCOPE or WAR_KILLED needs (as lower-case substrings). */
const WAR_WORDS = ['war', 'conflict', 'insurgency', 'violence', 'bloodshed'];
/** "since the start of the year", "since the war began", "since the invasion": a period up to now. */
const SINCE_SCOPE =
  /\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+)?(?:the\s+|this\s+)?(year|war|conflict|invasion|insurgency|crisis)\b/iu;
/** Words that may stand between "since" and the date it governs ("since early November", "since the start of 2023"). */
const SINCE_FILLERS = new Set(['the', 'early', 'late', 'mid', 'start', 'beginning', 'end', 'middle', 'of']);
/** Words before a duration that make it a window reaching back from now ("over the past 24 hours", "in the last day"). */
const ROLLING_WORDS = new Set(['past', 'previous', 'last', 'preceding']);
/** A rolling window this short, with no place named, is a daily report over a whole front or country. */
const ROLLING_DAYS = 1;

/**
 * "in the army's 2021 takeover", "the 2022 invasion": a bare year after a determiner or a possessive names what
 * something is (a takeover of 2021), not when the claim's event was.
 */
function attributiveYear(text: string, sentenceStart: number, t: TimeExpr): boolean {
  if (!/^\d{4}$/.test(t.text)) return false;
  const before = wordsBefore(text, sentenceStart, t.span[0], 1)[0] ?? '';
  return before === 'the' || before === 'a' || /['’]s?$/.test(text.slice(Math.max(0, t.span[0] - 3), t.span[0]).trim());
}

/** A PAST_REF period over a sentence (the whole war, a period the text does not date). */
function pastRef(span: Span, text: string): TimeExpr {
  return { span, text, type: 'DATE', value: 'PAST_REF', known: [], implied: [] };
}

/** How many days a TIMEX3 duration value spans (P6M, P13Y, PT24H, P2W), or null for none. */
function durationDays(value: string): number | null {
  const m = /^P(?:T(\d+)H|(\d+(?:\.\d+)?)([DWMY]))$/.exec(value);
  if (!m) return null;
  if (m[1] !== undefined) return Number(m[1]) / 24;
  const n = Number(m[2]);
  const unit = m[3];
  return unit === 'D' ? n : unit === 'W' ? 7 * n : unit === 'M' ? 30 * n : 365 * n;
}

/**
 * The period a claim tallies over, when that is a month or longer, reaches back from now ("since 2015", "since the
 * start of the year"), or covers the whole war; null for an event's own figures. A rolling window of a day or so
 * ("over the previous 24 hours") counts too when the sentence names no place: a front-wide daily report.
 */
function backgroundPeriod(input: EventInputs, c: Claim, placeless: boolean): TimeExpr | null {
  const sentence = input.sentences[c.sentence];
  if (!sentence) return null;
  const { published, text } = input;
  const times = timesIn(input, new Set([c.sentence]));
  const past = (start: string): boolean => start >= '1900' && (!published || start <= published);
  const long = times.find(
    (t) =>
      t.start !== undefined &&
      !attributiveYear(text, sentence.span[0], t) &&
      daysBetween(t.start, t.end ?? t.start) >= BACKGROUND_DAYS &&
      // (not in the future, and a real year: "1700 GMT" is no year 1700)
      past(t.start),
  );
  const lower = sentence.text.toLowerCase();
  // (the patterns start at every word: run them only where their war word occurs)
  const war =
    WAR_WORDS.some((w) => lower.includes(w)) && (WAR_SCOPE.test(sentence.text) || WAR_KILLED.test(sentence.text));
  // "Sudan's war, which erupted in April 2023, has displaced …": from the war's start up to now
  if (long) return war && published && long.start !== undefined ? { ...long, end: published } : long;
  for (const t of times) {
    // "since November", "since October 7, 2023": from that date up to publication
    if (t.start !== undefined && published && past(t.start) && daysBetween(t.start, published) >= BACKGROUND_DAYS) {
      const before = wordsBefore(text, sentence.span[0], t.span[0], 4);
      let i = before.length - 1;
      while (i >= 0 && SINCE_FILLERS.has(before[i] ?? '')) i--;
      if (before[i] === 'since') return { ...t, start: t.start, end: published };
    }
    if (t.type !== 'DURATION') continue;
    const days = durationDays(t.value);
    if (days === null) continue;
    // "a two-year-old", "a 10-year-old girl": an age, not a period
    if (/^[-\s]?old\b/.test(text.slice(t.span[1], t.span[1] + 5))) continue;
    // "in the first six months of the year", "Syria's 13-year war", "over the past three months"
    if (days >= BACKGROUND_DAYS) return t;
    const before = wordsBefore(text, sentence.span[0], t.span[0], 2);
    const rolling = [...before, ...t.text.toLowerCase().split(/\s+/)].some((w) => ROLLING_WORDS.has(w));
    if (placeless && rolling && days <= ROLLING_DAYS) return t;
  }
  const since = lower.includes('since') ? SINCE_SCOPE.exec(sentence.text) : null;
  if (since) {
    const at = sentence.span[0] + since.index;
    const span: Span = [at, at + since[0].length];
    if (since[1]?.toLowerCase() !== 'year') return pastRef(span, since[0]);
    if (published) {
      const start = `${published.slice(0, 4)}-01-01`;
      if (daysBetween(start, published) >= BACKGROUND_DAYS) {
        return {
          span,
          text: since[0],
          type: 'DATE',
          value: published.slice(0, 4),
          known: [],
          implied: [],
          start,
          end: published,
        };
      }
    }
  }
  if (war) return pastRef(sentence.span, sentence.text);
  return null;
}

/** The country a place lies in, as a place (for background tallies). */
function countryPlace(p: Place): Place | null {
  const e = countryEntry(p.country);
  return e ? { ...e, span: p.span, text: p.text } : null;
}

/** Drones shot down and missiles fired with no place named: over the country whose forces count them. */
function airDefenceCountry(c: Claim): Place | null {
  if (c.kind !== 'intercepted' && c.kind !== 'launched') return null;
  const side = c.source.side;
  if (!side || !/^[A-Z]{2}$/.test(side)) return null;
  const e = countryEntry(side);
  if (!e) return null;
  const span = c.figure ?? c.span;
  return { ...e, span, text: c.text.slice(span[0] - c.span[0], span[1] - c.span[0]) };
}

/** The article's main place: the most mentioned specific place among sentences with claims or event words. */
function mainPlace(
  input: EventInputs,
  placesBySentence: ReadonlyMap<number, Place[]>,
  lead: Place | null,
): Place | null {
  const claimSentences = new Set(input.claims.map((c) => c.sentence));
  const score = new Map<string, { place: Place; score: number; first: number }>();
  for (const [si, list] of placesBySentence) {
    const s = input.sentences[si];
    if (!s) continue;
    const eventful = claimSentences.has(si) || eventTypesIn(input.sentences, si).length > 0;
    if (!eventful) continue;
    const weight = si === 0 ? 2 : 1;
    for (const p of list) {
      const k = placeKey(p);
      const cur = score.get(k) ?? { place: p, score: 0, first: p.span[0] };
      // Countries and regions count less than the towns inside them.
      cur.score += weight * (specificity(p) >= 3 ? 1 : 0.25);
      score.set(k, cur);
    }
  }
  // The place of the article's first located claim is what the story leads with.
  if (lead) {
    const k = placeKey(lead);
    const cur = score.get(k) ?? { place: lead, score: 0, first: lead.span[0] };
    cur.score += LEAD_BONUS;
    score.set(k, cur);
  }
  let best: { place: Place; score: number; first: number } | null = null;
  for (const v of score.values()) {
    if (best === null || v.score > best.score || (v.score === best.score && v.first < best.first)) best = v;
  }
  return best?.place ?? null;
}

function whereOf(p: Place): EventWhere {
  const country = countryName(p.country);
  return {
    name: p.name,
    alt_names: p.alt_names,
    // the unit's name, never its bare code ("55", "09"): null when the gazetteer knows no name for it
    admin1: p.admin1Name ?? null,
    country: p.country,
    ...(country ? { country_name: country } : {}),
    feature: p.feature,
    lat: p.lat,
    lon: p.lon,
    geonameid: p.geonameid,
    span: p.span,
  };
}

function namesEvent(sentences: readonly Sentence[], si: number): boolean {
  return eventTypesIn(sentences, si).length > 0;
}

/** "said on Saturday", "said Monday", "On Sunday, the ministry said": the day something was said, not done. */
function speechTime(input: EventInputs, t: TimeExpr): boolean {
  const before =
    input.text
      .slice(Math.max(0, t.span[0] - 25), t.span[0])
      .toLowerCase()
      .match(/[a-z]+/g) ?? [];
  const last = before[before.length - 1];
  const prev = before[before.length - 2];
  if (last && SPEECH_TIME_VERBS.has(last)) return true;
  if (last === 'on' && prev && SPEECH_TIME_VERBS.has(prev)) return true;
  // "on Sunday kept up their accusations" (but not "on Sunday night, said …", where the verb is the sentence's)
  const after = /^\s+([a-z]+)/.exec(input.text.slice(t.span[1], t.span[1] + 30).toLowerCase());
  return after?.[1] !== undefined && SPEECH_TIME_VERBS.has(after[1]);
}

/** Asks `timesIn` for the times of every sentence. */
const ALL_SENTENCES: ReadonlySet<number> = new Set<number>();

/** The times that can date events (not datelines, not the days things were said), by sentence; once per input. */
const datingTimes = new WeakMap<EventInputs, ReadonlyMap<number, readonly TimeExpr[]>>();
function timesIn(input: EventInputs, sentenceIds: ReadonlySet<number>): TimeExpr[] {
  let bySentence = datingTimes.get(input);
  if (!bySentence) {
    const map = new Map<number, TimeExpr[]>();
    for (const time of input.times) {
      const sentence = sentenceOf(input.sentences, time.span);
      const s = input.sentences[sentence];
      if (s === undefined || time.span[0] < datelineEnd(s) || speechTime(input, time)) continue;
      const list = map.get(sentence) ?? [];
      list.push(time);
      map.set(sentence, list);
    }
    datingTimes.set(input, map);
    bySentence = map;
  }
  const out: TimeExpr[] = [];
  for (const [sentence, times] of bySentence)
    if (sentenceIds === ALL_SENTENCES || sentenceIds.has(sentence)) out.push(...times);
  return out.sort((x, y) => x.span[0] - y.span[0]);
}

/** How far back a time of day looks for the day the text gave it ("on Thursday … at around 8 a.m."). */
const CLOCK_REACH = 800;

/**
 * "at around 8 a.m.", "shortly after midnight": a time of day whose day the text leaves implied takes the day of the
 * last dated time before it (not a dateline's, not a day something was said), within a few sentences.
 */
function dayOfClock(input: EventInputs, t: TimeExpr): TimeExpr {
  if (
    t.type !== 'TIME' ||
    !t.known.includes('hour') ||
    t.known.some((k) => k === 'day' || k === 'weekday' || k === 'month')
  )
    return t;
  const all = timesIn(input, ALL_SENTENCES);
  let prior: TimeExpr | null = null;
  for (const u of all) {
    if (u.span[0] >= t.span[0]) break;
    if (t.span[0] - u.span[0] > CLOCK_REACH || u.start === undefined || u.start !== (u.end ?? u.start)) continue;
    if (u.known.includes('day') || u.known.includes('weekday')) prior = u;
  }
  return prior && prior.start !== undefined ? { ...t, start: prior.start, end: prior.start } : t;
}

/** The earliest day the event's sentences give within the weeks before publication; else an interval; else the publication day. */
function eventWhen(input: EventInputs, d: EventDraft): EventWhen | null {
  const p = d.period;
  if (p && p.start !== undefined) return { start: p.start, end: p.end ?? p.start, text: p.text, span: p.span };
  const candidates = timesIn(input, d.sentences)
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && t.start !== undefined)
    .map((t) => dayOfClock(input, t));
  const published = input.published;
  const inWindow = (t: TimeExpr): boolean => {
    if (!published || t.start === undefined) return true;
    const back = daysBetween(t.start, published);
    return back >= 0 && back <= EVENT_WINDOW_DAYS;
  };
  const days = candidates.filter(
    (t) => t.start !== undefined && t.start === (t.end ?? t.start) && DAY.test(t.start) && inWindow(t),
  );
  const byStart = (a: TimeExpr, b: TimeExpr): number => (a.start ?? '').localeCompare(b.start ?? '');
  // An event reported long after it happened ("executed … between March 27 and 31, 2022" in a report a year on):
  // the earliest day or short range the event's sentences give, else the earliest month.
  const past = candidates.filter(
    (t) =>
      !published ||
      (t.start !== undefined && t.start <= published && daysBetween(t.start, published) <= MAX_EVENT_AGE_DAYS),
  );
  const short = past.filter((t) => t.start !== undefined && daysBetween(t.start, t.end ?? t.start) <= 31);
  const pick =
    days.sort(byStart)[0] ?? candidates.filter(inWindow)[0] ?? short.sort(byStart)[0] ?? past.sort(byStart)[0];
  // a background tally over an undated period (the whole war, "the first six months of the year") runs up to now
  if (p && published && (past[0] ?? pick)?.start !== undefined) {
    const from = past.sort(byStart)[0] ?? pick;
    if (from?.start !== undefined && from.start <= published) {
      return { start: from.start, end: published, text: from.text, span: from.span };
    }
  }
  if (pick && pick.start !== undefined) {
    return { start: pick.start, end: pick.end ?? pick.start, text: pick.text, span: pick.span };
  }
  if (published) return { start: published, end: published, text: '', span: null };
  return null;
}

/** The event types a sentence's words name, in the order they come (sentences recur across events). */
const EVENT_NOUN_GATE = wordGate(EVENT_NOUNS.keys());
/** Per sentences layer, the event types of each sentence once read (one cache entry per article, not per sentence). */
const eventTypesBySentence = new WeakMap<readonly Sentence[], (readonly string[] | undefined)[]>();
function eventTypesIn(sentences: readonly Sentence[], si: number): readonly string[] {
  let cache = eventTypesBySentence.get(sentences);
  if (cache === undefined) eventTypesBySentence.set(sentences, (cache = []));
  let types = cache[si];
  if (types === undefined) {
    const found: string[] = [];
    const s = sentences[si];
    // (the gate skips words that cannot be an event noun without cutting them out)
    if (s !== undefined) {
      someLowerWordGated(s.text.toLowerCase(), EVENT_NOUN_GATE, (w) => {
        const type = EVENT_NOUNS.get(w);
        if (type) found.push(type);
        return false;
      });
    }
    cache[si] = types = found;
  }
  return types;
}

function eventType(input: EventInputs, d: EventDraft): string {
  const counts = new Map<string, number>();
  for (const si of d.sentences) {
    const s = input.sentences[si];
    if (!s) continue;
    for (const type of eventTypesIn(input.sentences, si)) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  let best = '';
  let most = 0;
  for (const [type, count] of counts) if (count > most) [best, most] = [type, count];
  if (best) return best;
  return d.claims.some((c) => c.kind === 'intercepted') ? 'shoot-down' : 'attack';
}

/** The side named right before an event word: "a Ukrainian strike", "Russian missiles". */
function initiatorOf(input: EventInputs, d: EventDraft): string | null {
  const votes = new Map<string, number>();
  const sentenceOfDemonym = demonymSentences(input);
  input.demonyms.forEach((dem, k) => {
    if (!d.sentences.has(sentenceOfDemonym[k] ?? -1)) return;
    // "a Ukrainian strike", "Russian missile attack", "Russian forces shelled" — but not "Russian troops were killed"
    const m = /^\s+(?:[a-z-]+\s+)?([a-z-]+)(?:\s+(?:had\s+|have\s+)?([a-z-]+))?/.exec(
      input.text.slice(dem.span[1], dem.span[1] + 50).toLowerCase(),
    );
    const noun = m?.[1] ?? '';
    const verb = m?.[2] ?? '';
    if (EVENT_NOUNS.has(noun) || (ACTOR_NOUNS.has(noun) && STRIKE_VERBS.has(verb))) {
      votes.set(dem.country, (votes.get(dem.country) ?? 0) + 1);
    }
  });
  return topVote(votes);
}

const demonymSentenceCache = new WeakMap<EventInputs, readonly number[]>();
function demonymSentences(input: EventInputs): readonly number[] {
  let out = demonymSentenceCache.get(input);
  if (!out) {
    out = input.demonyms.map((dem) => sentenceOf(input.sentences, dem.span));
    demonymSentenceCache.set(input, out);
  }
  return out;
}

/** The side whose people the event's claims count: "63 Russian servicemen" → RU; civilians are the place's. */
function targetOf(d: EventDraft, initiator: string | null): string | null {
  const votes = new Map<string, number>();
  let local = 0;
  for (const c of d.claims) {
    if (c.kind !== 'killed' && c.kind !== 'injured' && c.kind !== 'casualties' && c.kind !== 'captured') continue;
    for (const w of (c.subject ?? '').split(/\s+/)) {
      const side = countryOfDemonym(w);
      if (side) votes.set(side, (votes.get(side) ?? 0) + 1);
    }
    if (/\b(?:civilians|residents|people|children|villagers|patients)\b/i.test(c.subject ?? '')) local++;
  }
  const voted = topVote(votes);
  if (voted) return voted;
  const home = d.place?.country ?? null;
  return local > 0 && home !== initiator ? home : null;
}

function topVote(votes: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [side, count] of votes) if (count > most) [best, most] = [side, count];
  return best;
}

/** Who strikes, after a demonym: "Russian forces shelled …". */
const ACTOR_NOUNS = new Set([
  'forces',
  'troops',
  'army',
  'military',
  'jets',
  'aircraft',
  'drones',
  'navy',
  'artillery',
]);

/** Whether each ASCII code is a letter or a digit (classOf read once per code, for keyBounds's hot loop). */
const ASCII_LETTER_OR_DIGIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const k = classOf(c);
  ASCII_LETTER_OR_DIGIT[c] = k === C_LETTER || k === C_DIGIT ? 1 : 0;
}

/**
 * Weapon names as sequences of lower-case word keys ("kh-22", "storm shadow"), indexed by their first key: a sentence
 * is read once, word by word, and each word looks up the names that can start there.
 */
const WEAPON_KEYS = WEAPON_WORDS.map((name, order) => ({ name, order, keys: weaponKeys(name) }));
const WEAPONS_BY_FIRST = new Map<string, (typeof WEAPON_KEYS)[number][]>();
for (const w of WEAPON_KEYS) {
  const list = WEAPONS_BY_FIRST.get(w.keys[0] ?? '') ?? [];
  list.push(w);
  WEAPONS_BY_FIRST.set(w.keys[0] ?? '', list);
}

/**
 * Word keys of a text: runs of letters, digits and inner hyphens, lower-cased, hyphen variants folded (what
 * `/[\p{L}\d]+(?:-[\p{L}\d]+)*\/gu` matches, read by a scanner).
 */
function weaponKeys(text: string): string[] {
  const t = keyText(text);
  const bounds = keyBounds(t);
  const out: string[] = [];
  for (let i = 0; i < bounds.length; i += 2) out.push(t.slice(bounds[i], bounds[i + 1]));
  return out;
}

/** The text weapon keys are read from: lower case, hyphen variants folded. */
function keyText(text: string): string {
  const t = text.toLowerCase();
  return t.includes('\u2010') || t.includes('\u2011') ? t.replace(/[\u2010\u2011]/g, '-') : t;
}

/** Start and end of each weapon key of `t` (see weaponKeys), flat. */
function keyBounds(t: string): number[] {
  const out: number[] = [];
  const n = t.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(t, i);
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < n) {
      const c = codePointAt(t, i);
      if (isLetterOrDigit(c)) i += c > 0xffff ? 2 : 1;
      else if (c === 45 && i + 1 < n && isLetterOrDigit(codePointAt(t, i + 1))) i++;
      else break;
    }
    out.push(start, i);
  }
  return out;
}

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return ASCII_LETTER_OR_DIGIT[cp] === 1;
  const k = classOf(cp);
  return k === C_LETTER || k === C_DIGIT;
}

/** The weapon names a sentence names, in WEAPON_WORDS order (sentences recur across events, so this is cached). */
const weaponsBySentence = new WeakMap<readonly Sentence[], (readonly string[] | undefined)[]>();
/** Rejects most keys that start no weapon name before they are cut out of the sentence. */
const WEAPON_FIRST_GATE = wordGate(WEAPONS_BY_FIRST.keys());
function weaponsInSentence(sentences: readonly Sentence[], si: number): readonly string[] {
  let cache = weaponsBySentence.get(sentences);
  if (cache === undefined) weaponsBySentence.set(sentences, (cache = []));
  let names = cache[si];
  if (names === undefined) {
    // As `keys = weaponKeys(text)` then, for each key, the names it starts whose keys all follow; keys are kept as
    // bounds into the lower-cased text and cut out only where the gate lets a name start or one is being matched.
    const t = keyText((sentences[si] as Sentence).text);
    const bounds = keyBounds(t);
    const count = bounds.length / 2;
    const keyAt = (i: number): string | undefined =>
      i < count ? t.slice(bounds[2 * i], bounds[2 * i + 1]) : undefined;
    const hits = new Set<number>();
    for (let i = 0; i < count; i++) {
      if (!WEAPON_FIRST_GATE(t, bounds[2 * i] as number, bounds[2 * i + 1] as number)) continue;
      const list = WEAPONS_BY_FIRST.get(keyAt(i) as string);
      if (list === undefined) continue;
      for (const w of list) {
        if (w.keys.every((x, j) => keyAt(i + j) === x)) hits.add(w.order);
      }
    }
    names = [...hits].sort((x, y) => x - y).map((o) => WEAPON_WORDS[o] ?? '');
    cache[si] = names;
  }
  return names;
}

function weaponsOf(input: EventInputs, d: EventDraft): string[] {
  const found: string[] = [];
  for (const si of [...d.weaponSentences].sort((a, b) => a - b)) {
    const s = input.sentences[si];
    if (!s) continue;
    for (const name of weaponsInSentence(input.sentences, si)) {
      if (!found.some((f) => f.toLowerCase().includes(name.toLowerCase()))) found.push(name);
    }
  }
  return found;
}

export const eventsStage = defineStage({
  name: 'events',
  version: '1',
  requires: ['sentences', 'times', 'places', 'demonyms', 'entities', 'attributions', 'claims'],
  assigns: ['events', 'links'],
  run(doc) {
    // (the spans of the entities, then of the attributions' sources, filled in place rather than spread from mapped
    // and flat-mapped copies)
    const sourceSpans: Span[] = [];
    for (const e of doc.get('entities')) sourceSpans.push(e.span);
    // a headline's "Place: …" names who speaks only when an entity stands there ("Moscow: 63 killed")
    for (const a of doc.get('attributions')) if (a.source && a.cue.text !== ':') sourceSpans.push(a.source.span);
    const { events, links } = buildEvents({
      text: doc.text,
      published: doc.meta.published,
      sentences: doc.get('sentences'),
      places: doc.get('places'),
      demonyms: doc.get('demonyms'),
      times: doc.get('times'),
      claims: doc.get('claims'),
      sourceSpans,
    });
    return { layers: { events, links } };
  },
});
