import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TimeExpr } from '../core/layers/time.js';
import { splitSentences } from './sentences.js';
import { checkConsistency, findTimes } from './times.js';

const ANCHOR = '2023-01-02'; // a Monday

function times(text: string, anchor = ANCHOR): TimeExpr[] {
  const out = findTimes(text, splitSentences(text), anchor);
  for (const t of out) assert.equal(text.slice(t.span[0], t.span[1]), t.text);
  return out;
}

function one(text: string, phrase: string, anchor = ANCHOR): TimeExpr {
  const t = times(text, anchor).find((x) => x.text === phrase);
  assert.ok(t, `"${phrase}" not found in ${JSON.stringify(times(text, anchor).map((x) => x.text))}`);
  assert.equal(t.span[0], text.indexOf(phrase));
  return t;
}

test('times: a weekday in past-tense news is the latest such day on or before the anchor', () => {
  const t = one('The ministry said on Monday that the depot burned.', 'Monday');
  assert.deepEqual([t.type, t.value, t.start, t.end], ['DATE', '2023-01-02', '2023-01-02', '2023-01-02']);
  assert.deepEqual(t.known, ['weekday']);
  assert.equal(one('Shelling resumed on Saturday.', 'Saturday').value, '2022-12-31');
  assert.equal(one('Mourners will gather on Tuesday.', 'Tuesday').value, '2023-01-03');
});

test('times: parts of the day and "late on" a weekday', () => {
  assert.deepEqual(
    [one('Drones struck Monday night.', 'Monday night').type, one('Drones struck Monday night.', 'Monday night').value],
    ['TIME', '2023-01-02TNI'],
  );
  const late = one('Late on Monday, the staff issued a statement.', 'Late on Monday');
  assert.deepEqual([late.value, late.mod], ['2023-01-02', 'END']);
  assert.equal(one('Sirens sounded overnight in the capital.', 'overnight').value, '2023-01-01TNI');
});

test('times: holidays resolve to the latest one before the anchor', () => {
  const eve = one('The strike came on New Year’s Eve in the city.', 'New Year’s Eve');
  assert.deepEqual([eve.value, eve.implied], ['2022-12-31', ['year']]);
  assert.equal(one("Markets shut on New Year's Day.", "New Year's Day").value, '2023-01-01');
  assert.equal(one('Fighting paused at Christmas.', 'Christmas').value, '2022-12-25');
});

test('times: relative years, months and weeks', () => {
  const text = 'Troops invaded on February 24 last year and earlier this month took the hill this week.';
  const feb = one(text, 'February 24 last year');
  assert.deepEqual([feb.value, feb.known, feb.implied], ['2022-02-24', ['month', 'day'], ['year']]);
  const month = one(text, 'earlier this month');
  assert.deepEqual([month.value, month.start, month.end], ['2023-01', '2023-01-01', '2023-01-02']);
  const week = one(text, 'this week');
  assert.deepEqual([week.value, week.start, week.end], ['2023-W01', '2023-01-02', '2023-01-08']);
  assert.equal(one('Prices rose last year.', 'last year').value, '2022');
  assert.equal(one('Prices rose last week.', 'last week').value, '2022-W52');
  assert.equal(one('It happened a week ago.', 'a week ago').value, '2022-W52');
  assert.equal(one('It happened yesterday.', 'yesterday').value, '2023-01-01');
  assert.equal(one('Talks began in October.', 'October').value, '2022-10');
});

test('times: "since the start of 2023" is an interval from New Year to the anchor', () => {
  const t = one('Casualties have risen since the start of 2023.', 'the start of 2023');
  assert.deepEqual([t.type, t.value, t.mod, t.start, t.end], ['DATE', '2023', 'START', '2023-01-01', '2023-01-02']);
});

test('times: durations, sets and present references', () => {
  const text =
    'Ten months into the war, two days of shelling and 24 hours of silence followed; drones fly daily and every day.';
  assert.equal(one(text, 'Ten months').value, 'P10M');
  assert.equal(one(text, 'two days').value, 'P2D');
  assert.equal(one(text, '24 hours').value, 'PT24H');
  assert.deepEqual([one(text, 'daily').type, one(text, 'daily').value], ['SET', 'P1D']);
  assert.equal(one(text, 'every day').type, 'SET');
  assert.equal(one('The town is now quiet and currently cut off.', 'now').value, 'PRESENT_REF');
  const past = one('Shelling eased over the past week.', 'the past week');
  assert.deepEqual([past.type, past.value, past.start], ['DURATION', 'P1W', '2022-12-26']);
  const recent = one('Attacks grew in recent months.', 'recent months');
  assert.deepEqual([recent.type, recent.value], ['DURATION', 'PXM']);
  assert.equal(one('Attacks grew in recent weeks and months.', 'recent weeks').value, 'PAST_REF');
  assert.equal(one('The war has lasted two decades.', 'two decades').value, 'P20Y');
  const year = one('Attacks grew over the past year.', 'the past year');
  assert.deepEqual([year.type, year.value], ['DATE', '2022']);
});

test('times: calendar dates with and without a year', () => {
  assert.equal(one('The bridge fell on July 29.', 'July 29').value, '2022-07-29');
  assert.equal(one('The bridge fell on 29 July 2022.', '29 July 2022').value, '2022-07-29');
  assert.equal(one('Talks resume Jan. 2 in Minsk.', 'Jan. 2').value, '2023-01-02');
  assert.equal(one('The war began in 2014.', '2014').value, '2014');
  assert.equal(one('The summit is on February 3 in Kyiv, they will say.', 'February 3').value, '2023-02-03');
});

test('times: clock times and parts of the day take the date of the sentence', () => {
  const t = one('The blast came on Saturday at 10:30 am near the port.', '10:30 am');
  assert.deepEqual([t.type, t.value], ['TIME', '2022-12-31T10:30']);
  assert.equal(one('They attacked at dawn.', 'dawn').value, '2023-01-02TMO');
  assert.equal(one('They attacked in the morning.', 'the morning').value, '2023-01-02TMO');
});

test('times: words that are not times give nothing', () => {
  for (const s of [
    'They may leave.',
    'Thousands march in the streets.',
    'He came in the second.',
    'A 19-year-old was wounded.',
    'A Su-25 was shot down.',
    'Monday Okafor, a medic, was hurt.',
    'They commemorated Bloody Sunday.',
    'About 2000 soldiers arrived.',
  ]) {
    assert.deepEqual(
      times(s).map((t) => t.text),
      [],
      s,
    );
  }
});

test('times: a stated full date a year off from the weekdays is corrected, with a note', () => {
  const text = 'Russia said on January 2, 2022 that the strike killed 63. On Monday the ministry added details.';
  const { times: fixed, notes } = checkConsistency(times(text), ANCHOR);
  const d = fixed.find((t) => t.text === 'January 2, 2022');
  assert.ok(d);
  assert.deepEqual([d.value, d.corrected_from], ['2023-01-02', '2022-01-02']);
  assert.equal(notes.length, 1);
  assert.equal(notes[0]?.code, 'W_DATE_INCONSISTENT');
  assert.deepEqual(notes[0]?.span, [text.indexOf('January 2, 2022'), text.indexOf('January 2, 2022') + 15]);
  assert.match(notes[0]?.message ?? '', /2022-01-02.*Sunday.*chose 2023-01-02/u);
});

test('times: a consistent full date gets no note', () => {
  const text = 'The attack on Monday, January 2, 2023 killed 63.';
  const { times: fixed, notes } = checkConsistency(times(text), ANCHOR);
  assert.deepEqual(notes, []);
  assert.equal(fixed[0]?.value, '2023-01-02');
});

test('times: attributive and spelled-out years, decades and seasons', () => {
  assert.equal(one('The army repeated its 2014 offensive.', '2014').value, '2014');
  assert.equal(one("The mayor's 2019 budget was cut.", '2019').value, '2019');
  assert.equal(one('The bridge fell in nineteen ninety-six after a flood.', 'nineteen ninety-six').value, '1996');
  assert.equal(one('The mill closed in the year two thousand.', 'the year two thousand').value, '2000');
  assert.equal(one('Prices peaked in the 1990s.', 'the 1990s').value, '199');
  assert.equal(one('Prices peaked in 1990s markets.', '1990s').value, '199X');
  assert.equal(one('Snow fell hard in the winter of 2019 in the north.', 'the winter of 2019').value, '2019-WI');
  assert.equal(one('Fields flooded in the summer.', 'the summer').value, '2022-SU');
});

test('times: a month before "this/next year" takes that year; "a year earlier" counts from the named date', () => {
  assert.equal(one('The vote is planned for April next year.', 'April').value, '2024-04');
  const text = 'The plant opened in 2015. A year earlier, the site was a field.';
  assert.equal(one(text, 'A year earlier').value, '2014');
  const q = 'Third-quarter profit rose 5%. Sales were flat from a year ago.';
  assert.equal(one(q, 'a year ago').value, '2021-Q3');
});

test('times: a year named with a quarter or period of a report', () => {
  const text = "Fourth-quarter sales rose. They were lower in the 2021 period, and this year's first quarter was weak.";
  assert.equal(one(text, 'the 2021 period').value, '2021-Q4');
  assert.equal(one(text, "this year's first quarter").value, '2023-Q1');
  assert.equal(one('Output fell in the 2020 second quarter.', 'the 2020 second quarter').value, '2020-Q2');
  assert.equal(one('The company said it would pay on Dec. 15.', 'Dec. 15').value, '2022-12-15');
  assert.equal(one('The loan must be repaid by March 3.', 'March 3').value, '2023-03-03');
});

test('times: a clock time before its day is one TIME', () => {
  const t = one('The convoy left at 9 a.m. Tuesday, officials said.', '9 a.m. Tuesday', '2023-01-05');
  assert.deepEqual([t.type, t.value], ['TIME', '2023-01-03T09:00']);
  assert.equal(one('Talks broke off at noon Thursday.', 'noon Thursday', '2023-01-06').value, '2023-01-05T12:00');
  assert.equal(one('The raid began at 4 a.m. EST Sunday.', '4 a.m. EST Sunday').value, '2023-01-01T04:00');
  // a parenthetical ends the clock time: the day stands apart
  const split = times('The blast hit at 10:35 a.m. (0735 GMT) Friday in the port.', '2023-01-07');
  assert.ok(split.some((x) => x.text === 'Friday' && x.value === '2023-01-06'));
});

test('times: the year ended, year-end and centuries', () => {
  const fy = one('Revenue for the year ended March 31 rose 4%.', 'the year');
  assert.deepEqual([fy.type, fy.value], ['DURATION', 'P1Y']);
  assert.equal(one('Losses in the fiscal year ending June 30 widened.', 'the fiscal year').value, 'P1Y');
  const ye = one('The ministry expects the bridge rebuilt by year-end.', 'year-end');
  assert.deepEqual([ye.type, ye.value, ye.mod], ['DATE', '2023', 'END']);
  assert.equal(one('Shares have fallen 8% since year-end.', 'year-end').value, '2022');
  assert.equal(one('The port should reopen by the end of the year.', 'the end of the year').value, '2023');
  assert.equal(one('Grain stocks will be checked by year’s end.', 'year’s end').value, '2023');
  assert.equal(one('The fort dates from the 11th century and still stands.', 'the 11th century').value, '10');
  assert.equal(one('It was the worst war of the twentieth century.', 'the twentieth century').value, '19');
  assert.equal(one('A 21st-century army needs drones.', '21st-century').value, '20');
});

test('times: "that year", "the following month" and "later that year" take the last date the text named', () => {
  const text = 'The depot was built in June 2015 and shelled later that year. The following month, it burned.';
  assert.equal(one(text, 'later that year').value, '2015');
  assert.equal(one(text, 'The following month').value, '2015-07');
  const day = 'The port was hit on March 3, 2022. Earlier that day, the mayor fled.';
  assert.equal(one(day, 'Earlier that day').value, '2022-03-03');
  // nothing to refer to: no time
  assert.ok(!times('The ministry said that day was quiet.').some((t) => t.text.includes('that day')));
});

test('times: fiscal years, "a week or so ago", fractions and ordinals that are not times', () => {
  assert.equal(one('Sales in the current fiscal year will rise.', 'the current fiscal year').value, '2023');
  assert.equal(one('Prices fell last fiscal year.', 'last fiscal year').value, '2022');
  assert.equal(one('A week or so ago, the general left.', 'A week or so ago').value, '2022-W52');
  assert.deepEqual(times('The city imports about three-quarters of its food.'), []);
  assert.deepEqual(times('They hold more than a quarter of the market.'), []);
  assert.equal(one('It recovered after several quarters of losses.', 'several quarters').value, 'PXQ');
  assert.deepEqual(times('A second convoy reached the town.'), []);
  assert.equal(one('The lights failed within a second of the blast.', 'a second').value, 'PT1S');
});

test('times: a quoted show title is not a time; a clock time is not the head of a number', () => {
  assert.deepEqual(times('The minister said on ABC\'s "This Week" that talks failed.'), []);
  assert.deepEqual(times("He told CBS's ''60 Minutes'' he would stay."), []);
  const t = one('It may buy the stake after Jan. 1, 1990 at 1,015 francs a share.', 'Jan. 1, 1990');
  assert.deepEqual([t.type, t.value], ['DATE', '1990-01-01']);
});

test('times: both ends of a date range, years after a prefix or in a list, a month with a possessive', () => {
  const r = times('The army bought shells from Aug. 26 to Oct. 20 at a high price.');
  assert.deepEqual(
    r.map((t) => [t.text, t.value]),
    [
      ['Aug. 26', '2022-08-26'],
      ['Oct. 20', '2022-10-20'],
    ],
  );
  const mid = one('The rebels split in mid-1996 after a defection.', 'mid-1996');
  assert.deepEqual([mid.value, mid.mod], ['1996', 'MID']);
  assert.equal(one('The post-1959 exodus split families.', '1959').value, '1959');
  assert.equal(one('Raids came in 1994, 1995 and 1997 across the border.', '1995').value, '1995');
  assert.equal(one("A revision to December's figures followed.", 'December').value, '2022-12');
});

test('times: the near future and the short term point ahead', () => {
  const t = one('The army will withdraw in the near future, the minister said.', 'the near future');
  assert.deepEqual([t.type, t.value], ['DATE', 'FUTURE_REF']);
  assert.equal(one('Prices may rise in the short term.', 'the short term').value, 'FUTURE_REF');
  assert.deepEqual(times('They signed a short-term lease.'), []);
});
