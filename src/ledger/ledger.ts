// The ledger: stores an article's claims and events and merges its events with the events already known.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { EventWhen, EventWhere, TallyEvent } from '../core/layers/claim.js';
import { TallyError } from '../core/errors.js';
import type { DocumentJson } from '../output/document.js';
import { claimView } from '../query/read.js';
import type {
  ArticleRecord,
  ClaimRecord,
  EventRecord,
  MemberRecord,
  PublishedFrom,
  SpanRecord,
  Store,
} from '../store/types.js';
import { blockKeys, dayOf, isoOf, matchEvents, MERGE_THRESHOLD } from './match.js';
import type { Interval, MatchInput } from './match.js';
import { reconcile } from './reconcile.js';
import { sourceId } from './sources.js';

export interface ArticleInput {
  readonly hash: string;
  readonly text: string;
  readonly url: string | null;
  readonly path: string | null;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly publishedFrom: PublishedFrom;
  readonly format: string;
}

export interface IngestResult {
  readonly status: 'new' | 'duplicate' | 'version';
  readonly articleId: string;
  /** Ledger events the article's events went into (created or merged). */
  readonly events: readonly string[];
  readonly merged: number;
  readonly created: number;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const now = (): string => new Date().toISOString();

export const articleIdOf = (hash: string): string => `a_${hash.slice(0, 16)}`;
export const articleKeyOf = (a: Pick<ArticleInput, 'url' | 'path' | 'hash'>): string =>
  a.url ? `url:${a.url}` : a.path && a.path !== '-' ? `path:${resolve(a.path)}` : `hash:${a.hash}`;

/** The days an event covers: as stated, else assumed from the publication date (the day before it and the day itself). */
export function intervalOf(when: EventWhen | null, published: string | null): Interval | null {
  if (when?.start) {
    const s = dayOf(when.start);
    const e = dayOf(when.end || when.start);
    if (!Number.isNaN(s) && !Number.isNaN(e)) return { start: Math.min(s, e), end: Math.max(s, e), assumed: false };
  }
  if (published) {
    const p = dayOf(published);
    if (!Number.isNaN(p)) return { start: p - 1, end: p, assumed: true };
  }
  return null;
}

const memberInput = (m: MemberRecord): MatchInput => ({
  type: m.event.type,
  where: m.event.where,
  interval: m.start && m.end ? { start: dayOf(m.start), end: dayOf(m.end), assumed: m.event.when === null } : null,
  initiator: m.event.initiator,
  weapons: m.event.weapons,
});

const eventInput = (e: EventRecord): MatchInput => ({
  type: e.type,
  where: e.where,
  interval: e.when
    ? {
        start: dayOf(e.when.start),
        end: dayOf(e.when.end || e.when.start),
        assumed: e.when.span === null && e.when.text.startsWith('about '),
      }
    : null,
  initiator: e.initiator,
  weapons: e.weapons,
});

function mode<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best ? best.v : null;
}

const specificity = (w: EventWhere): number =>
  (w.geonameid !== null ? 3 : 0) + (w.lat !== null ? 2 : 0) + (w.admin1 ? 1 : 0);

/** Recomputes an event from its current members: type, place, dates, details, blocking keys, estimates and the contested flag. */
export async function recomputeEvent(store: Store, eventId: string): Promise<void> {
  const e = await store.getEvent(eventId);
  if (!e) return;
  const members = await store.membersOfEvent(eventId, true);
  if (members.length === 0) {
    await store.updateEvent({ ...e, members: 0, updatedAt: now() });
    await store.setEventBlocks(eventId, []);
    await store.putEstimates(eventId, []);
    return;
  }
  const evs = members.map((m) => m.event);
  const type =
    mode(
      evs.map((v) => v.type),
      (t) => t,
    ) ?? e.type;
  const wheres = evs.map((v) => v.where).filter((w): w is EventWhere => w !== null);
  const top = Math.max(-1, ...wheres.map(specificity));
  const where = mode(
    wheres.filter((w) => specificity(w) === top),
    (w) => `${w.geonameid ?? ''}|${w.name}`,
  );
  const stated = members.filter((m) => m.event.when !== null && m.start && m.end);
  let when: EventWhen | null;
  if (stated.length > 0) {
    const m = mode(stated, (x) => `${x.start}|${x.end}`)!;
    when = { ...m.event.when!, start: m.start!, end: m.end! };
  } else {
    const m = members.find((x) => x.start && x.end);
    when = m ? { start: m.start!, end: m.end!, text: `about ${m.end!}`, span: null } : null;
  }
  const initiator = mode(
    evs.map((v) => v.initiator).filter((x): x is string => x !== null),
    (x) => x,
  );
  const target = mode(
    evs.map((v) => v.target).filter((x): x is string => x !== null),
    (x) => x,
  );
  const weapons = [...new Set(evs.flatMap((v) => v.weapons))];
  const claims = await store.listClaims({ eventId, currentOnly: false });
  const reports = reconcile(claims.map(claimView));
  const at = now();
  await store.putEstimates(
    eventId,
    reports.map((r) => ({
      eventId,
      kind: r.kind,
      convention: r.estimate.convention,
      low: r.estimate.low,
      best: r.estimate.best,
      high: r.estimate.high,
      contested: r.estimate.contested,
      trace: r.estimate.trace,
      computedAt: at,
    })),
  );
  const contested = reports.some((r) => r.estimate.contested);
  await store.updateEvent({
    ...e,
    type,
    where,
    when,
    initiator,
    target,
    weapons,
    members: members.length,
    contested,
    updatedAt: at,
  });
  const keys = new Set<string>();
  for (const m of members) {
    const iv = memberInput(m).interval;
    for (const k of blockKeys(m.event.where, iv, 0)) keys.add(k);
  }
  await store.setEventBlocks(eventId, [...keys]);
}

function claimRecords(
  doc: DocumentJson,
  articleId: string,
  published: string | null,
  outlet: string | null,
): ClaimRecord[] {
  const text = doc.text;
  return doc.claims.map((c) => {
    const slice = (s: readonly [number, number]): string => (text !== undefined ? text.slice(s[0], s[1]) : '');
    const mentions: SpanRecord[] = [
      { role: 'evidence', span: c.span, text: c.text },
      ...c.mentions
        .filter((m) => m[0] !== c.span[0] || m[1] !== c.span[1])
        .map((m): SpanRecord => ({ role: 'mention', span: m, text: slice(m) })),
      ...(c.source.span ? [{ role: 'source' as const, span: c.source.span, text: slice(c.source.span) }] : []),
    ];
    return {
      id: `${articleId}:${c.id}`,
      articleId,
      localId: c.id,
      localEvent: c.event,
      eventId: null,
      sourceId: sourceId(c.source, outlet),
      kind: c.kind,
      subject: c.subject,
      value: c.value,
      source: c.source,
      certainty: c.certainty,
      quote: c.quote,
      span: c.span,
      text: c.text,
      mentions,
      published,
      current: true,
    };
  });
}

/**
 * Stores one extracted article and merges its events into the ledger, in one transaction.
 * The same text again changes nothing; a new text under the same URL or path is a new version that supersedes the old one.
 */
export async function ingestDocument(store: Store, article: ArticleInput, doc: DocumentJson): Promise<IngestResult> {
  const id = articleIdOf(article.hash);
  const key = articleKeyOf(article);
  return store.transaction(async () => {
    const existing = await store.articleByHash(article.hash);
    if (existing) return { status: 'duplicate', articleId: existing.id, events: [], merged: 0, created: 0 };
    const previous = await store.currentArticleByKey(key);
    const record: ArticleRecord = { ...article, id, key, ingestedAt: now(), current: true, supersededBy: null };
    await store.insertArticle(record);
    const touched = new Set<string>();
    if (previous) {
      await store.supersedeArticle(previous.id, id);
      for (const m of await store.membersOfArticle(previous.id)) {
        touched.add(m.eventId);
        await store.logMerge({
          at: now(),
          action: 'supersede',
          eventId: m.eventId,
          memberId: m.id,
          otherEventId: null,
          score: null,
          reasons: [`article ${previous.id} superseded by its new version ${id}`],
        });
      }
    }
    const docWithText: DocumentJson = doc.text !== undefined ? doc : { ...doc, text: article.text };
    const claims = claimRecords(docWithText, id, article.published, article.outlet);
    for (const c of claims)
      await store.upsertSource({ id: c.sourceId, name: c.source.name, kind: c.source.kind, side: c.source.side });
    await store.insertClaims(claims);

    const constraints = await store.constraintsFor([key]);
    const cannot = new Set(constraints.filter((c) => c.kind === 'cannot_link').map((c) => (c.a === key ? c.b : c.a)));
    const used = new Set<string>();
    let merged = 0;
    let created = 0;
    const placed: MemberRecord[] = [];
    for (const ev of doc.events) {
      const interval = intervalOf(ev.when, article.published);
      const input: MatchInput = {
        type: ev.type,
        where: ev.where,
        interval,
        initiator: ev.initiator,
        weapons: ev.weapons,
      };
      const memberId = `${id}:${ev.id}`;
      let best: { eventId: string; score: number; reasons: string[] } | null = null;
      for (const candidate of await store.eventsInBlocks(blockKeys(ev.where, interval, 1))) {
        if (used.has(candidate)) continue;
        const members = await store.membersOfEvent(candidate, true);
        const keys = new Set(members.map((m) => m.articleKey));
        if (keys.has(key)) continue; // two events of one article are never one event
        if ([...keys].some((k) => cannot.has(k))) continue; // split apart by hand
        const e = await store.getEvent(candidate);
        if (!e) continue;
        const r = matchEvents(input, eventInput(e));
        if (r.rejected === null && r.score >= MERGE_THRESHOLD && (!best || r.score > best.score))
          best = { eventId: candidate, score: r.score, reasons: r.reasons };
      }
      const base = {
        id: memberId,
        articleId: id,
        articleKey: key,
        localId: ev.id,
        event: stripEvent(ev),
        start: interval ? isoOf(interval.start) : null,
        end: interval ? isoOf(interval.end) : null,
        manual: false,
        current: true,
      };
      let member: MemberRecord;
      if (best) {
        member = { ...base, eventId: best.eventId, score: best.score, reasons: best.reasons };
        await store.insertMember(member);
        await store.logMerge({
          at: now(),
          action: 'merge',
          eventId: best.eventId,
          memberId,
          otherEventId: null,
          score: best.score,
          reasons: best.reasons,
        });
        merged++;
      } else {
        const eventId = `ev_${sha(memberId).slice(0, 12)}`;
        const at = now();
        await store.insertEvent({
          id: eventId,
          type: ev.type,
          where: ev.where,
          when: ev.when,
          initiator: ev.initiator,
          target: ev.target,
          weapons: ev.weapons,
          createdAt: at,
          updatedAt: at,
          members: 0,
          contested: false,
        });
        member = { ...base, eventId, score: null, reasons: ['no earlier event matched'] };
        await store.insertMember(member);
        await store.logMerge({
          at,
          action: 'create',
          eventId,
          memberId,
          otherEventId: null,
          score: null,
          reasons: member.reasons,
        });
        created++;
      }
      used.add(member.eventId);
      touched.add(member.eventId);
      placed.push(member);
      await store.assignClaims(id, ev.id, member.eventId);
    }
    // Merges made by hand earlier: this article's best-matching event joins the event that holds the linked article.
    for (const c of constraints.filter((x) => x.kind === 'must_link')) {
      const other = c.a === key ? c.b : c.a;
      const target = await eventOfArticleKey(store, other);
      if (!target || placed.length === 0 || placed.some((m) => m.eventId === target)) continue;
      const te = await store.getEvent(target);
      if (!te) continue;
      const scored = placed
        .map((m) => ({ m, r: matchEvents(memberInput(m), eventInput(te)) }))
        .sort((x, y) => y.r.score - x.r.score);
      const pick = scored[0]!;
      const reasons = [`merged by hand earlier with article ${other}`, ...pick.r.reasons];
      await moveMember(store, pick.m, target, pick.r.score, reasons, true);
      touched.add(target);
      if (pick.m.eventId !== target) touched.add(pick.m.eventId);
      await store.logMerge({
        at: now(),
        action: 'manual_merge',
        eventId: target,
        memberId: pick.m.id,
        otherEventId: pick.m.eventId,
        score: pick.r.score,
        reasons,
      });
    }
    for (const t of touched) await recomputeEvent(store, t);
    return {
      status: previous ? 'version' : 'new',
      articleId: id,
      events: [...new Set(placed.map((m) => m.eventId))],
      merged,
      created,
    };
  });
}

function stripEvent(ev: TallyEvent): TallyEvent {
  return ev;
}

async function eventOfArticleKey(store: Store, key: string): Promise<string | null> {
  const a = await store.currentArticleByKey(key);
  if (!a) return null;
  const ms = (await store.membersOfArticle(a.id)).filter((m) => m.current);
  return ms[0]?.eventId ?? null;
}

async function moveMember(
  store: Store,
  m: MemberRecord,
  eventId: string,
  score: number | null,
  reasons: readonly string[],
  manual: boolean,
): Promise<void> {
  await store.moveMember(m.id, eventId, score, reasons, manual);
  await store.assignClaims(m.articleId, m.localId, eventId);
}

/** Takes an article's part out of an event into an event of its own, and remembers that they must stay apart. */
export async function splitArticle(store: Store, eventId: string, articleId: string): Promise<string> {
  return store.transaction(async () => {
    const members = await store.membersOfEvent(eventId);
    const moving = members.filter((m) => m.articleId === articleId);
    if (moving.length === 0)
      throw new TallyError('E_NOT_FOUND', `article ${articleId} is not part of event ${eventId}`);
    const staying = members.filter((m) => m.articleId !== articleId && m.current);
    if (staying.length === 0)
      throw new TallyError('E_USAGE', `event ${eventId} holds only article ${articleId}; nothing to split`);
    const e = await store.getEvent(eventId);
    if (!e) throw new TallyError('E_NOT_FOUND', `no event ${eventId}`);
    const at = now();
    const newId = `ev_${sha(`${moving.map((m) => m.id).join(',')}|split|${at}`).slice(0, 12)}`;
    const first = moving[0]!.event;
    await store.insertEvent({
      id: newId,
      type: first.type,
      where: first.where,
      when: first.when,
      initiator: first.initiator,
      target: first.target,
      weapons: first.weapons,
      createdAt: at,
      updatedAt: at,
      members: 0,
      contested: false,
    });
    const reasons = [`split by hand out of ${eventId}`];
    for (const m of moving) await moveMember(store, m, newId, null, reasons, true);
    const key = moving[0]!.articleKey;
    for (const k of new Set(staying.map((m) => m.articleKey))) {
      if (k !== key)
        await store.addConstraint({
          kind: 'cannot_link',
          a: key,
          b: k,
          createdAt: at,
          note: `split ${articleId} out of ${eventId}`,
        });
    }
    await store.logMerge({
      at,
      action: 'split',
      eventId,
      memberId: moving[0]!.id,
      otherEventId: newId,
      score: null,
      reasons,
    });
    await recomputeEvent(store, eventId);
    await recomputeEvent(store, newId);
    return newId;
  });
}

/** Merges event `from` into event `into` by hand, and remembers that their articles belong together. */
export async function mergeEvents(store: Store, into: string, from: string): Promise<void> {
  if (into === from) throw new TallyError('E_USAGE', 'give two different events');
  await store.transaction(async () => {
    const [a, b] = await Promise.all([store.getEvent(into), store.getEvent(from)]);
    if (!a) throw new TallyError('E_NOT_FOUND', `no event ${into}`);
    if (!b) throw new TallyError('E_NOT_FOUND', `no event ${from}`);
    const ma = await store.membersOfEvent(into, true);
    const mb = await store.membersOfEvent(from, true);
    if (mb.length === 0) throw new TallyError('E_USAGE', `event ${from} has no current articles to merge`);
    const at = now();
    const reasons = [`merged by hand: ${from} into ${into}`];
    for (const m of mb) await moveMember(store, m, into, null, reasons, true);
    const keysA = new Set(ma.map((m) => m.articleKey));
    const keysB = new Set(mb.map((m) => m.articleKey));
    for (const x of keysA)
      for (const y of keysB)
        if (x !== y)
          await store.addConstraint({
            kind: 'must_link',
            a: x,
            b: y,
            createdAt: at,
            note: `merged ${from} into ${into}`,
          });
    await store.logMerge({
      at,
      action: 'manual_merge',
      eventId: into,
      memberId: null,
      otherEventId: from,
      score: null,
      reasons,
    });
    await recomputeEvent(store, into);
    await recomputeEvent(store, from);
  });
}
