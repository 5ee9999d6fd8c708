import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

test('sentences: abbreviations, initials and "U.S." do not end a sentence; a pronoun after "p.m." starts one', () => {
  assert.deepEqual(
    texts('Gen. Valery Z. Petrov met U.S. officials on Monday. The talks ended at 1 p.m. It was cold.'),
    ['Gen. Valery Z. Petrov met U.S. officials on Monday.', 'The talks ended at 1 p.m.', 'It was cold.'],
  );
});

test('sentences: a closing quote stays with its sentence, and a no-break space still separates sentences', () => {
  assert.deepEqual(texts('"We will rebuild," he said. "Nobody will leave."\u00a0Then he left.'), [
    '"We will rebuild," he said.',
    '"Nobody will leave."',
    'Then he left.',
  ]);
});

test('sentences: each line is a paragraph, and a line without final punctuation is a heading', () => {
  const s = splitSentences('Strike hits port\n\nKYIV (AP) — Three people died. Ten were hurt.\nExplosion in Kyiv');
  assert.deepEqual(
    s.map((x) => [x.paragraph, x.heading]),
    [
      [0, true],
      [1, false],
      [1, false],
      [2, true],
    ],
  );
});

test('tokens: numbers keep their separators, words keep inner hyphens and apostrophes, spans round-trip', () => {
  const text = "The 19-year-old's 1,200 Su-25 jets; Kyiv's 9.4%.";
  const tokens = tokenize(splitSentences(text));
  for (const t of tokens) assert.equal(text.slice(t.span[0], t.span[1]), t.text);
  assert.deepEqual(
    tokens.map((t) => t.text),
    ['The', '19', '-', "year-old's", '1,200', 'Su-25', 'jets', ';', "Kyiv's", '9.4', '%', '.'],
  );
});

test('sentences: initials written together and "Del." do not end a sentence; "U.S." before an opener does', () => {
  assert.deepEqual(
    splitSentences(
      'Rep. J.D. Marsh said the vote slipped. Del. Ana Ruiz agreed. He flew to the U.S. The trip was long.',
    ).map((s) => s.text),
    ['Rep. J.D. Marsh said the vote slipped.', 'Del. Ana Ruiz agreed.', 'He flew to the U.S.', 'The trip was long.'],
  );
});

test('tokens: a typed double hyphen is one mark', () => {
  const text = 'Ivo Ban -- a medic -- said so.';
  assert.deepEqual(
    tokenize(splitSentences(text)).map((t) => t.text),
    ['Ivo', 'Ban', '--', 'a', 'medic', '--', 'said', 'so', '.'],
  );
});
