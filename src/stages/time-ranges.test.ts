import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findTimes } from './time-grammar.js';
import { joinRanges } from './time-ranges.js';
import { splitSentences } from './sentences.js';

const rangeOf = (text: string, anchor: string) => joinRanges(text, findTimes(text, splitSentences(text), anchor));

test('time ranges: "between March 27 and 31, 2022" takes the stated year and spans the range', () => {
  const text = 'Troops executed villagers between March 27 and 31, 2022, the report said.';
  const t = rangeOf(text, '2023-05-13').find((x) => x.text.startsWith('March 27'));
  assert.ok(t, 'no range found');
  assert.equal(t.text, 'March 27 and 31, 2022');
  assert.equal(text.slice(t.span[0], t.span[1]), t.text);
  assert.deepEqual([t.value, t.start, t.end], ['2022-03-27', '2022-03-27', '2022-03-31']);
});

test('time ranges: "from June 14 to 17" and "June 14-17" keep the resolved year', () => {
  for (const text of ['Thousands fled from June 14 to 17 alone.', 'Thousands fled on June 14-17 alone.']) {
    const t = rangeOf(text, '2023-09-01').find((x) => x.text.startsWith('June 14'));
    assert.equal(t?.start, '2023-06-14', text);
    assert.equal(t?.end, '2023-06-17', text);
  }
});

test('time ranges: a date followed by an unrelated number is left alone', () => {
  const text = 'On June 14 and 300 more people fled.';
  const t = rangeOf(text, '2023-09-01').find((x) => x.text.startsWith('June 14'));
  assert.equal(t?.end, '2023-06-14');
});
