// An article's text with its spans marked: evidence of claims (clickable targets), sources, mentions, places and times.
// Spans may overlap: the text is cut at every span boundary and each piece carries the classes of the spans over it.
import type { TextSpan } from '../api/query.js';
import { escapeHtml, trusted } from './html.js';
import type { Html } from './html.js';

const ROLE_CLASS: Readonly<Record<TextSpan['role'], string>> = {
  evidence: 'ev',
  source: 'src',
  mention: 'mention',
  place: 'place',
  time: 'time',
};

export const anchorId = (claimId: string): string => `ev-${claimId}`;

export function renderText(text: string, spans: readonly TextSpan[]): Html {
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const starts = new Map<number, string[]>();
  for (const s of spans)
    if (s.role === 'evidence' && s.claim) starts.set(s.start, [...(starts.get(s.start) ?? []), s.claim]);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    for (const id of starts.get(a) ?? []) out += `<span class="anchor" id="${escapeHtml(anchorId(id))}"></span>`;
    const over = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = escapeHtml(text.slice(a, b));
    if (over.length === 0) {
      out += piece;
      continue;
    }
    const classes = [...new Set(over.map((s) => ROLE_CLASS[s.role]))].sort();
    const claims = [...new Set(over.filter((s) => s.role === 'evidence' && s.claim).map((s) => s.claim!))];
    const titles = [
      ...new Set(over.filter((s) => s.role === 'place' || s.role === 'time' || s.role === 'source').map((s) => s.role)),
    ];
    const tag = claims.length > 0 ? 'mark' : 'span';
    out += `<${tag} class="${classes.join(' ')}"${claims.length ? ` data-claims="${escapeHtml(claims.join(' '))}"` : ''}${titles.length ? ` title="${titles.join(', ')}"` : ''}>${piece}</${tag}>`;
  }
  return trusted(out);
}
