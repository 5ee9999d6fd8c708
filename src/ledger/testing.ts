// Builds document JSON by hand from invented text, for tests and benchmarks: spans are found in the text, never typed in.
import { createHash } from 'node:crypto';
import type { Certainty, Claim, ClaimKind, EventWhere, TallyEvent } from '../core/layers/claim.js';
import type { Qualifier } from '../core/layers/quantity.js';
import type { SourceKind } from '../core/layers/source.js';
import type { Span } from '../core/span.js';
import type { DocumentJson } from '../output/document.js';
import type { ArticleInput } from './ledger.js';

export interface PlaceSpec {
  readonly name: string;
  readonly admin1?: string | null;
  readonly country: string | null;
  readonly lat?: number | null;
  readonly lon?: number | null;
  readonly geonameid?: number | null;
  readonly alt_names?: readonly string[];
}

export interface EventSpec {
  readonly id: string;
  /** Text in the article that names the event (its span is found). */
  readonly phrase: string;
  readonly type: string;
  readonly place: PlaceSpec | null;
  readonly start: string | null;
  readonly end?: string;
  readonly initiator?: string | null;
  readonly target?: string | null;
  readonly weapons?: readonly string[];
}

export interface ClaimSpec {
  readonly id: string;
  readonly phrase: string;
  readonly event: string | null;
  readonly kind: ClaimKind;
  readonly subject?: string | null;
  readonly number?: number | null;
  readonly qualifier?: Qualifier;
  readonly low?: number | null;
  readonly high?: number | null;
  readonly figure?: string;
  readonly source: string;
  readonly sourceKind?: SourceKind;
  readonly side?: string | null;
  readonly certainty?: Certainty;
}

function spanOf(text: string, phrase: string): Span {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`phrase not in text: ${phrase}`);
  return [i, i + phrase.length];
}

export function placeOf(p: PlaceSpec, span: Span | null): EventWhere {
  return {
    name: p.name,
    alt_names: p.alt_names ?? [],
    admin1: p.admin1 ?? null,
    country: p.country,
    lat: p.lat ?? null,
    lon: p.lon ?? null,
    geonameid: p.geonameid ?? null,
    span,
  };
}

export function makeDocument(spec: {
  readonly id: string;
  readonly text: string;
  readonly published: string | null;
  readonly outlet?: string | null;
  readonly url?: string | null;
  readonly events: readonly EventSpec[];
  readonly claims: readonly ClaimSpec[];
}): DocumentJson {
  const text = spec.text;
  const events: TallyEvent[] = spec.events.map((e) => {
    const span = spanOf(text, e.phrase);
    return {
      id: e.id,
      type: e.type,
      span,
      text: e.phrase,
      when: e.start ? { start: e.start, end: e.end ?? e.start, text: e.phrase, span } : null,
      where: e.place ? placeOf(e.place, span) : null,
      initiator: e.initiator ?? null,
      target: e.target ?? null,
      weapons: e.weapons ?? [],
    };
  });
  const claims = spec.claims.map((c, i) => {
    const span = spanOf(text, c.phrase);
    const n = c.number ?? null;
    const q: Qualifier = c.qualifier ?? (n === null ? 'vague' : 'exact');
    const claim = {
      id: c.id,
      event: c.event,
      kind: c.kind,
      subject: c.subject ?? null,
      value:
        c.kind === 'responsibility'
          ? null
          : {
              text: c.figure ?? String(n ?? ''),
              number: n,
              qualifier: q,
              low: c.low !== undefined ? c.low : q === 'exact' ? n : null,
              high: c.high !== undefined ? c.high : q === 'exact' ? n : null,
            },
      source: { name: c.source, kind: c.sourceKind ?? 'official', side: c.side ?? null, span: null, entity: null },
      certainty: c.certainty ?? 'asserted',
      quote: false,
      span,
      text: c.phrase,
      mentions: [span],
      sentence: i,
      figure: null,
    };
    return claim satisfies Claim;
  });
  return {
    article: {
      id: spec.id,
      title: text.split('\n', 1)[0] ?? null,
      published: spec.published,
      published_from: 'argument',
      outlet: spec.outlet ?? null,
      url: spec.url ?? null,
      language: 'en',
    },
    events,
    claims,
    notes: [],
  };
}

export function articleInput(
  text: string,
  opts: { path?: string | null; url?: string | null; published?: string | null; outlet?: string | null } = {},
): ArticleInput {
  return {
    hash: createHash('sha256').update(text).digest('hex'),
    text,
    url: opts.url ?? null,
    path: opts.path ?? null,
    title: text.split('\n', 1)[0] ?? null,
    outlet: opts.outlet ?? null,
    published: opts.published ?? null,
    publishedFrom: opts.published ? 'argument' : 'none',
    format: 'text',
  };
}
