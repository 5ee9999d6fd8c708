// Reconciliation of the figures claimed about one event: intervals, timelines, contradictions and a low/best/high estimate with its trace.
import { HARM_TO_PEOPLE } from '../core/layers/claim.js';
import type { ClaimKind, ClaimValue } from '../core/layers/claim.js';
import type { ClaimView, Contradiction, Estimate, KindReport, TimelineEntry } from '../query/types.js';

/** The named convention the estimates follow; its rules are spelled out in each trace. */
export const CONVENTION = 'tally-median-v1';

/** The order of an event's kind reports: harm to people, then munitions as the story goes (fired, then shot down). */
const KIND_ORDER: readonly ClaimKind[] = [
  ...HARM_TO_PEOPLE,
  'launched',
  'intercepted',
  'destroyed',
  'responsibility',
  'other',
];

/** Subjects that count part of a larger group ("five of them children"): they are not the event's toll. */
const SUBGROUP = /\b(?:children|child|kids|minors|women|girls|boys|babies|of them|among them|including)\b/i;

export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
}

/** The interval a stated figure allows; null ends are open. */
export function intervalOf(v: ClaimValue): Interval {
  const n = v.number;
  let low = v.low;
  let high = v.high;
  if (low === null && high === null && n !== null) {
    switch (v.qualifier) {
      case 'exact':
      case 'about':
        low = n;
        high = n;
        break;
      case 'more_than':
        low = n + 1;
        break;
      case 'at_least':
        low = n;
        break;
      case 'less_than':
        high = n - 1;
        low = 0;
        break;
      case 'nearly':
      case 'up_to':
      case 'at_most':
        high = n;
        low = 0;
        break;
      default:
        break;
    }
  }
  return { low, high };
}

/** The single figure a claim stands for, when it has one: the number as stated, or the middle of a closed interval. */
/**
 * The point figure a claim stands for: its stated number kept inside its own interval ("more than 60" stands for 61,
 * "nearly 400" for 399), the middle of a range or of a vague amount's interval.
 */
export function pointOf(v: ClaimValue): number | null {
  const { low, high } = intervalOf(v);
  if (v.qualifier === 'range' || v.number === null) {
    if (low !== null && high !== null) return Math.round((low + high) / 2);
    return v.number ?? low;
  }
  let p = v.number;
  if (low !== null && p < low) p = low;
  if (high !== null && p > high) p = high;
  return p;
}

export const figureText = (v: ClaimValue | null): string => {
  if (!v) return '—';
  const q = v.qualifier === 'exact' || v.qualifier === 'vague' ? '' : `${v.qualifier.replace('_', ' ')} `;
  return v.number === null ? v.text : `${q}${v.number}`;
};

const dayNumber = (iso: string | null): number | null => {
  if (!iso) return null;
  const t = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
};

function disjointGap(a: Interval, b: Interval): number {
  if (a.high !== null && b.low !== null && a.high < b.low) return b.low - a.high;
  if (b.high !== null && a.low !== null && b.high < a.low) return a.low - b.high;
  return 0;
}

const byTime = (a: ClaimView, b: ClaimView): number =>
  (a.published ?? '').localeCompare(b.published ?? '') || a.article.localeCompare(b.article) || a.span[0] - b.span[0];

/** Among one source's claims of one kind, which are superseded by a later one (as-of: later tolls supersede earlier ones). */
function timelineOf(claims: readonly ClaimView[]): TimelineEntry[] {
  const sorted = [...claims].filter((c) => c.value !== null && c.current).sort(byTime);
  const latestOf = new Map<string, ClaimView>();
  for (const c of sorted) {
    const prev = latestOf.get(c.source.id);
    if (!prev || (prev.published ?? '') < (c.published ?? '') || prev.article !== c.article)
      latestOf.set(c.source.id, c);
    else if (prev.article === c.article && (pointOf(c.value!) ?? 0) > (pointOf(prev.value!) ?? 0))
      latestOf.set(c.source.id, c);
  }
  // Each earlier claim of a source points at the one that replaced it.
  const out: TimelineEntry[] = [];
  for (const c of sorted) {
    const latest = latestOf.get(c.source.id);
    const later = latest && latest.id !== c.id ? latest : null;
    const iv = intervalOf(c.value!);
    out.push({
      claim: c.id,
      source: c.source.id,
      source_name: c.source.name,
      published: c.published,
      figure: c.value!.text,
      low: iv.low,
      high: iv.high,
      superseded_by: later ? later.id : null,
    });
  }
  return out;
}

export function reconcileKind(kind: ClaimKind, all: readonly ClaimView[]): KindReport {
  const claims = all.filter((c) => c.kind === kind).sort(byTime);
  if (kind === 'responsibility') return responsibility(claims);
  const timeline = timelineOf(claims);
  const superseded = new Map(timeline.map((t) => [t.claim, t.superseded_by]));
  const trace: string[] = [];
  const excluded: string[] = [];
  const eligible: ClaimView[] = [];
  const label = (c: ClaimView): string =>
    `${c.id} (${c.source.name}: ${figureText(c.value)}${c.subject ? ` ${c.subject}` : ''}, ${c.published ?? 'undated'})`;

  const hasBroad = claims.some((c) => c.value && !(c.subject && SUBGROUP.test(c.subject)));
  for (const c of claims) {
    if (!c.current) excluded.push(`${label(c)} because its article was superseded by a newer version`);
    else if (
      !c.value ||
      (pointOf(c.value) === null && intervalOf(c.value).low === null && intervalOf(c.value).high === null)
    )
      excluded.push(`${label(c)} because it states no figure`);
    else if (c.certainty === 'disputed') excluded.push(`${label(c)} because the claim is disputed`);
    else if (hasBroad && c.subject && SUBGROUP.test(c.subject))
      excluded.push(`${label(c)} because it counts a subgroup`);
    else if (superseded.get(c.id))
      excluded.push(`${label(c)} because the same source later said ${superseded.get(c.id)}`);
    else eligible.push(c);
  }
  // Reprints: the outlet's own voice repeating a named source's figure counts once, as that source.
  const named = eligible.filter((c) => c.source.kind !== 'outlet' && c.source.kind !== 'unknown');
  const independent: ClaimView[] = [];
  for (const c of eligible) {
    if (c.source.kind === 'outlet' || c.source.kind === 'unknown') {
      const original = named.find((n) => n.value?.number !== null && n.value?.number === c.value?.number);
      if (original) {
        excluded.push(`${label(c)} because it repeats ${original.source.name}'s figure (${original.id}); counted once`);
        continue;
      }
    }
    independent.push(c);
  }

  // Contradictions: disjoint intervals of independent sources, reported at about the same time or with a later lower toll.
  const contradictions: Contradiction[] = [];
  for (let i = 0; i < independent.length; i++) {
    for (let j = i + 1; j < independent.length; j++) {
      const a = independent[i]!;
      const b = independent[j]!;
      if (a.source.id === b.source.id) continue;
      const ia = intervalOf(a.value!);
      const ib = intervalOf(b.value!);
      const gap = disjointGap(ia, ib);
      const larger = Math.max(pointOf(a.value!) ?? 0, pointOf(b.value!) ?? 0);
      if (gap <= Math.max(2, 0.1 * larger)) continue;
      const da = dayNumber(a.published);
      const db = dayNumber(b.published);
      const [early, late] = (da ?? 0) <= (db ?? 0) ? [a, b] : [b, a];
      const sameTime = da === null || db === null || Math.abs(da - db) <= 1;
      const lateLower = (pointOf(late.value!) ?? 0) < (pointOf(early.value!) ?? 0);
      if (!sameTime && !lateLower) continue;
      contradictions.push({
        kind,
        a: a.id,
        b: b.id,
        reason: `${a.source.name} says ${figureText(a.value)}, ${b.source.name} says ${figureText(b.value)}: the intervals do not meet${sameTime ? ' (reported within a day of each other)' : ' (the later report is lower)'}`,
      });
    }
  }
  for (const c of claims)
    if (c.certainty === 'disputed' && c.current)
      contradictions.push({
        kind,
        a: c.id,
        b: c.id,
        reason: `${c.source.name} disputes the figure ${figureText(c.value)}`,
      });

  // The current round: figures published within a day of the latest report. Earlier ones were overtaken by later reporting.
  const days = independent.map((c) => dayNumber(c.published)).filter((d): d is number => d !== null);
  const latestDay = days.length ? Math.max(...days) : null;
  const round = independent.filter((c) => {
    const d = dayNumber(c.published);
    if (latestDay === null || d === null || latestDay - d <= 1) return true;
    excluded.push(
      `${label(c)} because later reporting (as of ${new Date(latestDay * 86_400_000).toISOString().slice(0, 10)}) overtook it`,
    );
    return false;
  });
  // Own versus enemy: where a side reports the other side's losses and own-side or neutral sources exist, the enemy claim only bounds.
  const notEnemy = round.filter((c) => c.stance !== 'enemy');
  const core = notEnemy.length > 0 ? notEnemy : round;
  for (const c of round)
    if (!core.includes(c))
      trace.push(
        `bound only: ${label(c)} because it is a claim about the enemy's losses (source side ${c.source.side}, counted side ${c.subject_side})`,
      );

  const points = core
    .map((c) => pointOf(c.value!))
    .filter((n): n is number => n !== null)
    .sort((x, y) => x - y);
  let best: number | null = null;
  if (points.length > 0) {
    const mid = Math.floor(points.length / 2);
    best = points.length % 2 === 1 ? points[mid]! : Math.round((points[mid - 1]! + points[mid]!) / 2);
  }
  const lows = round.map((c) => intervalOf(c.value!).low ?? pointOf(c.value!)).filter((n): n is number => n !== null);
  const highs = round.map((c) => intervalOf(c.value!).high ?? pointOf(c.value!)).filter((n): n is number => n !== null);
  const low = lows.length ? Math.min(...lows) : null;
  const high = highs.length ? Math.max(...highs) : null;

  if (best !== null)
    trace.unshift(
      `best: ${best} = median of ${points.length} independent source${points.length === 1 ? "'s" : "s'"} point figures [${points.join(', ')}] (${core.map((c) => c.source.name).join('; ')})`,
    );
  else trace.unshift('best: none (no independent source gives a figure)');
  trace.push(`low: ${low ?? 'none'} = lowest lower end among the latest figures of independent sources`);
  trace.push(`high: ${high ?? 'none'} = highest upper end (or point figure where open-ended) among them`);
  for (const e of excluded) trace.push(`excluded: ${e}`);
  for (const c of contradictions) trace.push(`contradiction: ${c.reason}`);

  const estimate: Estimate = {
    kind,
    convention: CONVENTION,
    low,
    best,
    high,
    contested: contradictions.length > 0,
    trace,
  };
  return { kind, claims, timeline, contradictions, estimate };
}

/** Claims of responsibility carry no figure: they are listed; a denial or a dispute makes them contested. */
function responsibility(claims: readonly ClaimView[]): KindReport {
  const contradictions: Contradiction[] = claims
    .filter((c) => c.current && c.certainty === 'disputed')
    .map((c) => ({
      kind: 'responsibility' as const,
      a: c.id,
      b: c.id,
      reason: `${c.source.name}${c.source.side ? ` (${c.source.side})` : ''} disputes who is responsible: "${c.evidence.replace(/\s+/g, ' ').slice(0, 160)}"`,
    }));
  const trace = [
    'no estimate: claims of responsibility are listed side by side, not counted',
    ...contradictions.map((c) => `contradiction: ${c.reason}`),
  ];
  return {
    kind: 'responsibility',
    claims,
    timeline: [],
    contradictions,
    estimate: {
      kind: 'responsibility',
      convention: CONVENTION,
      low: null,
      best: null,
      high: null,
      contested: contradictions.length > 0,
      trace,
    },
  };
}

/** One report per claim kind present, in a fixed order of kinds. */
export function reconcile(claims: readonly ClaimView[]): KindReport[] {
  const kinds = new Set(claims.map((c) => c.kind));
  return KIND_ORDER.filter((k) => kinds.has(k)).map((k) => reconcileKind(k, claims));
}
