import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../extract.js';
import { readArticleFile } from '../input/article.js';
import { toDocumentJson } from '../output/document.js';
import { samples } from './fixtures.js';

/** Every object with a `span` pair and a `text` string, anywhere in a value. */
function* spannedEntries(
  value: unknown,
  path: string,
): Generator<{ path: string; span: [number, number]; text: string }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* spannedEntries(value[i], `${path}[${i}]`);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const rec = value as Record<string, unknown>;
  const span = rec['span'];
  const text = rec['text'];
  if (Array.isArray(span) && span.length === 2 && typeof text === 'string') {
    yield { path, span: [Number(span[0]), Number(span[1])], text };
  }
  for (const [k, v] of Object.entries(rec)) if (k !== 'span') yield* spannedEntries(v, `${path}.${k}`);
}

for (const sample of samples()) {
  test(`spans: every layer entry, claim and event of ${sample.name} round-trips to the text`, () => {
    const article = readArticleFile(sample.path);
    const doc = extractArticle(article, { published: '2024-05-14' });
    const json = toDocumentJson(doc, { layers: true });
    let checked = 0;
    for (const e of spannedEntries({ layers: json.layers, claims: json.claims, events: json.events }, '')) {
      assert.equal(doc.text.slice(e.span[0], e.span[1]), e.text, `${e.path} span ${e.span.join('-')}`);
      checked++;
    }
    assert.ok(checked > 50, `only ${checked} spanned entries in ${sample.name}`);
    for (const c of json.claims) {
      for (const m of c.mentions)
        assert.ok(m[0] >= 0 && m[1] <= doc.text.length && m[0] < m[1], `${c.id} mention ${m.join('-')}`);
    }
  });
}
