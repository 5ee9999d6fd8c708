import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity } from '../core/layers/source.js';
import { findEntities } from './entities.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

function ents(text: string) {
  const s = splitSentences(text);
  const out = findEntities(text, s, tokenize(s), [], []);
  for (const e of out) assert.equal(text.slice(e.span[0], e.span[1]), e.text);
  return out;
}

test('entities: people with titles and role descriptions get a name, a role and a kind', () => {
  const out = ents(
    'Kharkiv region head Oleg Synegubov spoke first. Then Kyiv Mayor Vitali Klitschko spoke. President Vladimir Putin did not.',
  );
  const by = (t: string) => out.find((e) => e.text === t);
  assert.deepEqual(
    [by('Kharkiv region head Oleg Synegubov')?.name, by('Kharkiv region head Oleg Synegubov')?.role],
    ['Oleg Synegubov', 'Kharkiv region head'],
  );
  assert.equal(by('Kyiv Mayor Vitali Klitschko')?.name, 'Vitali Klitschko');
  assert.equal(by('Kyiv Mayor Vitali Klitschko')?.kind, 'official');
  assert.equal(by('Kyiv Mayor Vitali Klitschko')?.side, 'UA');
  assert.equal(by('President Vladimir Putin')?.kind, 'government');
});

test('entities: aliases of one ministry share an id; a surname and "He" join the full name', () => {
  const out = ents(
    'The defence ministry in Moscow issued figures. The Russian Defense Ministry repeated them. Former separatist leader Igor Strelkov disagreed. Strelkov wrote a long post. He called the ministry liars. Moscow said nothing.',
  );
  const id = (t: string) => out.find((e) => e.text === t)?.id;
  assert.equal(id('The defence ministry in Moscow'), id('Russian Defense Ministry'));
  assert.equal(id('the ministry'), id('Russian Defense Ministry'));
  assert.equal(id('Moscow'), id('Russian Defense Ministry'));
  assert.equal(id('Strelkov'), id('Former separatist leader Igor Strelkov'));
  assert.equal(id('He'), id('Strelkov'));
  assert.equal(out.find((e) => e.text === 'He')?.reference, 'pronoun');
  assert.equal(out.find((e) => e.text === 'Strelkov')?.name, 'Igor Strelkov');
});

test('entities: organisations, collectives and known bodies get kinds and sides', () => {
  const out = ents(
    "The general staff of Ukraine's armed forces spoke. Residents were afraid. MSF sent doctors. The Houthi-run health ministry counted the dead. A security source talked.",
  );
  const by = (t: string) => out.find((e) => e.text === t);
  assert.equal(by("The general staff of Ukraine's armed forces")?.kind, 'military');
  assert.equal(by("The general staff of Ukraine's armed forces")?.side, 'UA');
  assert.equal(by('Residents')?.kind, 'witness');
  assert.equal(by('MSF')?.kind, 'ngo');
  assert.equal(by('The Houthi-run health ministry')?.side, 'Houthis');
  assert.equal(by('A security source')?.reference, 'description');
});

test('entities: holidays and weapons are not people; "the governor" refers back to "Gov. X", "the mayor" does not', () => {
  const text =
    "Gov. Anna Berg said two people died. He added that the bridge held. The governor said on New Year's Eve that UK-built Stormers fired. The mayor said nothing.";
  const s = splitSentences(text);
  const ents = findEntities(text, s, tokenize(s), [], []);
  const by = (t: string): Entity | undefined => ents.find((e) => e.text === t);
  assert.equal(by("New Year's Eve"), undefined);
  assert.equal(by('UK-built Stormers'), undefined);
  assert.equal(by('The governor')?.id, by('Gov. Anna Berg')?.id);
  assert.notEqual(by('The mayor')?.id, by('Gov. Anna Berg')?.id);
  assert.notEqual(by('He')?.name, 'people');
});

test('entities: a known organisation with a small word inside its name is one entity ("Save the Children")', () => {
  const text =
    'Save the Children said three children were killed, and the Norwegian Refugee Council said 40 families fled.';
  const found = ents(text);
  assert.ok(
    found.some((e) => e.text === 'Save the Children' && e.kind === 'ngo'),
    JSON.stringify(found),
  );
  assert.ok(
    found.some((e) => e.text === 'Norwegian Refugee Council' && e.kind === 'ngo'),
    JSON.stringify(found),
  );
});

test('entities: org names with "for", an Arabic article, and a unit ordinal stay whole', () => {
  const out = ents(
    'The Sudanese Observatory for Civil Rights said 20 people died. The rebels’ al-Nour TV said five were hurt. ' +
      "The army's 31st Brigade said two soldiers were killed.",
  );
  const names = out.map((e) => [e.text, e.kind]);
  assert.deepEqual(
    names.filter(([t]) => /Observatory|TV|Brigade/u.test(t ?? '')),
    [
      ['Sudanese Observatory for Civil Rights', 'ngo'],
      ['al-Nour TV', 'media'],
      ['31st Brigade', 'military'],
    ],
  );
});

test('entities: a plain "the army" does not refer back to an armed group named "… Liberation Army"', () => {
  const out = ents(
    "Fighters of the People's Liberation Army seized a bridge, the army said. Russia's army said the town fell.",
  );
  const group = out.find((e) => e.text.includes('Liberation Army'));
  const plain = out.find((e) => e.text === 'the army');
  assert.ok(group && plain);
  assert.notEqual(plain?.id, group?.id);
});

test('entities: a pronoun that speaks refers back to the organisation that last spoke, not one named since', () => {
  const out = ents(
    'The navy said its ships had sunk a Hezbollah supply boat near the coast. It said separately that two sailors were hurt.',
  );
  const navy = out.find((e) => e.text === 'The navy');
  const it = out.find((e) => e.text === 'It');
  assert.ok(navy && it);
  assert.equal(it?.id, navy?.id);
});

test('entities: "he" skips a woman named since, "she" a man', () => {
  const out = ents(
    'Dawit Alemu, a trader, was at the market. Nurse Amina Bekele said she treated 40 people. He said he counted 30 bodies.',
  );
  const dawit = out.find((e) => e.text === 'Dawit Alemu');
  const he = out.find((e) => e.text === 'He');
  assert.ok(dawit && he);
  assert.equal(he?.id, dawit?.id);
});

test('entities: a capitalised name before a unit of land ("East Gojjam zone") is no person', () => {
  const out = ents('The strike hit the market in East Gojjam zone on Tuesday. He said he counted the bodies.');
  assert.equal(
    out.find((e) => e.text.includes('Gojjam')),
    undefined,
  );
});
