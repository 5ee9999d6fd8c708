// The dating stage: finds datelines ("KYIV, Jan 2 (Reuters) -", "Published: 2023-01-02") and settles the publication date:
// the caller's date, else the HTML's, else the first dateline's.
import type { Dateline } from '../core/layers/time.js';
import { defineStage } from '../pipeline/stage.js';
import { DATELINE } from './en/time-patterns.js';
import { timesInSentence } from './time-grammar.js';

/** How far into the text datelines are looked for. */
const HEAD = 3000;

/** Datelines in the head of the text, in text order. A dateline without a year takes `yearHint`'s year, or none is kept. */
export function findDatelines(text: string, yearHint: string | null = null): Dateline[] {
  const head = text.slice(0, HEAD);
  const hintYear = yearHint?.slice(0, 4) ?? latestYear(head);
  const found: Dateline[] = [];
  for (const re of DATELINE) {
    const need = NEEDS.get(re);
    if (need instanceof RegExp && !need.test(head)) continue;
    if (need === 'label' && !LABEL_WORD.test(head)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(head); m !== null; m = re.exec(head)) {
      const dateText = m[1] ?? '';
      const start = m.index + m[0].indexOf(dateText);
      const end = start + dateText.length;
      if (found.some((d) => d.span[0] < end && start < d.span[1])) continue;
      const hasYear = /\d{4}/u.test(dateText);
      if (!hasYear && hintYear === null) continue;
      const anchor = hasYear ? '2000-01-01' : `${hintYear ?? '2000'}-07-01`;
      const t = timesInSentence(dateText, anchor).find((k) => k.type === 'DATE' && k.day !== undefined);
      if (!t) continue;
      let value = t.value.slice(0, 10);
      if (!hasYear && hintYear !== null) value = `${hintYear}${value.slice(4)}`;
      found.push({ span: [start, end], text: text.slice(start, end), value });
    }
  }
  return found.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * What a dateline pattern cannot match without, so that the head is not searched in vain: its bracketed agency
 * ("(Reuters)"), or a label word ("Published:", "Updated") after a word boundary.
 */
const LABEL_SOURCE = '\\b(?:Published|Updated|Posted|Last updated|Date|First published)';
/** A bracket that holds a required group of agency names (not an optional one, which would end in ")?"). */
const AGENCY_GROUP = /\\\(\\s\*\(\?:Reuters\|[^()]*\)\\s\*\\\)(?![?*])/;
const NEEDS = new Map<RegExp, RegExp | 'label'>();
for (const re of DATELINE) {
  const agency = AGENCY_GROUP.exec(re.source);
  if (re.source.startsWith(LABEL_SOURCE) && re.flags.includes('i')) NEEDS.set(re, 'label');
  else if (agency !== null) NEEDS.set(re, new RegExp(agency[0], 'u'));
}

/**
 * A label word after a word boundary, as the case-insensitive label pattern needs. That pattern also matches "ſ" as
 * "s" and "K" as "k", so a head with either is always searched.
 */
const LABEL_WORD = /\b(?:published|updated|posted|date)|[ſ\u212a]/i;

const YEAR_RE = /\b(?:19|20)\d\d\b/gu;

function latestYear(head: string): string | null {
  let best: string | null = null;
  for (const m of head.matchAll(YEAR_RE)) if (best === null || m[0] > best) best = m[0];
  return best;
}

export const datingStage = defineStage({
  name: 'dating',
  version: '1',
  requires: ['sentences'],
  assigns: ['datelines'],
  run: (doc, ctx) => {
    const known = ctx.published ?? doc.meta.published;
    const datelines = findDatelines(doc.text, known);
    const first = datelines[0];
    if (known !== null || !first) return { layers: { datelines } };
    return { layers: { datelines }, meta: { published: first.value, publishedFrom: 'dateline' } };
  },
});
