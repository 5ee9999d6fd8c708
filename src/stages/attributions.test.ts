import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Attribution, Entity } from '../core/layers/source.js';
import { findAttributions } from './attributions.js';
import { findEntities } from './entities.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

function run(text: string): {
  atts: Attribution[];
  ents: Entity[];
  name: (a: Attribution | undefined) => string | null;
} {
  const s = splitSentences(text);
  const t = tokenize(s);
  const ents = findEntities(text, s, t, [], []);
  const atts = findAttributions(text, s, ents, t);
  for (const a of atts) {
    for (const x of [a.source, a.cue, a.content, ...(a.parts ?? [])])
      if (x !== null) assert.equal(text.slice(x.span[0], x.span[1]), x.text);
  }
  const name = (a: Attribution | undefined): string | null => ents.find((e) => e.id === a?.entity)?.name ?? null;
  return { atts, ents, name };
}

test('attributions: "X said that Y" gives the that-clause as content, without the final period', () => {
  const { atts, name } = run('The defence ministry in Moscow said that 41 drones were shot down overnight.');
  assert.equal(atts.length, 1);
  assert.equal(atts[0]?.source?.text, 'The defence ministry in Moscow');
  assert.equal(atts[0]?.cue.text, 'said');
  assert.equal(atts[0]?.content.text, 'that 41 drones were shot down overnight');
  assert.equal(name(atts[0]), 'defence ministry in Moscow');
});

test('attributions: postposed cue "Y, X said." and inverted "Y, said X."', () => {
  const { atts } = run(
    'Nine people were hurt in the blast, the regional governor said. Three homes burned, said Mayor Ivan Petrenko.',
  );
  assert.equal(atts[0]?.content.text, 'Nine people were hurt in the blast');
  assert.equal(atts[0]?.source?.text, 'the regional governor');
  assert.equal(atts[1]?.content.text, 'Three homes burned');
  assert.equal(atts[1]?.source?.text, 'Mayor Ivan Petrenko');
});

test('attributions: a quote before its speaker, an appositive, and a pronoun in the next quote', () => {
  const text = '"We lost twelve men," said Oleh Marchenko, a battalion commander. "Nobody came to help," he said.';
  const { atts, name } = run(text);
  assert.equal(atts.length, 2);
  assert.equal(atts[0]?.content.text, '"We lost twelve men,"');
  assert.equal(atts[0]?.source?.text, 'Oleh Marchenko, a battalion commander');
  assert.equal(atts[1]?.source?.text, 'he');
  assert.equal(name(atts[1]), 'Oleh Marchenko');
  assert.equal(atts[1]?.quote, true);
});

test('attributions: "said" inside a quote is not a cue; a quote running into the next paragraph is one content', () => {
  const text = 'Igor Strelkov wrote: "They said the front was quiet.\n"It was not, and forty men died there."';
  const { atts, name } = run(text);
  assert.equal(atts.length, 1);
  assert.equal(atts[0]?.cue.text, 'wrote');
  assert.equal(atts[0]?.parts?.length, 2);
  assert.match(atts[0]?.parts?.[1]?.text ?? '', /forty men died/);
  assert.equal(name(atts[0]), 'Igor Strelkov');
});

test('attributions: "according to" before and after, a headline "Source: content", and a passive cue with no source', () => {
  const text =
    'Kyiv: 14 missiles downed over the capital\n\nAccording to local officials, two children died. Power was cut in four districts, according to the city administration. It was reported that 30 shells fell.';
  const { atts, name } = run(text);
  const [h, a1, a2, p] = atts;
  assert.equal(h?.source?.text, 'Kyiv');
  assert.equal(h?.cue.text, ':');
  assert.equal(h?.content.text, '14 missiles downed over the capital');
  assert.equal(name(h), 'Kyiv');
  assert.equal(a1?.cue.text, 'According to');
  assert.equal(a1?.source?.text, 'local officials');
  assert.equal(a1?.content.text, 'two children died');
  assert.equal(a2?.source?.text, 'the city administration');
  assert.equal(a2?.content.text, 'Power was cut in four districts');
  assert.equal(p?.source, null);
  assert.equal(p?.entity, null);
  assert.equal(p?.content.text, 'that 30 shells fell');
});

test('attributions: a role noun and "it" resolve to earlier entities; "told AFP" skips the hearer', () => {
  const text =
    'The Ukrainian general staff said 300 soldiers were killed. The staff added that it had lost two tanks. A security source told AFP that 12 civilians died.';
  const { atts, name } = run(text);
  assert.equal(name(atts[0]), name(atts[1]));
  assert.equal(atts[2]?.source?.text, 'A security source');
  assert.equal(atts[2]?.content.text, 'that 12 civilians died');
});

test('attributions: the whole subject noun phrase is the source (post-modifiers, lists, appositives)', () => {
  const { atts } = run(
    'Aides to the mayor of Lviv say the shelter held 80 people. ' +
      'Ms. Hrytsenko and Mr. Boyko said the bridge was hit twice. ' +
      'Taras Melnyk, the deputy head of the district council, said 14 houses burned.',
  );
  assert.equal(atts[0]?.source?.text, 'Aides to the mayor of Lviv');
  assert.equal(atts[1]?.source?.text, 'Ms. Hrytsenko and Mr. Boyko');
  assert.equal(atts[2]?.source?.text, 'Taras Melnyk, the deputy head of the district council,');
  assert.equal(atts[2]?.content.text, '14 houses burned');
});

test('attributions: a relative clause describes the source (the name is its entity); an introductory phrase does not', () => {
  const { atts, name } = run(
    'Olena Kravets, who runs the clinic, said six patients were moved. On Friday, the regional governor said two roads were closed.',
  );
  assert.equal(atts[0]?.source?.text, 'Olena Kravets, who runs the clinic,');
  assert.equal(name(atts[0]), 'Olena Kravets');
  assert.equal(atts[1]?.source?.text, 'the regional governor');
});

test('attributions: attitude cues with particles and auxiliaries ("called for", "can\'t say", "is urging")', () => {
  const { atts } = run(
    'The opposition leader called for an inquiry into the strike. He can’t say how many shells fell. The council is urging residents to leave.',
  );
  assert.equal(atts[0]?.cue.text, 'called for');
  assert.equal(atts[0]?.source?.text, 'The opposition leader');
  assert.equal(atts[0]?.content.text, 'an inquiry into the strike');
  assert.equal(atts[1]?.cue.text, 'can’t say');
  assert.equal(atts[1]?.source?.text, 'He');
  assert.equal(atts[2]?.cue.text, 'is urging');
  assert.equal(atts[2]?.source?.text, 'The council');
});

test('attributions: nouns that look like cues are not cues ("his plans", "the calls")', () => {
  const { atts } = run('His plans for the port were shelved. The calls for a truce grew louder.');
  assert.equal(atts.length, 0);
});

test('attributions: a second verb shares the subject ("X says A and said B"), a contraction splits off ("I\'ve said")', () => {
  const { atts } = run(
    'The governor says the dam held and said 30 families were evacuated. I’ve said the toll will rise.',
  );
  const second = atts.find((a) => a.content.text.startsWith('30 families'));
  assert.equal(second?.source?.text, 'The governor');
  const me = atts.find((a) => a.content.text.startsWith('the toll'));
  assert.equal(me?.source?.text, 'I');
  assert.equal(me?.cue.text, '’ve said');
});

test('attributions: a speaker opening another content does not nest ("X said police were reporting Y")', () => {
  const { atts, name } = run('Governor Pavlo Ivanenko said police were reporting "dozens" of wounded.');
  assert.equal(atts.length, 1);
  assert.equal(name(atts[0]), 'Pavlo Ivanenko');
});

test('attributions: a channel is not the speaker, a time is not part of the source, "called off" is no cue', () => {
  const text =
    'The harbour authority said in a statement on Telegram that four boats sank. It said divers were searching. ' +
    'Divers on Friday called off their search. Portugal on Sunday said nine sailors were missing.';
  const { atts, name } = run(text);
  assert.equal(name(atts[0]), 'harbour authority');
  assert.equal(atts[1]?.source?.text, 'It');
  assert.equal(name(atts[1]), 'harbour authority');
  assert.ok(!atts.some((a) => a.cue.text === 'called'));
  const last = atts[atts.length - 1];
  assert.equal(last?.source?.text, 'Portugal');
});

test('attributions: "In Lisbon, Ms. Costa said" and "At dawn she said" keep only the speaker', () => {
  const { atts } = run('In Lisbon, Ms. Costa said the ferry was late. At dawn she said the port was closed.');
  assert.equal(atts[0]?.source?.text, 'Ms. Costa');
  assert.equal(atts[1]?.source?.text, 'she');
});

test('attributions: names joined by "and" after "But", and "and state officials" as one subject', () => {
  const { atts } = run(
    'But Mr. Novak and Ms. Reyes say the port must reopen. Federal and state officials said the bridge was unsafe.',
  );
  assert.equal(atts[0]?.source?.text, 'Mr. Novak and Ms. Reyes');
  assert.equal(atts[0]?.cue.text, 'say');
  assert.equal(atts[1]?.source?.text, 'Federal and state officials');
});

test('attributions: a relative clause without its pronoun gives the subject inside it', () => {
  const { atts } = run(
    'He listed the things the former mayor has said about the strike. It is a point she often repeats in speeches. ' +
      '(Mr. Arslan has said he will not run.)',
  );
  assert.equal(atts[0]?.source?.text, 'the former mayor');
  assert.equal(atts[1]?.source?.text, 'she');
  assert.equal(atts[2]?.source?.text, 'Mr. Arslan');
});

test('attributions: "said X of Place." leaves out the final period', () => {
  const { atts } = run('The dam held for now, said Senator Maria Lopes of New Mexico.');
  assert.equal(atts[0]?.source?.text, 'Senator Maria Lopes of New Mexico');
});

test('attributions: a quote signed with a dash, and transcript speaker labels', () => {
  const text =
    '“The town has been forgotten.” ― Anna K. Morales\n\n' +
    'KOVAC: What happened at the depot?\n\nBERG: Nobody was told about the shelling.\n\nUPDATE: The road is open.';
  const { atts } = run(text);
  assert.equal(atts[0]?.source?.text, 'Anna K. Morales');
  assert.equal(atts[0]?.cue.text, '―');
  assert.equal(atts[0]?.content.text, '“The town has been forgotten.”');
  assert.equal(atts[1]?.source?.text, 'KOVAC');
  assert.equal(atts[1]?.cue.text, ':');
  assert.equal(atts[2]?.source?.text, 'BERG');
  assert.equal(atts[2]?.content.text, 'Nobody was told about the shelling');
  assert.equal(atts.length, 3);
});

test('attributions: a document described by a participle keeps the description; its author is no entity', () => {
  const { atts } = run('The survey, conducted in June by the Kyiv Institute, said that most residents stayed.');
  assert.equal(atts[0]?.source?.text, 'The survey, conducted in June by the Kyiv Institute,');
  assert.equal(atts[0]?.entity, null);
});

test('attributions: a name with several descriptions or a relative clause, and no inversion before a clause', () => {
  const { atts } = run(
    'Ivo Brandt, research director at Kestrel Analytics, a consulting firm, said the pipeline was safe. ' +
      'Lena Ortiz, who served as consul in Lviv until last year, said the border was calm. ' +
      'Tomas Reyes, of Tucson, Ariz., said he had left the city.',
  );
  assert.equal(atts[0]?.source?.text, 'Ivo Brandt, research director at Kestrel Analytics, a consulting firm,');
  assert.equal(atts[1]?.source?.text, 'Lena Ortiz, who served as consul in Lviv until last year,');
  assert.equal(atts[2]?.source?.text, 'Tomas Reyes, of Tucson, Ariz.,');
  assert.equal(atts[2]?.content.text, 'he had left the city');
});

test('attributions: evidence shows and finds ("Video shows that …", "a poll released Friday found")', () => {
  const { atts } = run(
    'Video shows that the convoy stopped twice. A Gallup poll released Friday found that most voters stayed home. ' +
      'The body found in the river was identified.',
  );
  assert.equal(atts.length, 2);
  assert.equal(atts[0]?.source?.text, 'Video');
  assert.equal(atts[0]?.cue.text, 'shows');
  assert.equal(atts[1]?.source?.text, 'A Gallup poll released Friday');
  assert.equal(atts[1]?.cue.text, 'found');
});

test('attributions: stance verbs ("supports", "is seeking", "congratulated", "wonders") take a subject and content', () => {
  const { atts } = run(
    'Union leader Petro Hnatiuk supports a ceasefire along the river. The mayor is seeking funds for new shelters. ' +
      'Ms. Duarte congratulated the rescue teams. He wonders whether the talks will last.',
  );
  assert.deepEqual(
    atts.map((a) => [a.source?.text, a.cue.text]),
    [
      ['Union leader Petro Hnatiuk', 'supports'],
      ['The mayor', 'is seeking'],
      ['Ms. Duarte', 'congratulated'],
      ['He', 'wonders'],
    ],
  );
  assert.equal(atts[0]?.content.text, 'a ceasefire along the river');
});

test('attributions: an age stays in the source; an adverb before a time phrase and before a coordinated cue goes', () => {
  const { atts } = run(
    '“The bridge is gone,” Mr. Horvat, 71, told reporters. Kestrel Bank just this month announced it would close. ' +
      'Ms. Lind generally backed the proposal and said she would vote for it.',
  );
  assert.equal(atts[0]?.source?.text, 'Mr. Horvat, 71,');
  assert.equal(atts[1]?.source?.text, 'Kestrel Bank');
  const said = atts.find((a) => a.cue.text === 'said');
  assert.equal(said?.source?.text, 'Ms. Lind');
});

test('attributions: cue words read as nouns or aspect verbs are no cues', () => {
  const { atts } = run(
    'The mayor will continue to support the shelters. Despite Mr. Petrov’s claims of victory, the town fell. ' +
      'Additional reporting by Ana Silva. The court heard cases alleging fraud. A Kestrel Bank tweet drew criticism. ' +
      'The state officials met on Monday.',
  );
  assert.deepEqual(atts, []);
});

test('attributions: a title-case headline cue ("Mayor Says …")', () => {
  const { atts } = run('Lviv Mayor Andriy Sadovyi Says Power Will Return by Friday\n\nCrews worked through the night.');
  assert.equal(atts[0]?.source?.text, 'Lviv Mayor Andriy Sadovyi');
  assert.equal(atts[0]?.cue.text, 'Says');
});

test('attributions: long subjects before the cue (ages, bracketed party and state, dashes, relative clauses)', () => {
  const cases: [string, string][] = [
    [
      'Olga Marchenko, 34, a nurse from Izium, said the clinic had no power.',
      'Olga Marchenko, 34, a nurse from Izium,',
    ],
    [
      'Sen. Ruth Alder (D-Ore.), chair of the armed services panel, said the aid would pass.',
      'Sen. Ruth Alder (D-Ore.), chair of the armed services panel,',
    ],
    ['Petro Hnat — a medic from Sumy — says the road is mined.', 'Petro Hnat — a medic from Sumy —'],
    [
      'Ian Cole, an analyst who has tracked the shelling for a year, said the pattern had changed.',
      'Ian Cole, an analyst who has tracked the shelling for a year,',
    ],
    ['When the U.N. envoy, Maria Ruiz, said the talks had failed, prices rose.', 'the U.N. envoy, Maria Ruiz,'],
    ['Those close to him say that he will resign.', 'Those close to him'],
    [
      'Although the town is quiet, local officials from both parties say the curfew stays.',
      'local officials from both parties',
    ],
    ['A police report published Tuesday said two guards were hurt.', 'A police report published Tuesday'],
  ];
  for (const [text, source] of cases) {
    const { atts } = run(text);
    assert.equal(atts[0]?.source?.text, source, text);
  }
});

test('attributions: the subject after a relative object pronoun and the subject of a coordinated verb', () => {
  const rel = run('Kyiv took responsibility for the strike, which it said hit a depot.');
  const a = rel.atts.find((x) => x.cue.text === 'said');
  assert.equal(a?.source?.text, 'it');
  assert.equal(rel.name(a), 'Kyiv');
  const coord = run('Haddad toured the ward on Friday and says the hospital needs fuel.');
  assert.equal(coord.atts[0]?.source?.text, 'Haddad');
  assert.equal(coord.atts[0]?.content.text, 'the hospital needs fuel');
  const intro = run('In an interview with the BBC, Ostrova doubled down on her remarks but said the vote was fair.');
  assert.equal(intro.atts.find((x) => x.cue.text === 'said')?.source?.text, 'Ostrova');
});

test('attributions: subject extents — names, lists, inserts the subject keeps or leaves', () => {
  const cases: [string, string][] = [
    ['A reporter for USA Today said the convoy turned back.', 'A reporter for USA Today'],
    ['Both Ms. Hale and Mr. Ortiz say the plan fails.', 'Both Ms. Hale and Mr. Ortiz'],
    ['The Ohio state auditor said the books were wrong.', 'The Ohio state auditor'],
    ['State and local leaders said the roads were closed.', 'State and local leaders'],
    ['All the doctors I interviewed said the ward was full.', 'All the doctors I interviewed'],
    [
      'Varga, 61, who has led the agency since 2019, said the report was thin.',
      'Varga, 61, who has led the agency since 2019,',
    ],
    [
      'Other aid groups, including the Red Cross, said the road was unsafe.',
      'Other aid groups, including the Red Cross,',
    ],
    ['May 3 (AP) — Former Governor Ann Lee said the levee failed.', 'Former Governor Ann Lee'],
    [
      'Moscow backs the army as the United States, Britain and France support the rebels.',
      'the United States, Britain and France',
    ],
    [
      'Sen. Ada Kim, the top Democrat on the panel, in a statement said the bill died.',
      'Sen. Ada Kim, the top Democrat on the panel,',
    ],
    [
      'Rep. J.D. Marsh (R-Ohio), head of the caucus, said the vote slipped.',
      'Rep. J.D. Marsh (R-Ohio), head of the caucus,',
    ],
  ];
  for (const [text, source] of cases) {
    const { atts } = run(text);
    assert.equal(atts[0]?.source?.text, source, text);
  }
});

test('attributions: naming with "called" and phrases that cannot speak give no source', () => {
  for (const text of [
    'The convoy crossed a river called Black Creek.',
    'She condemned what he called a clear provocation.',
    'Having said that, the talks go on.',
    'He declined to comment, aside from saying he wants peace.',
  ]) {
    const { atts } = run(text);
    assert.ok(
      atts.every(
        (a) => !['a river', 'he', 'Having', 'aside from'].includes(a.source?.text ?? '') || a.cue.text !== 'called',
      ),
      text,
    );
    assert.ok(!atts.some((a) => a.source?.text === 'aside from' || a.source?.text === 'Having'), text);
  }
  assert.equal(run('The convoy crossed a river called Black Creek.').atts.length, 0);
  assert.equal(run('The army called the raid a success.').atts[0]?.source?.text, 'The army');
});

test('attributions: a possessive description before the name, a description with "that", typed dashes', () => {
  const cases: [string, string][] = [
    ['Her chief of staff, Omar Diaz, says the talks will resume.', 'Her chief of staff, Omar Diaz,'],
    [
      'Lena Ruiz, the head of Aid Watch, a charity that has sued the ministry, said the camps were full.',
      'Lena Ruiz, the head of Aid Watch, a charity that has sued the ministry,',
    ],
    ['Ivo Ban -- a medic from Sumy -- said the road was mined.', 'Ivo Ban -- a medic from Sumy --'],
  ];
  for (const [text, source] of cases) assert.equal(run(text).atts[0]?.source?.text, source, text);
});

test('attributions: a participle cue takes the main clause subject; evidence heads with post-modifiers', () => {
  const a = run(
    'At a rally in Lviv, Ukraine, on Sunday, Mayor Ivan Sadov repeated his warning, saying the city was ready.',
  );
  assert.equal(a.atts.find((x) => x.cue.text === 'saying')?.source?.text, 'Mayor Ivan Sadov');
  const b = run('Footage of the strike shows two cars burning.');
  assert.equal(b.atts[0]?.source?.text, 'Footage of the strike');
  const c = run('Figures from the health ministry show that 40 people died.');
  assert.equal(c.atts[0]?.source?.text, 'Figures from the health ministry');
  const d = run('An average of polls taken over the past two weeks shows the mayor ahead.');
  assert.equal(d.atts[0]?.source?.text, 'An average of polls taken over the past two weeks');
});

test('attributions: names with months and modals, a cue word as the subject head, titles after the name', () => {
  assert.equal(run('Prime Minister Ada May said the deal was done.').atts[0]?.source?.text, 'Prime Minister Ada May');
  assert.equal(run('Moscow in May said the deal was done.').atts[0]?.source?.text, 'Moscow');
  assert.equal(run('The depot burned, the regional report said.').atts[0]?.source?.text, 'the regional report');
  const after = run('“We expect more,” added Rep. Lu Chen (D-Ore.), the ranking member of the panel.');
  assert.equal(after.atts[0]?.source?.text, 'Rep. Lu Chen (D-Ore.), the ranking member of the panel');
  const ing = run('“The risk is high,” said Ana Poe, managing director at Halden Advisory.');
  assert.equal(ing.atts[0]?.source?.text, 'Ana Poe, managing director at Halden Advisory');
});

test('attributions: a headline label that reads as a name speaks; a rubric does not', () => {
  const a = run('Zelenska: Aid Must Reach the Front Before Winter\n\nShe spoke in Kyiv on Monday.');
  assert.equal(a.atts[0]?.source?.text, 'Zelenska');
  assert.equal(a.atts[0]?.cue.text, ':');
  const b = run('Exclusive: Aid Convoy Turned Back at Border\n\nThe convoy waited for hours.');
  assert.ok(!b.atts.some((x) => x.cue.text === ':'));
  const c = run('Nested claims.\nThe mayor said he wants the bridge rebuilt.');
  assert.deepEqual(
    c.atts.map((x) => x.cue.text),
    ['said'],
  );
});

test('attributions: introductory stretches, adverbs before the cue and a closing pronoun leave the subject', () => {
  const cases: [string, string, string][] = [
    ['Ahead of the summit, France and Germany said the plan was ready.', 'France and Germany', 'said'],
    ['Two years ago, a local paper reported the mine was unsafe.', 'a local paper', 'reported'],
    ['Overall, the fund predicted slower growth.', 'the fund', 'predicted'],
    ['A week ago in an interview with a radio station he said the vote was rigged.', 'he', 'said'],
    ['Crews arrive first and then state and local leaders say the roads are open.', 'state and local leaders', 'say'],
    ['A review panel in 2019 found the hospital negligent.', 'A review panel', 'found'],
    ['Aid groups almost immediately disclosed the losses.', 'Aid groups', 'almost immediately disclosed'],
  ];
  for (const [text, source, cue] of cases) {
    const a = run(text).atts[0];
    assert.equal(a?.source?.text, source, text);
    assert.equal(a?.cue.text, cue, text);
  }
});

test('attributions: a party tag between a name and its description, discourse adverbs and reflexives', () => {
  const a = run('Sen. Ada Lind, R-Ohio, a first-term senator, said the bill would fail.');
  assert.equal(a.atts[0]?.source?.text, 'Sen. Ada Lind, R-Ohio, a first-term senator,');
  const b = run('Donors themselves say the tax is fair.');
  assert.equal(b.atts[0]?.source?.text, 'Donors');
});

test('attributions: counts and quantifiers open the subject; a description joins a name only when a comma closes it', () => {
  const cases: [string, string][] = [
    ['In the poll, more than 4 in 10 say the war is going badly.', 'more than 4 in 10'],
    ['In the poll, only 49 percent of voters say the party is united.', 'only 49 percent of voters'],
    ['But not everyone agrees that the truce holds.', 'not everyone'],
    ['In March, all but two said the plan failed.', 'all but two'],
    ['In the survey, nearly three in five say prices are too high.', 'nearly three in five'],
    ['The plan proved short-lived, Ms. Vance said.', 'Ms. Vance'],
  ];
  for (const [text, source] of cases) assert.equal(run(text).atts[0]?.source?.text, source, text);
});

test('attributions: the subject after a preposition and a relative word ("in which he said")', () => {
  const a = run('Critics seized on the interview, in which he said the sanctions had failed.');
  assert.equal(a.atts.find((x) => x.cue.text === 'said')?.source?.text, 'he');
});

test('attributions: a participle with its agent after "by" speaks for the agent', () => {
  const a = run('The figures reported by the health ministry could not be verified.');
  assert.equal(a.atts[0]?.source?.text, 'the health ministry');
  assert.equal(a.atts[0]?.content.text, 'The figures');
  const b = run('The attacks were claimed by the Islamic State.');
  assert.equal(b.atts[0]?.source?.text, 'the Islamic State');
  assert.equal(b.atts[0]?.cue.text, 'were claimed');
  const c = run('It is a tactic criticized by aid groups and local officials.');
  assert.equal(c.atts[0]?.source?.text, 'aid groups and local officials');
});

test('attributions: an attitude verb right after a quote and its speaker; a gerund speaker after "with"', () => {
  const a = run('“We will hold the line,” Petrenko answered. “Nobody is leaving.”');
  assert.equal(a.atts[0]?.source?.text, 'Petrenko');
  assert.equal(a.atts[0]?.cue.text, 'answered');
  const b = run('The panel met in Geneva, with experts offering their assessments of the damage.');
  assert.equal(b.atts.find((x) => x.cue.text === 'offering')?.source?.text, 'experts');
  assert.equal(run('He sent a letter urging calm.').atts.length, 0);
});

test('attributions: anonymous sources, another name, estimates of a count, a contrast after a postposed cue', () => {
  const a = run('A farmer who asked not to be named for fear of reprisals told reporters that 12 bodies were found.');
  assert.deepEqual(
    a.atts.map((x) => [x.source?.text, x.cue.text]),
    [['A farmer who asked not to be named for fear of reprisals', 'told']],
  );
  const b = run('Nine guards were hurt, the relief group, also known as the Blue Vests, said in a statement.');
  assert.equal(b.atts[0]?.source?.text, 'the relief group, also known as the Blue Vests,');
  assert.equal(b.atts[0]?.content.text, 'Nine guards were hurt');
  const c = run(
    'Raiders seized at least 40 villagers, the army said, while local leaders put the number of missing at 90.',
  );
  assert.deepEqual(
    c.atts.map((x) => [x.source?.text, x.content.text]),
    [
      ['the army', 'Raiders seized at least 40 villagers'],
      ['local leaders', 'the number of missing at 90'],
    ],
  );
});

test('attributions: postposed cues with a comment after them, appositive subjects before a comma, other names', () => {
  const cases: [string, string, string][] = [
    [
      'Raiders seized 14 guards near the border on Monday, the army said, in a blow to the talks.',
      'the army',
      'Raiders seized 14 guards near the border on Monday',
    ],
    [
      'Gunmen killed 21 villagers on Tuesday, the defence ministry said in a statement read on state television on Thursday.',
      'the defence ministry',
      'Gunmen killed 21 villagers on Tuesday',
    ],
    [
      'Nine people were hurt, the regional governor, Ivan Ruda, said.',
      'the regional governor, Ivan Ruda,',
      'Nine people were hurt',
    ],
    [
      'The Harbor Watch Committee, a network of volunteers that tracks the shelling, said 30 homes burned.',
      'The Harbor Watch Committee, a network of volunteers that tracks the shelling,',
      '30 homes burned',
    ],
    [
      'The Coastal Defence Front, or CDF, said the port was mined.',
      'The Coastal Defence Front, or CDF,',
      'the port was mined',
    ],
    [
      "The ombudsman's office, the People's Advocate, said 300 families fled.",
      "The ombudsman's office, the People's Advocate,",
      '300 families fled',
    ],
  ];
  for (const [text, source, content] of cases) {
    const a = run(text).atts[0];
    assert.equal(a?.source?.text, source, text);
    assert.equal(a?.content.text, content, text);
  }
  const acc = run(
    'Attacks killed 900 people this year, according to the Conflict Monitor, a rise of 40% on last year.',
  );
  assert.equal(acc.atts[0]?.source?.text, 'the Conflict Monitor');
});
