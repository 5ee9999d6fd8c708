import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Doc } from '../core/doc.js';
import { TallyError } from '../core/errors.js';
import { buildPipeline } from './pipeline.js';
import { defineStage } from './stage.js';
import type { RunContext } from './stage.js';

const ctx: RunContext = { published: null, locale: 'en', vagueConvention: 'default' };
const meta = {
  id: 't',
  title: null,
  published: null,
  publishedFrom: 'none' as const,
  outlet: null,
  url: null,
  language: 'en',
};

const sentences = defineStage({
  name: 'sentences',
  version: '1',
  requires: [],
  assigns: ['sentences'],
  run: (doc) => ({
    layers: { sentences: [{ span: [0, doc.text.length], text: doc.text, paragraph: 0, heading: false }] },
  }),
});
const tokens = defineStage({
  name: 'tokens',
  version: '1',
  requires: ['sentences'],
  assigns: ['tokens'],
  run: () => ({ layers: { tokens: [] } }),
});

test('pipeline: a stage that requires a layer no earlier stage assigns fails when the pipeline is built', () => {
  assert.throws(
    () => buildPipeline([tokens, sentences]),
    (e: unknown) => e instanceof TallyError && e.code === 'E_PIPELINE' && /requires layer "sentences"/.test(e.message),
  );
});

test('pipeline: two stages assigning the same layer are refused', () => {
  assert.throws(() => buildPipeline([sentences, { ...sentences, name: 'other' }]), /both assign layer "sentences"/);
});

test('pipeline: running leaves the input document unchanged and returns one with the new layers', () => {
  const doc = new Doc('Shelling hit the town.', meta);
  const out = buildPipeline([sentences, tokens]).run(doc, ctx);
  assert.equal(doc.has('sentences'), false);
  assert.deepEqual(out.layerNames(), ['sentences', 'tokens']);
  assert.equal(out.get('sentences')[0]?.text, 'Shelling hit the town.');
});
