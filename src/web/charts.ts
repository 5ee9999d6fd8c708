// Small SVG charts drawn here: the timeline of events and an event's figure timeline (figures as stated, by source, over publication dates).
import type { KindReport, EventSummary } from '../query/types.js';
import { html } from './html.js';
import type { Html } from './html.js';
import { KIND_COLOURS, dateLabel, leading, placeLabel } from './map.js';

const DAY = 86_400_000;
const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY);
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

function ticks(min: number, max: number, n: number): number[] {
  if (max <= min) return [min];
  const out: number[] = [];
  for (let i = 0; i <= n; i++) out.push(Math.round(min + ((max - min) * i) / n));
  return [...new Set(out)];
}

/** Events along a time axis, one linked dot each (stacked when they share a day). */
export function renderTimeline(events: readonly EventSummary[], eventHref: (id: string) => string): Html {
  const dated = events.filter((e) => e.when && !Number.isNaN(dayOf(e.when.start)));
  const w = 960;
  const left = 40;
  const right = 40;
  if (dated.length === 0) return html`<p class="empty">No dated events to place on the timeline.</p>`;
  let min = Math.min(...dated.map((e) => dayOf(e.when!.start)));
  let max = Math.max(...dated.map((e) => dayOf(e.when!.end || e.when!.start)));
  if (max - min < 14) {
    const mid = Math.round((min + max) / 2);
    [min, max] = [mid - 7, mid + 7];
  }
  const x = (d: number): number => left + ((d - min) / (max - min)) * (w - left - right);
  const stack = new Map<number, number>();
  const dots = dated.map((e) => {
    const d = dayOf(e.when!.start);
    const level = stack.get(d) ?? 0;
    stack.set(d, level + 1);
    return { e, d, level };
  });
  const levels = Math.max(1, ...[...stack.values()]);
  const h = 56 + levels * 16;
  const axisY = h - 28;
  return html`<svg class="timeline" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="timeline-title">
    <title id="timeline-title">Timeline of ${dated.length} dated events, ${isoOf(min)} to ${isoOf(max)}</title>
    <line class="axis" x1="${left}" x2="${w - right}" y1="${axisY}" y2="${axisY}" />
    ${ticks(min, max, 6).map((t) => html`<g class="tick"><line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${axisY}" y2="${axisY + 5}" /><text x="${x(t).toFixed(1)}" y="${axisY + 19}" text-anchor="middle">${isoOf(t)}</text></g>`)}
    ${dots.map(({ e, d, level }) => {
      const lead = leading(e);
      const end = e.when!.end ? dayOf(e.when!.end) : d;
      const cy = axisY - 14 - level * 16;
      const text = `${e.type} in ${placeLabel(e)}, ${dateLabel(e)}`;
      return html`<a class="mark" href="${eventHref(e.id)}" aria-label="${text}"
        >${end > d ? html`<line class="span" x1="${x(d).toFixed(1)}" x2="${x(end).toFixed(1)}" y1="${cy}" y2="${cy}" stroke="${KIND_COLOURS[lead.kind]}" />` : ''}<circle
          cx="${x(d).toFixed(1)}"
          cy="${cy}"
          r="6"
          fill="${KIND_COLOURS[lead.kind]}"
          ><title>${text}</title></circle
        ></a
      >`;
    })}
  </svg>`;
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2'];

/** The figures of one kind as they were published: a point (and a low–high bar) per statement, a line per source. */
export function renderFigureChart(k: KindReport): Html | null {
  const entries = k.timeline.filter((t) => t.published && (t.low !== null || t.high !== null));
  if (entries.length === 0) return null;
  const w = 640;
  const h = 240;
  const m = { l: 48, r: 150, t: 16, b: 34 };
  const days = entries.map((t) => dayOf(t.published!));
  let min = Math.min(...days);
  let max = Math.max(...days);
  if (max - min < 2) [min, max] = [min - 1, max + 1];
  const top = Math.max(1, ...entries.map((t) => t.high ?? t.low ?? 0)) * 1.15;
  const x = (d: number): number => m.l + ((d - min) / (max - min)) * (w - m.l - m.r);
  const y = (v: number): number => h - m.b - (v / top) * (h - m.t - m.b);
  const sources = [...new Set(entries.map((t) => t.source))];
  const colour = (s: string): string => PALETTE[sources.indexOf(s) % PALETTE.length] ?? '#333';
  const yTicks = ticks(0, Math.ceil(top), 4);
  const dayTicks = ticks(min, max, Math.min(4, max - min));
  return html`<svg class="figure-chart" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="fig-${k.kind}-title">
    <title id="fig-${k.kind}-title">${k.kind}: figures as stated, by source and publication date</title>
    <line class="axis" x1="${m.l}" x2="${w - m.r}" y1="${h - m.b}" y2="${h - m.b}" />
    <line class="axis" x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${h - m.b}" />
    ${yTicks.map((v) => html`<g class="tick"><line class="grid" x1="${m.l}" x2="${w - m.r}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" /><text x="${m.l - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end">${v}</text></g>`)}
    ${dayTicks.map((d) => html`<g class="tick"><text x="${x(d).toFixed(1)}" y="${h - m.b + 18}" text-anchor="middle">${isoOf(d)}</text></g>`)}
    ${sources.map((s) => {
      const pts = entries
        .filter((t) => t.source === s)
        .map((t) => ({ t, px: x(dayOf(t.published!)), py: y(((t.low ?? t.high ?? 0) + (t.high ?? t.low ?? 0)) / 2) }));
      return html`<g class="series"
        >${pts.length > 1 ? html`<polyline fill="none" stroke="${colour(s)}" points="${pts.map((p) => `${p.px.toFixed(1)},${p.py.toFixed(1)}`).join(' ')}" />` : ''}${pts.map(
          (p) =>
            html`${p.t.low !== null && p.t.high !== null && p.t.high > p.t.low ? html`<line class="range" stroke="${colour(s)}" x1="${p.px.toFixed(1)}" x2="${p.px.toFixed(1)}" y1="${y(p.t.low).toFixed(1)}" y2="${y(p.t.high).toFixed(1)}" />` : ''}<circle
                cx="${p.px.toFixed(1)}"
                cy="${p.py.toFixed(1)}"
                r="5"
                fill="${colour(s)}"
                ${p.t.superseded_by ? html` class="superseded"` : ''}
                ><title>
                  ${p.t.source_name}, ${p.t.published}: ${p.t.figure}${p.t.superseded_by ? ' (later revised)' : ''}
                </title></circle
              >`,
        )}</g
      >`;
    })}
    ${sources.map((s, i) => html`<g class="legend"><circle cx="${w - m.r + 16}" cy="${m.t + 8 + i * 18}" r="5" fill="${colour(s)}" /><text x="${w - m.r + 26}" y="${m.t + 12 + i * 18}">${(entries.find((t) => t.source === s)?.source_name ?? s).slice(0, 22)}</text></g>`)}
  </svg>`;
}
