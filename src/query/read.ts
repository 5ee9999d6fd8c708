// Read functions over a Store: events with their articles, claims and estimates; claims; sources; articles.
import { reconcile } from '../ledger/reconcile.js';
import { stanceOf, subjectSide } from '../ledger/sides.js';
import type {
  ArticleRecord,
  ClaimFilter,
  ClaimRecord,
  EstimateRecord,
  EventFilter,
  EventRecord,
  Store,
} from '../store/types.js';
import type {
  ArticleRef,
  ArticleView,
  ClaimView,
  Estimate,
  EventDetail,
  EventSummary,
  MemberView,
  SourceView,
} from './types.js';

export function articleRef(a: ArticleRecord): ArticleRef {
  return {
    id: a.id,
    title: a.title,
    url: a.url,
    path: a.path,
    outlet: a.outlet,
    published: a.published,
    published_from: a.publishedFrom,
    current: a.current,
    superseded_by: a.supersededBy,
  };
}

export function claimView(c: ClaimRecord): ClaimView {
  return {
    id: c.id,
    article: c.articleId,
    event: c.eventId,
    kind: c.kind,
    subject: c.subject,
    subject_side: subjectSide(c.subject),
    value: c.value,
    source: { id: c.sourceId, name: c.source.name, kind: c.source.kind, side: c.source.side },
    certainty: c.certainty,
    quote: c.quote,
    span: c.span,
    evidence: c.text,
    published: c.published,
    current: c.current,
    stance: stanceOf(c.source.side, c.subject),
  };
}

const estimateView = (e: EstimateRecord): Estimate => ({
  kind: e.kind,
  convention: e.convention,
  low: e.low,
  best: e.best,
  high: e.high,
  contested: e.contested,
  trace: e.trace,
});

async function summary(store: Store, e: EventRecord): Promise<EventSummary> {
  const [articles, claims, estimates] = await Promise.all([
    store.listArticles({ eventId: e.id }),
    store.listClaims({ eventId: e.id, currentOnly: true }),
    store.estimates(e.id),
  ]);
  return {
    id: e.id,
    type: e.type,
    where: e.where,
    when: e.when,
    initiator: e.initiator,
    target: e.target,
    weapons: e.weapons,
    contested: e.contested,
    articles: articles.map(articleRef),
    claims: claims.map(claimView),
    estimates: estimates.map(estimateView),
  };
}

/** Events of the ledger, oldest first, each with its articles (path or URL as ingested), current claims and estimates. */
export async function listEvents(store: Store, filter: EventFilter = {}): Promise<EventSummary[]> {
  const events = await store.listEvents(filter);
  const out: EventSummary[] = [];
  for (const e of events) out.push(await summary(store, e));
  return out;
}

/** One event in full: members and why they were merged, every claim (superseded versions too), per-kind reconciliation, history. */
export async function getEvent(store: Store, id: string): Promise<EventDetail | null> {
  const e = await store.getEvent(id);
  if (!e) return null;
  const base = await summary(store, e);
  const [members, all, history] = await Promise.all([
    store.membersOfEvent(id),
    store.listClaims({ eventId: id, currentOnly: false }),
    store.mergeLog(id),
  ]);
  const memberViews: MemberView[] = members.map((m) => ({
    id: m.id,
    article: m.articleId,
    type: m.event.type,
    where: m.event.where?.name ?? null,
    when: m.start ? (m.end && m.end !== m.start ? `${m.start}/${m.end}` : m.start) : null,
    score: m.score,
    reasons: m.reasons,
    manual: m.manual,
    current: m.current,
  }));
  return { ...base, members: memberViews, kinds: reconcile(all.map(claimView)), history };
}

export async function listClaims(store: Store, filter: ClaimFilter = {}): Promise<ClaimView[]> {
  return (await store.listClaims(filter)).map(claimView);
}

export async function listSources(store: Store): Promise<SourceView[]> {
  const sources = await store.listSources();
  const claims = await store.listClaims({ currentOnly: true });
  const counts = new Map<string, { claims: number; events: Set<string> }>();
  for (const c of claims) {
    const n = counts.get(c.sourceId) ?? { claims: 0, events: new Set<string>() };
    n.claims++;
    if (c.eventId) n.events.add(c.eventId);
    counts.set(c.sourceId, n);
  }
  return sources.map((s) => ({
    ...s,
    claims: counts.get(s.id)?.claims ?? 0,
    events: counts.get(s.id)?.events.size ?? 0,
  }));
}

export async function getSource(store: Store, id: string): Promise<(SourceView & { claim_list: ClaimView[] }) | null> {
  const s = await store.getSource(id);
  if (!s) return null;
  const claims = (await store.listClaims({ sourceId: id, currentOnly: true })).map(claimView);
  return {
    ...s,
    claims: claims.length,
    events: new Set(claims.map((c) => c.event).filter((e) => e !== null)).size,
    claim_list: claims,
  };
}

export async function getArticle(store: Store, id: string): Promise<ArticleView | null> {
  const a = await store.getArticle(id);
  if (!a) return null;
  const [claims, members] = await Promise.all([
    store.listClaims({ articleId: id, currentOnly: false }),
    store.membersOfArticle(id),
  ]);
  return {
    ...articleRef(a),
    hash: a.hash,
    ingested_at: a.ingestedAt,
    text: a.text,
    claims: claims.map(claimView),
    events: [...new Set(members.map((m) => m.eventId))],
  };
}
