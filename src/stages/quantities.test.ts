import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quantity } from '../core/layers/quantity.js';
import type { VagueConventionName } from '../pipeline/stage.js';
import { findQuantities } from './quantities.js';
import { digitValue, lex } from './quantity-lexer.js';
import { findNumbers } from './quantity-numbers.js';
import { findRanges, intervalNotation } from './quantity-ranges.js';
import { splitSentences } from './sentences.js';

function quantities(text: string, convention: VagueConventionName = 'default'): Quantity[] {
  const qs = findQuantities(text, splitSentences(text), convention);
  for (const q of qs) {
    assert.equal(q.text, text.slice(q.span[0], q.span[1]), 'span and text agree');
    assert.ok(q.span[0] <= q.core[0] && q.core[1] <= q.span[1], 'core inside span');
  }
  for (let i = 1; i < qs.length; i++) {
    const a = qs[i - 1] as Quantity;
    const b = qs[i] as Quantity;
    assert.ok(a.span[1] <= b.span[0], `sorted and disjoint: ${a.text} / ${b.text}`);
  }
  return qs;
}

const one = (text: string, figure: string): Quantity => {
  const q = quantities(text).find((x) => x.text === figure);
  assert.ok(q, `"${figure}" in ${JSON.stringify(quantities(text).map((x) => x.text))}`);
  return q;
};

test('digits, words and scales: values, spans and spelled', () => {
  const text =
    'Officials said 1,200 homes, 63 shops and 9.4 hectares were hit; twenty-two people and one hundred and five ' +
    'soldiers were hurt, and a dozen cars burned. Five villages lost power.';
  const qs = quantities(text);
  const get = (t: string): Quantity | undefined => qs.find((q) => q.text === t);
  assert.equal(get('1,200')?.number, 1200);
  assert.equal(get('63')?.number, 63);
  assert.equal(get('9.4 hectares')?.unit, 'hectare');
  assert.equal(get('twenty-two')?.number, 22);
  assert.equal(get('twenty-two')?.spelled, true);
  assert.equal(get('one hundred and five')?.number, 105);
  assert.equal(get('a dozen')?.number, 12);
  assert.equal(get('Five')?.number, 5);
  assert.equal(get('Five')?.role, 'count');
  const q = get('63');
  assert.deepEqual(q?.span, [text.indexOf('63'), text.indexOf('63') + 2]);
});

test('money with currencies and scales', () => {
  const qs = quantities(
    'The fund is worth 18 billion euro, the loan $19 billion, the grant £5m, a further 100 million pounds and 300 hryvnias.',
  );
  const money = qs.filter((q) => q.role === 'money').map((q) => [q.text, q.number, q.unit]);
  assert.deepEqual(money, [
    ['18 billion euro', 18e9, 'EUR'],
    ['$19 billion', 19e9, 'USD'],
    ['£5m', 5e6, 'GBP'],
    ['a further 100 million pounds', 1e8, 'GBP'],
    ['300 hryvnias', 300, 'UAH'],
  ]);
});

test('hedges set the qualifier and interval; the span includes the modifier, the core does not', () => {
  const text =
    'Nearly 400 were evacuated, more than 40 were hurt, at least 12 died, up to 30 are missing and about 100 fled.';
  const nearly = one(text, 'Nearly 400');
  assert.equal(nearly.qualifier, 'nearly');
  assert.deepEqual([nearly.low, nearly.high], [360, 399]);
  assert.equal(text.slice(nearly.core[0], nearly.core[1]), '400');
  const more = one(text, 'more than 40');
  assert.deepEqual([more.qualifier, more.low, more.high], ['more_than', 41, null]);
  assert.deepEqual([one(text, 'at least 12').low, one(text, 'at least 12').high], [12, null]);
  assert.deepEqual(
    [one(text, 'up to 30').qualifier, one(text, 'up to 30').low, one(text, 'up to 30').high],
    ['up_to', 0, 30],
  );
  assert.deepEqual([one(text, 'about 100').low, one(text, 'about 100').high], [90, 110]);
  const less = one('Fewer than 10 remained.', 'Fewer than 10');
  assert.deepEqual([less.qualifier, less.low, less.high], ['less_than', 0, 9]);
});

test('ranges: between/and, to, hyphen, from/to; number is the low end', () => {
  const text = 'Between 20 and 30 soldiers, 100 to 300 civilians and 20-30 medics left; from 5 to 8 buses came.';
  for (const [t, lo, hi] of [
    ['Between 20 and 30', 20, 30],
    ['100 to 300', 100, 300],
    ['20-30', 20, 30],
    ['from 5 to 8', 5, 8],
  ] as const) {
    const q = one(text, t);
    assert.deepEqual([q.qualifier, q.number, q.low, q.high], ['range', lo, lo, hi], t);
  }
});

test('vague amounts under the default and ACLED conventions', () => {
  const text = 'Dozens were killed, "hundreds" were hurt and tens of thousands fled; a couple of houses burned.';
  const d = quantities(text);
  const dozens = d.find((q) => q.text === 'Dozens');
  assert.deepEqual(
    [dozens?.qualifier, dozens?.number, dozens?.low, dozens?.high, dozens?.convention],
    ['vague', null, 24, 99, 'default'],
  );
  assert.deepEqual([d.find((q) => q.text === 'hundreds')?.low, d.find((q) => q.text === 'hundreds')?.high], [200, 999]);
  assert.equal(d.find((q) => q.text === 'tens of thousands')?.low, 20000);
  const acled = findQuantities(text, splitSentences(text), 'acled');
  assert.deepEqual([acled[0]?.low, acled[0]?.high, acled[0]?.convention], [12, 12, 'acled']);
  assert.deepEqual([acled[1]?.low, acled[1]?.high], [100, 100]);
  // "many" only before a plural noun
  assert.equal(quantities('Many say the war will go on.').length, 0);
  assert.equal(quantities('Many civilians fled.')[0]?.qualifier, 'vague');
});

test('units: percent, measures, durations; a counted noun is not a unit', () => {
  const text =
    'About 40 percent of the town, 40% of roads and 12 per cent of bridges were hit within 24 hours, 30 km from the front; 63 Russian servicemen died.';
  assert.equal(one(text, 'About 40 percent').unit, 'percent');
  assert.equal(one(text, '40%').role, 'percent');
  assert.equal(one(text, '12 per cent').unit, 'percent');
  assert.deepEqual([one(text, '24 hours').role, one(text, '24 hours').unit], ['measure', 'hour']);
  assert.equal(one(text, '30 km').unit, 'km');
  const s = one(text, '63');
  assert.deepEqual([s.role, s.unit, s.noun?.text], ['count', null, 'servicemen']);
  assert.equal(one('They held out for three days.', 'three days').unit, 'day');
});

test('ages, ordinals, models, dates, times and labels keep their figure but are never counts', () => {
  const cases: [string, string, Quantity['role']][] = [
    ['A 19-year-old soldier was killed.', '19-year-old', 'age'],
    ['The victim, aged 19, was a student.', '19', 'age'],
    ['Natalia, 58, was wounded.', '58', 'age'],
    ['The 128th brigade held the line.', '128th', 'ordinal'],
    ['The 52nd Guards Regiment withdrew.', '52nd', 'ordinal'],
    ['A Su-25 was shot down.', 'Su-25', 'model'],
    ['Two S-300 launchers were hit.', 'S-300', 'model'],
    ['An M777 howitzer was destroyed.', 'M777', 'model'],
    ['The war began in 2022.', '2022', 'date'],
    ['The attack came on February 24 at night.', '24', 'date'],
    ['It started on 24 February.', '24', 'date'],
    ['Sirens sounded at 10:30 am.', '10:30 am', 'time'],
    ['The strike came at 0730 GMT.', '0730 GMT', 'time'],
    ['A shell hit 23 Perekopska Street.', '23', 'other'],
    ['He was held in penal colony No. 120.', '120', 'other'],
    ['A nine-story building collapsed.', 'nine-story', 'measure'],
    ['Guns of 122 mm calibre fired.', '122 mm', 'measure'],
    ['Prices were those of the 1990s.', '1990s', 'date'],
    ['The ruling came in August 2024.', '2024', 'date'],
  ];
  for (const [text, figure, role] of cases) assert.equal(one(text, figure).role, role, text);
});

test('toll changes: direction and the earlier figure', () => {
  const text = 'The death toll rose to 45 from 30, officials said.';
  const q = one(text, '45');
  assert.deepEqual([q.number, q.direction, q.previous, q.changeOf], [45, 'up', 30, 'level']);
  assert.ok(quantities(text).some((x) => x.number === 30));
  const d = one('Exports fell by 9.4% in May.', '9.4%');
  assert.deepEqual([d.direction, d.changeOf], ['down', 'amount']);
  const u = one('The toll is now 52, up from 40.', '52');
  assert.deepEqual([u.direction, u.previous], ['up', 40]);
});

test('"one" is a count only before a counted noun; words are never split', () => {
  assert.equal(one('One man was injured in the blast.', 'One').role, 'count');
  for (const text of [
    'One Russian wrote that the town had fallen.',
    'No one was hurt.',
    'It was the one that got away.',
    'They helped one another.',
    'Someone saw the tenant who weighed the oneself question.',
  ]) {
    assert.ok(!quantities(text).some((q) => q.role === 'count'), text);
  }
  assert.equal(one('He was one of the soldiers on duty.', 'one').role, 'other');
});

/** Sentences that state figures none of which counts anything: each must produce no count. */
const NO_COUNT = [
  'A 23-year-old conscript from the 93rd brigade was buried on March 14.',
  'The Kh-59 and the Kh-22 missiles were fired from Tu-22M3 bombers, the OTR-21 Tochka-U was not used.',
  'Shahed-136 drones, an F-16, a T-72, a Mi-8 and a MiG-29 appeared in the footage.',
  'At 1700 GMT the sirens stopped, and at 0800 they started again.',
  'The 6th Infantry Division and the 1st Battalion left on Feb. 3.',
  'The second-largest city was shelled on the third day of the offensive.',
  'She lived at 118 Naberezhna, in building No. 5, a 16-storey block.',
  'Her son was not yet a year old; the men were 19 years old.',
  'Their ages ranged from 20 to 49, the report from the 2020 war said.',
  'Call the hotline on +380 44 123 4567 for help.',
  'The budget is 12 million dollars, and 40 percent of it is spent.',
  'It took 69 hours and ten months to rebuild the bridge 5 km away.',
  'The pensioner, 81, said the 1990s were harder.',
  'The M777 and the R-360 Neptune were shown in 2014 and in 2022.',
];

test('negative sentences: figures that are not counts produce no count', () => {
  for (const text of NO_COUNT) {
    const counts = quantities(text).filter((q) => q.role === 'count');
    assert.deepEqual(
      counts.map((q) => q.text),
      [],
      text,
    );
  }
});

test('number reader and range intervals in the peer notation', () => {
  assert.deepEqual(
    findNumbers('one hundred and sixty-one, 1,234,567 and 10k').map((n) => [n.text, n.value]),
    [
      ['one hundred and sixty-one', 161],
      ['1,234,567', 1234567],
      ['10k', 10000],
    ],
  );
  const r = (s: string): string[] => findRanges(s).map((x) => `${x.text}=${intervalNotation(x)}`);
  assert.deepEqual(r('more than 60 were hurt'), ['more than 60=(60,)']);
  assert.deepEqual(r('no less than thirty'), ['no less than thirty=[30,)']);
  assert.deepEqual(r('up to 700 workers'), ['up to 700=(,700]']);
  assert.deepEqual(r('between 20 and 30'), ['between 20 and 30=[20,30)']);
  assert.deepEqual(r('larger than 10 and smaller than 20'), ['larger than 10 and smaller than 20=(10,20)']);
});

/** Random strings over characters that stress the lexer: digits and separators, apostrophes, marks, astral letters. */
function stressStrings(alphabet: readonly string[], count: number): string[] {
  let seed = 12345;
  const rnd = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let t = '';
    const len = 1 + Math.floor(rnd() * 14);
    for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * alphabet.length)] ?? '';
    out.push(t);
  }
  return out;
}

test('quantity lexer: the hand-written scanner gives the tokens of its reference expression', () => {
  // the reference: the expression, unreadable digit runs split at their separators, ".5" joined
  const LEX = /(\d+(?:[.,]\d+)*)|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*)|(\S)/gu;
  const reference = (text: string): string[] => {
    const toks: { text: string; start: number; kind: string; space: boolean }[] = [];
    let prevEnd = -1;
    for (const m of text.matchAll(LEX)) {
      const space = prevEnd < 0 || m.index > prevEnd;
      prevEnd = m.index + m[0].length;
      if (m[1] !== undefined && digitValue(m[1]) === null) {
        let at = m.index;
        for (const part of m[1].split(/([.,])/)) {
          if (part)
            toks.push({
              text: part,
              start: at,
              kind: /\d/.test(part) ? 'num' : 'punct',
              space: at === m.index && space,
            });
          at += part.length;
        }
      } else
        toks.push({
          text: m[0],
          start: m.index,
          kind: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'punct',
          space,
        });
    }
    const out: string[] = [];
    let prevKind = '';
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as (typeof toks)[number];
      const next = toks[i + 1];
      if (
        t.text === '.' &&
        t.space &&
        next?.kind === 'num' &&
        !next.space &&
        /^\d+$/.test(next.text) &&
        prevKind !== 'num'
      ) {
        out.push(`.${next.text}|.${next.text}|${t.start}|num|true`);
        prevKind = 'num';
        i++;
        continue;
      }
      out.push(`${t.text}|${t.text.toLowerCase()}|${t.start}|${t.kind}|${t.space}`);
      prevKind = t.kind;
    }
    return out;
  };
  const alphabet = [
    '1',
    '0',
    '.',
    ',',
    ' ',
    'a',
    'B',
    'é',
    '\u0301',
    "'",
    '’',
    '-',
    '\u00a0',
    '😀',
    '𝐀',
    '\ud800',
    'İ',
    'Ⓐ',
    '٣',
  ];
  for (const text of stressStrings(alphabet, 3000)) {
    const got = lex(text).map((t) => `${t.text}|${t.low}|${t.start}|${t.kind}|${t.space}`);
    assert.deepEqual(got, reference(text), JSON.stringify(text));
  }
  assert.deepEqual(
    lex("O'Brien's 1,200 and 192.168.1.2 or .5 don't").map((t) => [t.text, t.low, t.kind, t.space]),
    [
      ["O'Brien's", "o'brien's", 'word', true],
      ['1,200', '1,200', 'num', true],
      ['and', 'and', 'word', true],
      ['192', '192', 'num', true],
      ['.', '.', 'punct', false],
      ['168', '168', 'num', false],
      ['.', '.', 'punct', false],
      ['1', '1', 'num', false],
      ['.', '.', 'punct', false],
      ['2', '2', 'num', false],
      ['or', 'or', 'word', true],
      ['.5', '.5', 'num', true],
      ["don't", "don't", 'word', true],
    ],
  );
});
