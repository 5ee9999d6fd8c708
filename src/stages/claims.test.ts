import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim } from '../core/layers/claim.js';
import { extractArticle } from '../extract.js';
import { articleFromBytes } from '../input/article.js';
import { toDocumentJson } from '../output/document.js';

function extract(text: string, published = '2024-03-05'): ReturnType<typeof toDocumentJson> {
  return toDocumentJson(extractArticle(articleFromBytes(Buffer.from(text), 'test.txt'), { published }));
}

const find = (claims: readonly Claim[], kind: string, number: number | null): Claim | undefined =>
  claims.find((c) => c.kind === kind && (c.value?.number ?? null) === number);

test('claims: a passive harm verb after the counted group gives a killed claim with its subject and source', () => {
  const { claims } = extract(
    'The regional governor said 12 civilians were killed in the shelling of Kharkiv on Monday, and the police said the figure was still rising.',
  );
  const c = find(claims, 'killed', 12);
  assert.ok(c, JSON.stringify(claims));
  assert.equal(c.value?.qualifier, 'exact');
  assert.equal(c.subject, 'civilians');
  assert.match(c.source.name.toLowerCase(), /governor/);
});

test('claims: a harm verb before the figure ("killing 9 and wounding 14") ties each figure to its own verb', () => {
  const { claims } = extract(
    'A missile hit the port of Odesa on Sunday, killing 9 people and wounding 14, officials said.',
  );
  assert.ok(find(claims, 'killed', 9), JSON.stringify(claims));
  assert.ok(find(claims, 'injured', 14), JSON.stringify(claims));
  assert.equal(find(claims, 'killed', 14), undefined);
});

test('claims: hedged figures keep their qualifier and interval ("nearly 300", "more than 40")', () => {
  const { claims } = extract(
    'The army said nearly 300 enemy soldiers were killed near Bakhmut. Medics said more than 40 people were wounded in the town.',
  );
  const nearly = find(claims, 'killed', 300);
  assert.equal(nearly?.value?.qualifier, 'nearly');
  assert.ok(nearly?.value?.high !== null && (nearly?.value?.high ?? 0) < 300);
  assert.equal(find(claims, 'injured', 40)?.value?.qualifier, 'more_than');
});

test('claims: killed and wounded together are casualties, and a modal makes the claim hedged', () => {
  const { claims } = extract(
    'Local bloggers said hundreds could have been killed and wounded in the attack on the airfield.',
  );
  const c = claims.find((x) => x.kind === 'casualties' || x.kind === 'killed');
  assert.ok(c, JSON.stringify(claims));
  assert.equal(c.value?.qualifier, 'vague');
  assert.equal(c.value?.number, null);
  assert.equal(c.certainty, 'hedged');
});

test('claims: a singular victim with no numeral counts as one ("a man was injured")', () => {
  const { claims } = extract(
    'The mayor said a man was injured when debris fell on a house in the Podilskyi district of Kyiv.',
  );
  const c = find(claims, 'injured', 1);
  assert.ok(c, JSON.stringify(claims));
  assert.match(c.source.name.toLowerCase(), /mayor/);
});

test('claims: munitions fired and shot down are launched and intercepted claims', () => {
  const { claims } = extract(
    'Russia launched 40 drones and six missiles overnight, the air force said. Air defences shot down 35 drones over the Kyiv region.',
  );
  assert.ok(find(claims, 'launched', 40), JSON.stringify(claims));
  assert.ok(find(claims, 'intercepted', 35), JSON.stringify(claims));
});

test('claims: ages, dates, years, times, model names, money and percentages never become harm claims', () => {
  const { claims } = extract(
    'A 23-year-old soldier of the 93rd brigade was killed on February 11 at 10:40 am. The Su-24 crashed in 2023. ' +
      'The programme is worth 50 million euros, and 40 percent of the town was destroyed.',
  );
  const numbers = claims.map((c) => c.value?.number);
  for (const trap of [23, 93, 11, 10, 40, 24, 2023, 50, 50_000_000])
    assert.ok(!numbers.includes(trap), `${trap} in ${JSON.stringify(claims)}`);
});

test('claims: the article voice is the source when no one is cited', () => {
  const { claims } = extract(
    'Russian strikes across Ukraine on Sunday killed at least five people and wounded dozens.',
  );
  const c = find(claims, 'killed', 5);
  assert.equal(c?.source.kind, 'outlet');
  assert.equal(c?.value?.qualifier, 'at_least');
  const d = claims.find((x) => x.kind === 'injured' && x.value?.qualifier === 'vague');
  assert.equal(d?.value?.text, 'dozens');
});

test('claims: responsibility and blame are claims without a figure', () => {
  const { claims } = extract(
    'Kyiv took responsibility for the strike on the bridge. The Kremlin blamed Ukraine for the attack.',
  );
  const resp = claims.filter((c) => c.kind === 'responsibility');
  assert.ok(resp.length >= 2, JSON.stringify(claims));
  assert.ok(resp.every((c) => c.value === null));
});

test('claims: the same figure from the same source said twice is one claim with two mentions', () => {
  const { claims } = extract(
    'The ministry said 17 people were killed in the strike on Zaporizhzhia. Later, the ministry said again that 17 people were killed.',
  );
  const c = claims.filter((x) => x.kind === 'killed' && x.value?.number === 17);
  assert.equal(c.length, 1, JSON.stringify(claims));
  assert.equal(c[0]?.mentions.length, 2);
});

test('events: claims are grouped by the place their sentence names and dated from the article', () => {
  const doc = extract(
    'Shelling kills 7 in Kherson\n\nAt least seven people were killed when shells hit Kherson on Monday, the governor said.\n\n' +
      'Separately, the mayor of Kharkiv said three people were injured in a drone attack on the city on Saturday.',
  );
  const kherson = doc.events.find((e) => e.where?.name === 'Kherson');
  assert.ok(kherson, JSON.stringify(doc.events));
  assert.equal(kherson.when?.start, '2024-03-04');
  const killed = find(doc.claims, 'killed', 7);
  assert.equal(killed?.event, kherson.id);
  const injured = find(doc.claims, 'injured', 3);
  assert.ok(injured && injured.event !== kherson.id, JSON.stringify(doc.claims));
});

test('claims: reported strikes claim responsibility for the source ("said their forces had hit", "attacks by the RSF")', () => {
  const { claims } = extract(
    'Ukrainian officials said their forces had hit the cruiser with two missiles. ' +
      'The UN said at least 40 people were killed in attacks by the RSF on the camp.',
  );
  const resp = claims.filter((c) => c.kind === 'responsibility');
  assert.ok(
    resp.some((c) => /ukrainian officials/i.test(c.source.name)),
    JSON.stringify(resp),
  );
  assert.ok(
    resp.some((c) => /\bUN\b|United Nations/.test(c.source.name)),
    JSON.stringify(resp),
  );
});

test('claims: an accusation is responsibility only when it accuses of the attack', () => {
  const { claims } = extract(
    'Bloggers accused the generals of ignoring past mistakes after the strike. The mayor accused Russia of shelling the market.',
  );
  const resp = claims.filter((c) => c.kind === 'responsibility');
  assert.equal(resp.length, 1, JSON.stringify(resp));
  assert.match(resp[0]?.source.name ?? '', /mayor/i);
});

test('claims: tolls given as counts and numbers ("raised its count from 130", "put the number of dead at 168")', () => {
  const { claims } = extract(
    'The rescuer told reporters his team had raised its count from 130. The opposition put the number of dead at 168.',
  );
  assert.ok(find(claims, 'killed', 130), JSON.stringify(claims));
  assert.ok(find(claims, 'killed', 168), JSON.stringify(claims));
});

test('claims: a subject who counts is the source ("The governor raised the toll to 21"); burials count the dead', () => {
  const { claims } = extract(
    'Governor Ivan Petrenko raised the toll to 21 overnight. Villagers said they had buried 93 people.',
  );
  assert.match(find(claims, 'killed', 21)?.source.name ?? '', /Petrenko/);
  assert.ok(find(claims, 'killed', 93), JSON.stringify(claims));
});

test('claims: "many of the wounded" is a share of a counted group, not a count', () => {
  const { claims } = extract('The mayor said 40 people were wounded. Many of the wounded were children, he said.');
  assert.equal(claims.filter((c) => c.kind === 'injured').length, 1, JSON.stringify(claims));
});

test('claims: a headline figure in the outlet voice is a mention of the attributed claim in the story', () => {
  const { claims } = extract(
    'Toll in Odesa strike rises to 31\n\nThe number of people killed in the missile strike on Odesa rose to 31, the governor said on Sunday.',
  );
  const c = claims.filter((x) => x.kind === 'killed' && x.value?.number === 31);
  assert.equal(c.length, 1, JSON.stringify(claims));
  assert.match(c[0]?.source.name ?? '', /governor/i);
  assert.equal(c[0]?.mentions.length, 2);
});

test("claims: a military that says it struck takes responsibility; a headline's short source folds into the lead's", () => {
  const { claims } = extract(
    'Strike on shelter kills 19, rescuers say\n\n' +
      'An air strike on a school in Khan Younis killed 19 people on Tuesday, local rescuers from the civil defence said. ' +
      'The army said it had targeted a militant command post in the building.',
  );
  const resp = claims.filter((c) => c.kind === 'responsibility');
  assert.ok(
    resp.some((c) => /army/i.test(c.source.name) && c.certainty === 'asserted'),
    JSON.stringify(resp),
  );
  const killed = claims.filter((c) => c.kind === 'killed' && c.value?.number === 19);
  assert.equal(killed.length, 1, JSON.stringify(killed));
  assert.equal(killed[0]?.mentions.length, 2);
});

test('claims: "neutralised" people were killed; "No group claimed responsibility" is nobody\'s claim', () => {
  const { claims } = extract(
    'The army said soldiers had neutralised 18 attackers and arrested four suspects. No group claimed responsibility for the attack.',
  );
  assert.ok(find(claims, 'killed', 18), JSON.stringify(claims));
  assert.ok(find(claims, 'captured', 4), JSON.stringify(claims));
  assert.equal(claims.filter((c) => c.kind === 'responsibility').length, 0, JSON.stringify(claims));
});

test('claims: a source recognised only by its generic head keeps the name the text gives it', () => {
  const { claims } = extract(
    "Iran's intelligence ministry said it had arrested 11 people over the bombings in Kerman.",
  );
  const c = find(claims, 'captured', 11);
  assert.equal(c?.source.name, "Iran's intelligence ministry", JSON.stringify(claims));
  assert.equal(c?.source.side, 'IR');
});

test('claims: a report speaks for its author ("The report, published by the UN human rights office, said")', () => {
  const { claims } = extract(
    'The report, published on Friday by the UN human rights office, said at least 80 people were killed in the village.',
  );
  const c = find(claims, 'killed', 80);
  assert.match(c?.source.name ?? '', /UN human rights office/, JSON.stringify(claims));
});

test('claims: a military\'s words for killing count the dead ("eliminated", "neutralised dozens of", "15 of them")', () => {
  const { claims } = extract(
    'The navy said its commandos had eliminated 12 pirates off the coast. Police said officers had neutralized dozens ' +
      'of bandits in the forest. The brigade said it had surrounded a column of "armed militants" and "neutralised" ' +
      'about 30 of them. The air force said it had neutralised 44 drones over the capital.',
  );
  assert.ok(find(claims, 'killed', 12), JSON.stringify(claims));
  assert.ok(
    claims.some((c) => c.kind === 'killed' && c.value?.text === 'dozens'),
    JSON.stringify(claims),
  );
  assert.ok(find(claims, 'killed', 30), JSON.stringify(claims));
  assert.ok(find(claims, 'intercepted', 44), JSON.stringify(claims));
});

test('claims: later items of a list share the verb before the first ("downed 3 cruise missiles and 9 drones")', () => {
  const { claims } = extract(
    'The navy said its destroyers had downed three cruise missiles and nine attack drones fired from the coast. ' +
      'Officials said the raid destroyed six ammunition depots and two missile launch sites. ' +
      'Air defences intercepted 20 rockets and 41 drones overnight, the army said.',
  );
  assert.ok(find(claims, 'intercepted', 3), JSON.stringify(claims));
  assert.ok(find(claims, 'intercepted', 9), JSON.stringify(claims));
  assert.ok(find(claims, 'destroyed', 6), JSON.stringify(claims));
  assert.equal(find(claims, 'destroyed', 2)?.subject, 'missile launch sites', JSON.stringify(claims));
  assert.ok(find(claims, 'intercepted', 41), JSON.stringify(claims));
  assert.equal(find(claims, 'launched', 9), undefined);
  assert.equal(find(claims, 'launched', 41), undefined);
});

test('claims: a share of a toll is a claim of the same kind about its group ("12 people, 7 of them children")', () => {
  const { claims } = extract(
    'A shell hit the market, killing 12 people, 7 of them children, the mayor said. ' +
      'Another strike wounded 30 people, including nine women and four children, the governor said. ' +
      'Police said 20 people, among them 6 students, were missing. The dead included three medics, the army said. ' +
      'The blast killed 5 guards, including a captain, officials said.',
  );
  assert.ok(find(claims, 'killed', 12), JSON.stringify(claims));
  assert.equal(find(claims, 'killed', 7)?.subject, 'children', JSON.stringify(claims));
  assert.equal(find(claims, 'injured', 9)?.subject, 'women', JSON.stringify(claims));
  assert.equal(find(claims, 'injured', 4)?.subject, 'children', JSON.stringify(claims));
  assert.equal(find(claims, 'missing', 6)?.subject, 'students', JSON.stringify(claims));
  assert.equal(find(claims, 'killed', 3)?.subject, 'medics', JSON.stringify(claims));
  // one person singled out of a toll is no count of its own
  assert.equal(find(claims, 'killed', 1), undefined, JSON.stringify(claims));
});

test('claims: burning homes destroys them, losses and "we lost" count people, aircraft are not munitions', () => {
  const { claims } = extract(
    'Gunmen torched 60 houses and 12 cars in the village, the governor said. ' +
      'The ministry said its units had inflicted losses of up to 300 soldiers on the enemy. ' +
      '"We lost about 25 men in the ambush," a commander said. ' +
      'Witnesses said three helicopters and a transport plane dropped bombs on the market. ' +
      'One rocket landed in an empty field, the police said.',
  );
  assert.ok(find(claims, 'destroyed', 60), JSON.stringify(claims));
  assert.ok(find(claims, 'destroyed', 12), JSON.stringify(claims));
  assert.equal(find(claims, 'casualties', 300)?.value?.qualifier, 'up_to', JSON.stringify(claims));
  assert.ok(find(claims, 'killed', 25), JSON.stringify(claims));
  assert.equal(find(claims, 'launched', 3), undefined, JSON.stringify(claims));
  assert.equal(find(claims, 'launched', 1), undefined, JSON.stringify(claims));
});

test('claims: a total population after a share is never the count ("2 million of the region\'s 5 million people")', () => {
  const { claims } = extract(
    "Aid agencies say some 3 million of the province's 5.5 million inhabitants have fled their homes. " +
      'Officials said 20 of the 35 people killed were children.',
  );
  const d = claims.filter((c) => c.kind === 'displaced');
  assert.deepEqual(
    d.map((c) => c.value?.number),
    [3_000_000],
    JSON.stringify(claims),
  );
  assert.ok(find(claims, 'killed', 35), JSON.stringify(claims));
  assert.equal(find(claims, 'killed', 20), undefined, JSON.stringify(claims));
});

test('claims: a caveat in the next sentence speaks of the figures before it ("The figure could not be verified.")', () => {
  const { claims } = extract(
    'Police said 14 people were wounded in the blast. The rebels said they had killed 60 soldiers in the raid. ' +
      'That figure could not be independently confirmed. The army said 3 soldiers were missing.',
  );
  assert.equal(find(claims, 'killed', 60)?.certainty, 'unconfirmed', JSON.stringify(claims));
  assert.equal(find(claims, 'injured', 14)?.certainty, 'asserted');
  assert.equal(find(claims, 'missing', 3)?.certainty, 'asserted');
});

test('claims: a caveat about something else leaves the figures asserted ("the footage could not be verified")', () => {
  const { claims } = extract(
    'The governor said 9 people were killed in the strike. Reuters was unable to verify the location of the video.',
  );
  assert.equal(find(claims, 'killed', 9)?.certainty, 'asserted', JSON.stringify(claims));
});

test('claims: a caveat after figures in its own sentence, and an outlet unable to confirm the claim before', () => {
  const { claims } = extract(
    'The defence ministry said its forces had lost 900 soldiers killed or wounded in a day, numbers that cannot be ' +
      'independently checked or verified. The militia said its fighters had struck a fuel depot near the border. ' +
      'The BBC could not independently confirm the claim; the governor said 2 guards were injured.',
  );
  assert.equal(find(claims, 'casualties', 900)?.certainty, 'unconfirmed', JSON.stringify(claims));
  const r = claims.find((c) => c.kind === 'responsibility' && /militia/i.test(c.source.name));
  assert.equal(r?.certainty, 'unconfirmed', JSON.stringify(claims));
  assert.equal(find(claims, 'injured', 2)?.certainty, 'asserted', JSON.stringify(claims));
});

test("claims: a provisional toll is hedged; unconfirmed reports and the story's unchecked death toll are unconfirmed", () => {
  const { claims } = extract(
    'A rocket attack on the market killed 17 people, the council said. The mayor said 4 shops were destroyed. ' +
      'In a nearby town, rescuers said 31 bodies had been recovered, but warned that the count remained provisional. ' +
      'According to unconfirmed reports, 12 guards were abducted. ' +
      'Medics said they had treated dozens for burns. The agency could not independently confirm the death toll.',
  );
  assert.equal(find(claims, 'killed', 31)?.certainty, 'hedged', JSON.stringify(claims));
  assert.equal(find(claims, 'captured', 12)?.certainty, 'unconfirmed', JSON.stringify(claims));
  assert.equal(find(claims, 'killed', 17)?.certainty, 'unconfirmed', JSON.stringify(claims));
  assert.equal(find(claims, 'destroyed', 4)?.certainty, 'asserted', JSON.stringify(claims));
});

test('claims: fractions are shares, and a person noun that modifies a group or speaks is no count', () => {
  const { claims } = extract(
    'The army says more than a third of those killed were fighters. ' +
      'Shelling killed at least 23 people, a charity said, while a local volunteer group put the number of dead at 41. ' +
      'A drone strike killed 26 people and wounded more than 40, a nurse and two witnesses said.',
  );
  assert.equal(
    claims.filter((c) => c.value?.number === 1 || (c.value?.number ?? 1) < 1).length,
    0,
    JSON.stringify(claims),
  );
  assert.ok(find(claims, 'killed', 41), JSON.stringify(claims));
  assert.ok(find(claims, 'injured', 40), JSON.stringify(claims));
});

test('claims: one munition shot down counts as intercepted 1; one that lands is no claim', () => {
  const { claims } = extract(
    'The navy said it had intercepted a missile fired from the coast. A rocket hit an empty field, the police said.',
  );
  assert.equal(find(claims, 'intercepted', 1)?.subject, 'missile', JSON.stringify(claims));
  assert.equal(claims.length, 1, JSON.stringify(claims));
});

test('claims: a named appositive before the verb, the last noun of the counted person, each list item its own group', () => {
  const { claims } = extract(
    'A guard, 31-year-old Corporal Ivo Tal, was killed at the gate, the army said. A police officer was wounded. ' +
      'Six soldiers, 12 civilians and two medics were killed in the shelling.',
  );
  assert.equal(find(claims, 'killed', 1)?.subject, 'guard', JSON.stringify(claims));
  assert.equal(find(claims, 'injured', 1)?.subject, 'officer', JSON.stringify(claims));
  assert.deepEqual(
    [find(claims, 'killed', 6)?.subject, find(claims, 'killed', 12)?.subject, find(claims, 'killed', 2)?.subject],
    ['soldiers', 'civilians', 'medics'],
  );
});

test('claims: an admission of carrying out the attack is a responsibility claim', () => {
  const { claims } = extract(
    'The air force has acknowledged carrying out the raid. The navy later admitted conducting the strike on the port.',
  );
  const resp = claims.filter((c) => c.kind === 'responsibility').map((c) => c.source.name);
  assert.deepEqual(resp, ['air force', 'navy'], JSON.stringify(claims));
});
