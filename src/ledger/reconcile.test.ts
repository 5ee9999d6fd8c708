import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ClaimValue } from '../core/layers/claim.js';
import type { ClaimView } from '../query/types.js';
import { pointOf, reconcileKind } from './reconcile.js';

let n = 0;
function claim(source: string, value: ClaimValue, published: string, side: string | null = null): ClaimView {
  n++;
  return {
    id: `c${n}`,
    article: `a${n}`,
    event: 'e1',
    kind: 'killed',
    subject: 'people',
    subject_side: null,
    value,
    source: { id: `s-${source}`, name: source, kind: 'official', side },
    certainty: 'asserted',
    quote: false,
    span: [0, 10],
    evidence: 'evidence text',
    published,
    current: true,
    stance: null,
  };
}
const v = (
  text: string,
  number: number | null,
  qualifier: ClaimValue['qualifier'],
  low: number | null,
  high: number | null,
): ClaimValue => ({
  text,
  number,
  qualifier,
  low,
  high,
});

test('reconcile: a hedged figure stands for a point inside its own interval ("more than 60" is at least 61)', () => {
  assert.equal(pointOf(v('more than 60', 60, 'more_than', 61, null)), 61);
  assert.equal(pointOf(v('nearly 400', 400, 'nearly', 360, 399)), 399);
  assert.equal(pointOf(v('between 100 and 300', 100, 'range', 100, 300)), 200);
  const report = reconcileKind('killed', [
    claim('ministry', v('more than 60', 60, 'more_than', 61, null), '2024-01-02'),
  ]);
  const { low, best, high } = report.estimate;
  assert.ok(low !== null && best !== null && high !== null);
  assert.ok(low <= best && best <= high, JSON.stringify(report.estimate));
});

test('reconcile: best is the median of independent sources, with a readable trace, and disjoint figures are contested', () => {
  const report = reconcileKind('killed', [
    claim('governor', v('52', 52, 'exact', 52, 52), '2024-01-02'),
    claim('ministry', v('nearly 400', 400, 'nearly', 360, 399), '2024-01-02'),
    claim('monitor', v('at least 57', 57, 'at_least', 57, null), '2024-01-02'),
  ]);
  assert.equal(report.estimate.best, 57);
  assert.equal(report.estimate.low, 52);
  assert.equal(report.estimate.contested, true);
  assert.ok(
    report.estimate.trace.some((t) => t.startsWith('best: 57 = median')),
    report.estimate.trace.join('\n'),
  );
});
