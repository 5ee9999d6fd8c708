// The analyst's pages, rendered on the server: events (map, timeline, filterable list), one event, sources, one source, one article.
import type { ClaimKind } from '../core/layers/claim.js';
import { figureText } from '../ledger/reconcile.js';
import { getSource } from '../query/read.js';
import type { ClaimView, EventSummary, KindReport } from '../query/types.js';
import type { EventRecord, Store } from '../store/types.js';
import {
  articleDetail,
  CLAIM_KINDS,
  eventDetail,
  eventQuery,
  queryEvents,
  querySources,
  sourceQuery,
} from '../api/query.js';
import type { ArticleDetailView, BBox } from '../api/query.js';
import { renderFigureChart, renderTimeline } from './charts.js';
import { html, safeUrl } from './html.js';
import type { Html, HtmlValue } from './html.js';
import { KIND_COLOURS, REGIONS, dateLabel, eventBounds, leading, placeLabel, renderMap } from './map.js';
import { anchorId, renderText } from './text.js';

type Params = Readonly<Record<string, string | undefined>>;

export const eventHref = (id: string): string => `/events/${encodeURIComponent(id)}`;
export const sourceHref = (id: string): string => `/sources/${encodeURIComponent(id)}`;
export const articleHref = (id: string): string => `/articles/${encodeURIComponent(id)}`;

export function layout(title: string, body: Html, current: 'events' | 'sources' | 'other' = 'other'): Html {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · Tally</title>
        <link rel="stylesheet" href="/static/app.css" />
        <script src="/static/app.js" defer></script>
      </head>
      <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
          <a class="brand" href="/">Tally</a>
          <nav aria-label="Main">
            <a href="/" ${current === 'events' ? html` aria-current="page"` : ''}>Events</a>
            <a href="/sources" ${current === 'sources' ? html` aria-current="page"` : ''}>Sources</a>
            <a href="/api/openapi.json">API</a>
          </nav>
        </header>
        <main id="main">${body}</main>
        <footer>
          Tally keeps the ledger of who says what happened. Figures are claims, shown as stated, with their hedges.
        </footer>
      </body>
    </html> `;
}

export const errorPage = (status: number, message: string): Html =>
  layout(
    `${status}`,
    html`<h1>${status === 404 ? 'Not found' : 'Something went wrong'}</h1>
      <p>${message}</p>
      <p><a href="/">Back to the events</a></p>`,
  );

const sideBadge = (side: string | null): Html =>
  side
    ? html`<span class="side" title="side">${side}</span>`
    : html`<span class="side none" title="side unknown">?</span>`;
const kindBadge = (k: ClaimKind): Html =>
  html`<span class="kind"><span class="swatch" data-kind="${k}" aria-hidden="true"></span>${k}</span>`;
const qs = (p: Params, over: Record<string, string | null> = {}): string => {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...p, ...over })) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  const s = u.toString();
  return s ? `?${s}` : '';
};

function estimatesLine(e: EventSummary): Html {
  const parts = e.estimates.filter((s) => s.best !== null);
  if (parts.length === 0) return html`<span class="muted">no figure</span>`;
  return html`${parts.map((s, i) => html`${i > 0 ? ', ' : ''}${s.kind} <strong>${s.best}</strong> <span class="muted">(${s.low ?? '?'}–${s.high ?? '?'})</span>`)}`;
}

const FILTER_KEYS = ['q', 'since', 'until', 'place', 'kind', 'side', 'contested', 'bbox', 'view'] as const;

/** The events view: filters, the map (with a region select and zoom), the timeline and the list. */
export async function eventsPage(store: Store, params: Params): Promise<Html> {
  const p: Record<string, string | undefined> = {};
  for (const k of [...FILTER_KEYS, 'limit', 'offset'] as const) if (params[k]) p[k] = params[k];
  const q = eventQuery(p, 50);
  const all = await queryEvents(store, { ...q, limit: null, offset: 0 });
  const pageItems = all.items.slice(q.offset, q.offset + (q.limit ?? 50));
  const view = p['view'] && REGIONS[p['view']] ? p['view'] : 'events';
  const bbox: BBox | null = view === 'events' ? (q.bbox ?? eventBounds(all.items)) : (REGIONS[view]?.bbox ?? null);
  const sides = [
    ...new Set(
      (await querySources(store, sourceQuery({}, null))).items
        .map((s) => s.side)
        .filter((s): s is string => s !== null),
    ),
  ].sort();
  const kindsPresent = [...new Set(all.items.map((e) => leading(e).kind))];
  const limit = q.limit ?? 50;
  const prev = q.offset > 0 ? qs(p, { offset: String(Math.max(0, q.offset - limit)) }) : null;
  const next = q.offset + limit < all.total ? qs(p, { offset: String(q.offset + limit) }) : null;
  const apiQs = qs({ ...p, view: undefined, offset: undefined, limit: undefined });
  const filtered = FILTER_KEYS.some((k) => k !== 'view' && p[k]);
  return layout(
    'Events',
    html`<h1>Events</h1>
      <form class="filters" method="get" action="/" role="search" aria-label="Filter events">
        <label
          >Search <input type="search" name="q" value="${p['q'] ?? ''}" placeholder="place, source, words…"
        /></label>
        <label>Since <input type="date" name="since" value="${p['since'] ?? ''}" /></label>
        <label>Until <input type="date" name="until" value="${p['until'] ?? ''}" /></label>
        <label>Place <input type="text" name="place" value="${p['place'] ?? ''}" size="12" /></label>
        <label
          >Kind
          <select name="kind">
            <option value="">any</option>
            ${CLAIM_KINDS.map((k) => html`<option value="${k}" ${p['kind'] === k ? html` selected` : ''}>${k}</option>`)}
          </select></label
        >
        <label
          >Side
          <select name="side">
            <option value="">any</option>
            ${sides.map((s) => html`<option value="${s}" ${p['side']?.toUpperCase() === s ? html` selected` : ''}>${s}</option>`)}
          </select></label
        >
        <label class="check"
          ><input type="checkbox" name="contested" value="1" ${p['contested'] === '1' ? html` checked` : ''} />
          contested only</label
        >
        ${p['bbox'] ? html`<input type="hidden" name="bbox" value="${p['bbox']}" />` : ''}
        <input type="hidden" name="view" value="${view}" />
        <button type="submit">Apply</button>${filtered ? html` <a class="button secondary" href="/">Clear</a>` : ''}
      </form>
      <section class="map-panel" aria-labelledby="map-h">
        <div class="panel-head">
          <h2 id="map-h">Map</h2>
          <form class="region" method="get" action="/">
            ${FILTER_KEYS.filter((k) => k !== 'view' && p[k]).map((k) => html`<input type="hidden" name="${k}" value="${p[k] ?? ''}" />`)}
            <label
              >Region
              <select name="view" data-autosubmit>
                ${Object.entries(REGIONS).map(([k, r]) => html`<option value="${k}" ${k === view ? html` selected` : ''}>${r.label}</option>`)}
              </select></label
            >
            <button type="submit" class="secondary">Show</button>
          </form>
          <div class="zoom-buttons" role="group" aria-label="Zoom the map">
            <button type="button" data-zoom="in" aria-label="Zoom in">+</button
            ><button type="button" data-zoom="out" aria-label="Zoom out">−</button
            ><button type="button" data-zoom="reset">Reset</button>
          </div>
        </div>
        ${renderMap(all.items, bbox, eventHref)}
        <p class="legend" aria-label="Legend">
          ${kindsPresent.length ? kindsPresent.map((k) => html`${kindBadge(k)} `) : html`<span class="muted">no events</span>`}<span
            class="muted"
            >· marks sized by best estimate; unlocated events are listed below.</span
          >
        </p>
      </section>
      <section aria-labelledby="tl-h">
        <h2 id="tl-h">Timeline</h2>
        ${renderTimeline(all.items, eventHref)}
      </section>
      <section aria-labelledby="list-h">
        <div class="panel-head">
          <h2 id="list-h">${all.total} event${all.total === 1 ? '' : 's'}</h2>
          <p class="downloads">
            Download: <a href="/api/events.csv${apiQs}">CSV</a> · <a href="/api/events.geojson${apiQs}">GeoJSON</a> ·
            <a href="/api/events${apiQs}">JSON</a>
          </p>
        </div>
        ${
          pageItems.length === 0
            ? html`<p class="empty">
                No events match.
                ${filtered ? html`<a href="/">Clear the filters</a>.` : html`Ingest articles with <code>tally ingest</code> or POST /api/articles.`}
              </p>`
            : html`<table class="events">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Event</th>
                    <th scope="col">Place</th>
                    <th scope="col">Figures (best, low–high)</th>
                    <th scope="col">Sources</th>
                    <th scope="col">Articles</th>
                  </tr>
                </thead>
                <tbody>
                  ${pageItems.map(
                    (e) =>
                      html`<tr>
                        <td class="nowrap">${dateLabel(e)}</td>
                        <td>
                          <a href="${eventHref(e.id)}">${e.type}</a
                          >${e.contested ? html` <span class="badge contested">contested</span>` : ''}
                        </td>
                        <td>${placeLabel(e)}</td>
                        <td>${estimatesLine(e)}</td>
                        <td>
                          ${[...new Map(e.claims.map((c) => [c.source.id, c.source])).values()].map((s) => html`<a class="source-chip" href="${sourceHref(s.id)}">${s.name}${s.side ? ` (${s.side})` : ''}</a> `)}
                        </td>
                        <td>${e.articles.length}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
        }
        ${prev || next ? html`<nav class="pager" aria-label="Pages">${prev ? html`<a href="/${prev}" rel="prev">← Previous</a>` : ''} <span>${q.offset + 1}–${Math.min(all.total, q.offset + limit)} of ${all.total}</span> ${next ? html`<a href="/${next}" rel="next">Next →</a>` : ''}</nav>` : ''}
      </section>`,
    'events',
  );
}

function claimCell(c: ClaimView): Html {
  const stated = c.value
    ? c.value.text
    : c.kind === 'responsibility'
      ? c.subject
        ? `blames ${c.subject}`
        : 'attributes responsibility'
      : 'statement';
  const hedge = c.value && c.value.qualifier !== 'exact' ? c.value.qualifier.replace(/_/g, ' ') : null;
  return html`<div class="claim-cell${c.current ? '' : ' superseded'}">
    <a class="claim" href="#${anchorId(c.id)}" data-claim="${c.id}" title="Show the evidence in the article"
      >${stated}</a
    >
    <span class="meta"
      >${hedge ? html`<span class="hedge" title="hedge">${hedge}</span> ` : ''}<span
        class="cert cert-${c.certainty}"
        title="certainty"
        >${c.certainty}</span
      >${c.quote ? html` <span class="muted" title="quoted">“quote”</span>` : ''}${c.published ? html` <span class="muted">${c.published}</span>` : ''}${c.current ? '' : html` <span class="muted">(older version)</span>`}</span
    >
  </div>`;
}

function estimateBlock(k: KindReport): Html {
  const s = k.estimate;
  const chart = renderFigureChart(k);
  return html`<section class="estimate" aria-labelledby="est-${k.kind}">
    <h3 id="est-${k.kind}">${kindBadge(k.kind)}</h3>
    <p class="figures">
      ${s.best !== null ? html`best <strong>${s.best}</strong>, low ${s.low ?? '?'}, high ${s.high ?? '?'}` : html`<span class="muted">no estimate</span>`}${s.contested ? html` <span class="badge contested">contested</span>` : ''}
      <span class="muted">· rule ${s.convention}</span>
    </p>
    <details open>
      <summary>How the estimate was made</summary>
      <ol class="trace">
        ${s.trace.map((t) => html`<li>${t}</li>`)}
      </ol>
    </details>
    ${
      k.contradictions.length
        ? html`<ul class="contradictions">
            ${k.contradictions.map((x) => html`<li>${x.reason}</li>`)}
          </ul>`
        : ''
    }
    ${
      chart
        ? html`<figure>
            ${chart}
            <figcaption>${k.kind}: each figure as stated, on the day it was published</figcaption>
          </figure>`
        : ''
    }
  </section>`;
}

function articleBlock(a: ArticleDetailView, heading: 'h2' | 'h3'): Html {
  const link = safeUrl(a.url);
  const title = a.title ?? a.id;
  return html`<article class="text" id="art-${a.id}" aria-label="${title}">
    ${heading === 'h3' ? html`<h3><a href="${articleHref(a.id)}">${title}</a></h3>` : ''}
    <p class="meta">
      ${a.outlet ? html`${a.outlet} · ` : ''}${a.published ?? 'undated'}
      <span class="muted">(${a.published_from})</span
      >${link ? html` · <a href="${link}" rel="noopener noreferrer nofollow">${a.url ?? ''}</a>` : a.path ? html` · <code>${a.path}</code>` : ''}${a.current ? '' : html` · <span class="badge">superseded</span>`}
    </p>
    <div class="body">${renderText(a.text, a.spans)}</div>
  </article>`;
}

const LEGEND = html`<p class="legend text-legend">
  <mark class="ev">evidence</mark> <span class="src">source</span> <span class="place">place</span>
  <span class="time">time</span> <mark class="ev legend-active">selected claim</mark>
</p>`;

export async function eventPage(store: Store, id: string): Promise<Html | null> {
  const e = await eventDetail(store, id);
  if (!e) return null;
  const byId = new Map<string, ClaimView>();
  for (const k of e.kinds) for (const c of k.claims) byId.set(c.id, c);
  const articles: ArticleDetailView[] = [];
  for (const a of e.articles) {
    const d = await articleDetail(store, a.id);
    if (d) articles.push(d);
  }
  const cols = e.side_by_side.kinds;
  return layout(
    `${e.type} in ${placeLabel(e)}`,
    html`<p class="crumbs"><a href="/">Events</a> › ${e.id}</p>
      <h1>
        ${e.type} in ${placeLabel(e)}
        <span class="muted">${dateLabel(e)}</span
        >${e.contested ? html` <span class="badge contested">contested</span>` : ''}
      </h1>
      <p class="facts">
        ${e.where?.admin1 ? html`Region ${e.where.admin1}. ` : ''}${e.where?.lat != null && e.where.lon != null ? html`${e.where.lat.toFixed(3)}, ${e.where.lon.toFixed(3)}. ` : ''}${e.initiator ? html`Initiator: ${e.initiator}. ` : ''}${e.target ? html`Target: ${e.target}. ` : ''}${e.weapons.length ? html`Weapons: ${e.weapons.join(', ')}. ` : ''}<a
          href="/api/events/${encodeURIComponent(e.id)}"
          >JSON</a
        >
      </p>
      <section aria-labelledby="claims-h">
        <h2 id="claims-h">Claims side by side</h2>
        ${
          e.side_by_side.rows.length === 0
            ? html`<p class="empty">No claims.</p>`
            : html`<div class="scroll">
                  <table class="claims">
                    <thead>
                      <tr>
                        <th scope="col">Source</th>
                        <th scope="col">Side</th>
                        ${cols.map((k) => html`<th scope="col">${kindBadge(k)}</th>`)}
                      </tr>
                    </thead>
                    <tbody>
                      ${e.side_by_side.rows.map(
                        (r) =>
                          html`<tr data-source="${r.source.id}">
                            <th scope="row">
                              <a href="${sourceHref(r.source.id)}">${r.source.name}</a>
                              <span class="muted">${r.source.kind}</span>
                            </th>
                            <td>${sideBadge(r.source.side)}</td>
                            ${cols.map((k) => {
                              const ids = r.claims[k] ?? [];
                              return html`<td data-kind="${k}">
                                ${ids.map((cid) => {
                                  const c = byId.get(cid);
                                  return c ? claimCell(c) : '';
                                })}
                              </td>`;
                            })}
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>
                <p class="hint muted">Select a figure to see where the article says it.</p>`
        }
      </section>
      <section aria-labelledby="est-h">
        <h2 id="est-h">Estimates</h2>
        <div class="estimates">${e.kinds.map(estimateBlock)}</div>
      </section>
      <section aria-labelledby="art-h">
        <h2 id="art-h">Articles (${articles.length})</h2>
        ${LEGEND}
        <div class="articles">${articles.map((a) => articleBlock(a, 'h3'))}</div>
      </section>
      <section aria-labelledby="mem-h">
        <h2 id="mem-h">Why these articles are one event</h2>
        <table class="members">
          <thead>
            <tr>
              <th scope="col">Article event</th>
              <th scope="col">As reported</th>
              <th scope="col">Score</th>
              <th scope="col">Reasons</th>
            </tr>
          </thead>
          <tbody>
            ${e.members.map(
              (m) =>
                html`<tr>
                  <td>
                    <a href="${articleHref(m.article)}">${m.id}</a
                    >${m.manual ? ' (by hand)' : ''}${m.current ? '' : ' (superseded)'}
                  </td>
                  <td>${m.type} @ ${m.where ?? '?'}, ${m.when ?? '?'}</td>
                  <td>${m.score ?? '–'}</td>
                  <td>${m.reasons.join('; ')}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </section>`,
  );
}

export async function sourcesPage(store: Store, params: Params): Promise<Html> {
  const q = sourceQuery({ q: params['q'], side: params['side'] }, null);
  const sources = await querySources(store, q);
  return layout(
    'Sources',
    html`<h1>Sources</h1>
      <form class="filters" method="get" action="/sources" role="search">
        <label>Search <input type="search" name="q" value="${params['q'] ?? ''}" /></label
        ><button type="submit">Apply</button> <a href="/api/sources.csv">CSV</a>
      </form>
      <table class="sources">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">Side</th>
            <th scope="col">Claims</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          ${sources.items.map(
            (s) =>
              html`<tr>
                <td><a href="${sourceHref(s.id)}">${s.name}</a></td>
                <td>${s.kind}</td>
                <td>${sideBadge(s.side)}</td>
                <td>${s.claims}</td>
                <td>${s.events}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
    'sources',
  );
}

export async function sourcePage(store: Store, id: string): Promise<Html | null> {
  const s = await getSource(store, id);
  if (!s) return null;
  const events = new Map<string, EventRecord | null>();
  const titles = new Map<string, string | null>();
  for (const c of s.claim_list) {
    if (c.event && !events.has(c.event)) events.set(c.event, await store.getEvent(c.event));
    if (!titles.has(c.article)) titles.set(c.article, (await store.getArticle(c.article))?.title ?? null);
  }
  return layout(
    s.name,
    html`<p class="crumbs"><a href="/sources">Sources</a> › ${s.id}</p>
      <h1>${s.name} ${sideBadge(s.side)}</h1>
      <p class="facts">
        ${s.kind} · ${s.claims} claim${s.claims === 1 ? '' : 's'} about ${s.events} event${s.events === 1 ? '' : 's'} ·
        <a href="/api/sources/${encodeURIComponent(s.id)}">JSON</a> ·
        <a href="/api/claims.csv?source=${encodeURIComponent(s.id)}">CSV</a>
      </p>
      <table class="source-claims">
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Kind</th>
            <th scope="col">Figure as stated</th>
            <th scope="col">Certainty</th>
            <th scope="col">Published</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          ${s.claim_list.map((c) => {
            const ev = c.event ? events.get(c.event) : null;
            return html`<tr>
              <td>
                ${ev ? html`<a href="${eventHref(ev.id)}">${ev.type} in ${placeLabel(ev)}</a><br /><span class="muted">${dateLabel(ev)}</span>` : html`<span class="muted">no event</span>`}
              </td>
              <td>${kindBadge(c.kind)}</td>
              <td>${c.value?.text ?? (c.subject ? `— (${c.subject})` : '—')}</td>
              <td><span class="cert cert-${c.certainty}">${c.certainty}</span></td>
              <td class="nowrap">${c.published ?? ''}</td>
              <td>
                <q>${c.evidence}</q>
                <a href="${articleHref(c.article)}#${anchorId(c.id)}">${titles.get(c.article) ?? 'article'}</a>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>`,
    'sources',
  );
}

export async function articlePage(store: Store, id: string): Promise<Html | null> {
  const a = await articleDetail(store, id);
  if (!a) return null;
  const claimList: HtmlValue = a.claims.map(
    (c) =>
      html`<li>
        <a class="claim" href="#${anchorId(c.id)}" data-claim="${c.id}">${c.kind}: ${figureText(c.value)}</a>
        <span class="muted">— ${c.source.name}${c.source.side ? ` (${c.source.side})` : ''}, ${c.certainty}</span
        >${c.event ? html` · <a href="${eventHref(c.event)}">event</a>` : ''}
      </li>`,
  );
  return layout(
    a.title ?? a.id,
    html`<p class="crumbs"><a href="/">Events</a> › ${a.id}</p>
      <h1>${a.title ?? a.id}</h1>
      <div class="article-layout">
        <div>${LEGEND}${articleBlock(a, 'h2')}</div>
        <aside aria-labelledby="ac-h">
          <h2 id="ac-h">Claims (${a.claims.length})</h2>
          <ul class="claim-list">
            ${claimList}
          </ul>
          ${
            a.events.length
              ? html`<h2>Events</h2>
                  <ul>
                    ${a.events.map((ev) => html`<li><a href="${eventHref(ev)}">${ev}</a></li>`)}
                  </ul>`
              : ''
          }
          <p><a href="/api/articles/${encodeURIComponent(a.id)}">JSON with spans</a></p>
        </aside>
      </div>`,
  );
}

export const KIND_CSS = (): string =>
  Object.entries(KIND_COLOURS)
    .map(([k, c]) => `.swatch[data-kind="${k}"]{background:${c}}`)
    .join('\n');
