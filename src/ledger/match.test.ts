import assert from 'node:assert/strict';
import { test } from 'node:test';
import { typeMatch } from './match.js';

test('match: a background tally never merges, not even with another tally; compatible types do', () => {
  assert.ok('reject' in typeMatch('tally', 'tally'));
  assert.ok('reject' in typeMatch('tally', 'strike'));
  const same = typeMatch('strike', 'strike');
  assert.ok('score' in same && same.score === 1);
});
