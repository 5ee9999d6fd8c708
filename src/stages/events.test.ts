import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractArticle } from '../extract.js';
import { articleFromBytes } from '../input/article.js';
import { toDocumentJson } from '../output/document.js';

type Json = ReturnType<typeof toDocumentJson>;

function extract(text: string, published = '2024-03-08'): Json {
  return toDocumentJson(extractArticle(articleFromBytes(Buffer.from(text), 'test.txt'), { published }));
}

const eventOf = (doc: Json, number: number): Json['events'][number] | undefined => {
  const claim = doc.claims.find((c) => c.value?.number === number);
  return doc.events.find((e) => e.id === claim?.event);
};

test('events: the dateline city is where the reporter is, not where the event was', () => {
  const doc = extract(
    'ODESA, Ukraine (AP) — A drone strike on the port of Izmail killed four people on Thursday, the regional governor said.',
  );
  assert.equal(eventOf(doc, 4)?.where?.name, 'Izmail', JSON.stringify(doc.events));
  const bare = extract(
    'ODESA, Ukraine (AP) — Four people were killed in a drone strike on Thursday, the governor said.',
  );
  assert.notEqual(eventOf(bare, 4)?.where?.name, 'Odesa', JSON.stringify(bare.events));
});

test('events: a dateline without an agency ("Lviv, Ukraine —") is where the reporter is too', () => {
  const doc = extract(
    'Lviv, Ukraine — A drone strike on a market in Kherson killed five people on Thursday, the regional governor said.',
  );
  assert.equal(eventOf(doc, 5)?.where?.name, 'Kherson', JSON.stringify(doc.events));
  const bare = extract('Lviv, Ukraine — Five people were killed in a drone strike on Thursday, the governor said.');
  assert.notEqual(eventOf(bare, 5)?.where?.name, 'Lviv', JSON.stringify(bare.events));
});

test('events: a country is a place after a locative preposition, not as an actor ("blamed Russia")', () => {
  const doc = extract(
    'Strikes hit Kherson on Tuesday, killing six people, officials said.\n\n' +
      'The governor blamed Russia and said 11 people were wounded in the attack.',
  );
  assert.equal(eventOf(doc, 11)?.where?.name, 'Kherson', JSON.stringify(doc.events));
  const across = extract('Russian strikes across Ukraine on Wednesday killed at least nine people, officials said.');
  assert.equal(eventOf(across, 9)?.where?.country, 'UA');
  assert.equal(eventOf(across, 9)?.where?.name, 'Ukraine');
});

test('events: a weapon named like a town ("an Iskander missile") and "Kyiv\'s accusations" do not locate events', () => {
  const doc = extract(
    'Nine people were killed in Sumy on Monday when an Iskander missile hit a bus stop, the mayor said. ' +
      "Moscow dismissed Kyiv's accusations.",
  );
  assert.equal(eventOf(doc, 9)?.where?.name, 'Sumy');
  assert.ok(
    !doc.events.some((e) => e.where?.name === 'Kyiv' || /iskand/i.test(e.where?.name ?? '')),
    JSON.stringify(doc.events),
  );
});

test('events: a settlement the gazetteer lacks is declared by the text and placed in its container', () => {
  const doc = extract(
    'Gunmen killed 14 people in Kawaru Dutse, a village in northwest Nigeria, on Sunday, police said. ' +
      'Residents of Kawaru Dutse said the attackers arrived on motorcycles.',
  );
  const e = eventOf(doc, 14);
  assert.equal(e?.where?.name, 'Kawaru Dutse', JSON.stringify(doc.events));
  assert.equal(e?.where?.country, 'NG');
});

test('events: an event reported long after it happened is dated from the range the text gives', () => {
  const doc = extract(
    'The United Nations said on Friday that at least 60 villagers were killed in Bambara between June 3 and 5, 2023.',
    '2024-03-08',
  );
  const e = eventOf(doc, 60);
  assert.equal(e?.when?.start, '2023-06-03', JSON.stringify(e));
  assert.equal(e?.when?.end, '2023-06-05');
});

test('events: the day a source spoke is not the day of the event ("said on Saturday")', () => {
  const doc = extract(
    'A missile struck an apartment block in Dnipro late on Thursday. The emergency service said on Saturday that 23 people were killed.',
    '2024-03-09',
  );
  assert.equal(eventOf(doc, 23)?.when?.start, '2024-03-07');
});

test('events: a claim without a place of its own stays with its paragraph, then with the main event', () => {
  const doc = extract(
    'Shelling kills 5 in Kherson\n\nFive people were killed when shells hit Kherson on Monday, the governor said. ' +
      'He said 12 more were injured.\n\nSeparately, a drone hit Kharkiv on Monday, wounding three people, the mayor said. ' +
      'It also said two cars were destroyed.',
  );
  assert.equal(eventOf(doc, 12)?.where?.name, 'Kherson', JSON.stringify(doc.events));
  assert.equal(eventOf(doc, 2)?.where?.name, 'Kharkiv', JSON.stringify(doc.claims));
});

test('events: a tally over the whole war or a past year is a background event, not part of the reported strike', () => {
  const doc = extract(
    'A missile strike on Sumy killed 12 people on Tuesday, the governor said. ' +
      'The war has killed tens of thousands of civilians, according to UN figures. ' +
      'Last year, 300 people were killed in the region, officials said.',
  );
  const strike = eventOf(doc, 12);
  assert.equal(strike?.where?.name, 'Sumy');
  const war = doc.claims.find((c) => c.value?.text === 'tens of thousands');
  assert.ok(war && war.event !== strike?.id, JSON.stringify(doc.claims));
  const lastYear = eventOf(doc, 300);
  assert.ok(lastYear && lastYear.id !== strike?.id, JSON.stringify(doc.events));
  assert.equal(lastYear.when?.start, '2023-01-01');
  assert.equal(lastYear.type, 'tally');
});

test('events: a destination or an origin ("fled to the town of X", "fired from X") does not locate the event', () => {
  const doc = extract(
    'Gunmen killed 12 villagers in Sumy on Friday, officials said. ' +
      'A local official put the toll at 15 and said 300 people had fled to the nearby town of Romny.',
  );
  assert.equal(eventOf(doc, 15)?.where?.name, 'Sumy', JSON.stringify(doc.events));
});

test('events: a region is given by its name, never by its bare admin1 code', () => {
  const doc = extract(
    'In El Fasher, medics said shelling on Monday killed seven people in the village of Tindi Kora. ' +
      'Separately, floods in Thanh Hoa killed 3 people on Sunday, officials said.',
  );
  const declared = eventOf(doc, 7);
  assert.equal(declared?.where?.name, 'Tindi Kora', JSON.stringify(doc.events));
  assert.equal(declared?.where?.admin1, 'Northern Darfur');
  // a unit the gazetteer has no name for is null, not a code
  for (const e of doc.events) assert.ok(!/^\d+$/.test(e.where?.admin1 ?? ''), JSON.stringify(e.where));
  const unnamed = eventOf(doc, 3);
  assert.equal(unnamed?.where?.country, 'VN', JSON.stringify(doc.events));
  assert.equal(unnamed?.where?.admin1, null);
});

test('events: where something was said and a time zone are no event places', () => {
  const doc = extract(
    'Shelling killed nine people in Kupiansk on Tuesday, a UN spokeswoman said in Geneva.\n\n' +
      'More than 200 residents have fled the town since then, she told reporters in Geneva. ' +
      'The shelling lasted from 2 a.m. to 5 a.m. Kyiv time, local officials said.',
    '2024-03-07',
  );
  assert.equal(eventOf(doc, 9)?.where?.name, 'Kupiansk', JSON.stringify(doc.events));
  assert.equal(eventOf(doc, 200)?.where?.name, 'Kupiansk', JSON.stringify(doc.events));
  assert.ok(!doc.events.some((e) => /gen[eè]v|kyiv/i.test(e.where?.name ?? '')), JSON.stringify(doc.events));
  // reporters who are at the place do say where
  const seen = extract(
    'AFP reporters in Kupiansk heard explosions on Tuesday; three people were killed, officials said.',
  );
  assert.equal(eventOf(seen, 3)?.where?.name, 'Kupiansk', JSON.stringify(seen.events));
});

test('events: tolls since a date, over months or years, of the whole violence, or a front-wide daily count are background', () => {
  const doc = extract(
    'A drone strike on Kherson killed 6 people on Monday, the regional governor said. In total, 14 people were wounded in the strike.\n\n' +
      'More than 900 civilians were killed in the region in the first four months of the year, the UN said. ' +
      'Some 2,400 people have been killed in the province since October 2022, according to local officials. ' +
      'The violence has displaced 40,000 more, aid groups say. ' +
      "Lebanon's 15-year civil war killed 150,000 people.\n\n" +
      "Ukraine's General Staff said Russia had lost 1,310 troops over the previous 24 hours.",
    '2024-05-08',
  );
  const strike = eventOf(doc, 6);
  assert.equal(strike?.where?.name, 'Kherson', JSON.stringify(doc.events));
  assert.equal(eventOf(doc, 14)?.id, strike?.id);
  for (const n of [900, 2400, 40000, 150000, 1310]) {
    const e = eventOf(doc, n);
    assert.ok(e && e.id !== strike?.id && e.type === 'tally', `${n}: ${JSON.stringify(doc.events)}`);
  }
  // a period since a date runs up to publication
  assert.deepEqual([eventOf(doc, 2400)?.when?.start, eventOf(doc, 2400)?.when?.end], ['2022-10-01', '2024-05-08']);
});

test("events: an event's weapons come from its own sentences, not from another event's", () => {
  const doc = extract(
    'A guided bomb hit Sumy on Monday, injuring 4 people, the mayor said.\n\n' +
      'In Zaporizhzhia, three people were killed by a missile strike overnight, the governor said. ' +
      'Officials said the attack involved Iskander missiles.\n\n' +
      'Soldiers at the front said assaults were backed by Lancet drones and artillery.',
    '2024-03-05',
  );
  const sumy = eventOf(doc, 4);
  assert.equal(sumy?.where?.name, 'Sumy', JSON.stringify(doc.events));
  assert.deepEqual(sumy?.weapons, ['bomb'], JSON.stringify(doc.events));
  const other = eventOf(doc, 3);
  assert.equal(other?.where?.country, 'UA', JSON.stringify(doc.events));
  assert.notEqual(other?.id, sumy?.id);
  assert.ok(!other?.weapons.some((w) => /bomb|lancet/i.test(w)), JSON.stringify(other));
});

test('events: the town in a speaking official\'s title beats a country that only describes it; "the region" is the last town\'s', () => {
  const doc = extract(
    'Russian drones struck Odesa overnight, killing two people, the governor said.\n\n' +
      'The air force said it shot down 20 of the 25 drones launched at the region.\n\n' +
      "Separately, Kharkiv mayor Ihor Terekhov said a bomb hit a factory in Ukraine's second-largest city, wounding five people.",
    '2024-03-05',
  );
  assert.equal(eventOf(doc, 2)?.where?.name, 'Odesa', JSON.stringify(doc.events));
  assert.equal(eventOf(doc, 20)?.id, eventOf(doc, 2)?.id, JSON.stringify(doc.claims));
  assert.equal(eventOf(doc, 5)?.where?.name, 'Kharkiv', JSON.stringify(doc.events));
});

test('events: a time of day takes the day given before it; a year naming what something is does not date the event', () => {
  const doc = extract(
    'Gunmen raided a market in Zaria on Tuesday.\n\nThey arrived at around 9 a.m. and killed 11 traders, police said.',
    '2024-03-08',
  );
  assert.equal(eventOf(doc, 11)?.when?.start, '2024-03-05', JSON.stringify(doc.events));
  const coup = extract(
    'Jets bombed a village in Sagaing region on Wednesday morning, killing 17 people, according to the government ousted in the 2021 coup.',
    '2024-03-08',
  );
  const e = eventOf(coup, 17);
  assert.equal(e?.when?.start, '2024-03-06', JSON.stringify(coup.events));
  assert.notEqual(e?.type, 'tally');
});

test('events: a place name before an armed group noun ("Fano militiamen") names the group, not where', () => {
  const doc = extract(
    'A drone strike on a market in the Amhara region killed 20 people on Tuesday, officials said, amid fighting ' +
      'between federal forces and Fano militiamen.',
  );
  assert.equal(eventOf(doc, 20)?.where?.name, 'Amhara', JSON.stringify(doc.events));
});
