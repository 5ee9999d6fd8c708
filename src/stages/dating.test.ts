import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../core/doc.js';
import { datingStage, findDatelines } from './dating.js';
import { splitSentences } from './sentences.js';

test('dating: an agency dateline gives the date, the year taken from a hint', () => {
  const text = 'KYIV, Ukraine, Jan 2 (Reuters) - Russia said on Monday that 63 soldiers died.';
  const [d] = findDatelines(text, '2023-01-05');
  assert.ok(d);
  assert.deepEqual([d.text, d.value, d.span], ['Jan 2', '2023-01-02', [15, 20]]);
});

test('dating: datelines with a year: leading date, AFP style and "Published:"', () => {
  assert.equal(findDatelines('January 2, 2023 — Shelling resumed in the east.')[0]?.value, '2023-01-02');
  assert.equal(findDatelines('KYIV (AFP) 2 January 2023 - Shelling resumed.')[0]?.value, '2023-01-02');
  assert.equal(findDatelines('Published: 2023-01-02\n\nShelling resumed.')[0]?.value, '2023-01-02');
  assert.deepEqual(findDatelines('Shelling resumed on Monday in the east.'), []);
});

test('dating: the stage sets the publication date from a dateline only when none is known', () => {
  const text = 'January 2, 2023 — Shelling resumed in the east.';
  const meta = {
    id: 'x',
    title: null,
    published: null,
    publishedFrom: 'none' as const,
    outlet: null,
    url: null,
    language: 'en',
  };
  const doc = new Doc(text, meta, { sentences: splitSentences(text) });
  const ctx = { published: null, locale: 'en' as const, vagueConvention: 'default' as const };
  const r = datingStage.run(doc, ctx);
  assert.deepEqual(r.meta, { published: '2023-01-02', publishedFrom: 'dateline' });
  assert.equal(r.layers.datelines.length, 1);
  const given = datingStage.run(doc, { ...ctx, published: '2023-01-03' });
  assert.equal(given.meta, undefined);
});
