// Words that say what a figure counts: harm verbs and nouns, counted groups, munitions, hedges and doubts.
import type { ClaimKind } from '../../core/layers/claim.js';

/** A harm cue: the lower-case words that make it and the kind of claim it signals. */
export interface HarmCue {
  readonly words: readonly string[];
  readonly kind: ClaimKind;
  /** Where the cue may stand relative to the figure: before it ("killed 17"), after it ("17 were killed"), or both. */
  readonly side: 'before' | 'after' | 'both';
  /** A weak cue ("lost 40 men") yields to a harm word right after the counted group ("lost 40 men killed or wounded"). */
  readonly weak?: boolean;
}

const cue = (phrase: string, kind: ClaimKind, side: HarmCue['side'] = 'both'): HarmCue => ({
  words: phrase.split(' '),
  kind,
  side,
});

/** Longest first within a kind does not matter: the matcher tries every cue at every position and keeps the longest. */
export const HARM_CUES: readonly HarmCue[] = [
  // killed and wounded together
  ...[
    'killed and wounded',
    'killed and injured',
    'killed or wounded',
    'killed or injured',
    'dead and wounded',
    'dead and injured',
    'dead or wounded',
    'dead or injured',
    'killed and hurt',
    'dead and missing',
  ].map((p) => cue(p, 'casualties', 'after')),
  ...['casualties', 'casualty'].map((p) => cue(p, 'casualties', 'after')),
  // "inflicted losses of up to 555 servicemen"
  ...['losses of', 'loss of'].map((p) => cue(p, 'casualties', 'before')),
  // "we lost 40 men": killed if it counts people, destroyed if it counts equipment (see `linkFigure`)
  ...['lost', 'losing'].map((p) => ({ ...cue(p, 'killed', 'before'), weak: true })),
  // killed
  ...[
    'killed',
    'killing',
    'kill',
    'kills',
    'died',
    'dead',
    'die',
    'dies',
    'slain',
    'perished',
    'massacred',
    'executed',
    'murdered',
    'lost their lives',
    'were left dead',
    'bodies',
    'corpses',
    'deaths',
    'fatalities',
    'lives',
    'martyred',
    'shot dead',
    'gunned down',
    'buried',
    'burying',
    'beheaded',
    'eliminated',
    'eliminating',
    'liquidated',
    'liquidating',
  ].map((p) => cue(p, 'killed')),
  cue('claimed the lives of', 'killed', 'before'),
  cue('death toll', 'killed', 'before'),
  cue('toll', 'killed', 'before'),
  // injured
  ...[
    'injured',
    'injuring',
    'wounded',
    'wounding',
    'hurt',
    'hospitalised',
    'hospitalized',
    'injuries',
    'wounds',
    'treated for injuries',
    'maimed',
    'shot',
  ].map((p) => cue(p, 'injured')),
  // missing
  ...['missing', 'unaccounted for', 'disappeared', 'remain missing', 'still missing'].map((p) => cue(p, 'missing')),
  // captured
  ...[
    'captured',
    'capturing',
    'detained',
    'detaining',
    'arrested',
    'arresting',
    'abducted',
    'abducting',
    'kidnapped',
    'kidnapping',
    'taken prisoner',
    'taken captive',
    'taken hostage',
    'held hostage',
    'taken into custody',
    'surrendered',
    'laid down their arms',
    'seized',
  ].map((p) => cue(p, 'captured')),
  // displaced
  ...[
    'displaced',
    'fled',
    'flee',
    'fleeing',
    'evacuated',
    'evacuating',
    'uprooted',
    'made homeless',
    'left homeless',
    'forced from their homes',
    'forced to flee',
    'driven from their homes',
    'refugees',
    'rehoused',
    'relocated',
    'resettled',
  ].map((p) => cue(p, 'displaced')),
  // intercepted
  ...[
    'shot down',
    'shooting down',
    'intercepted',
    'intercepting',
    'downed',
    'downing',
    'neutralised',
    'neutralized',
    'neutralising',
    'neutralizing',
    'repelled',
  ].map((p) => cue(p, 'intercepted')),
  // launched
  ...['launched', 'launching', 'fired', 'firing', 'fire'].map((p) => cue(p, 'launched')),
  // destroyed
  ...[
    'destroyed',
    'destroying',
    'damaged',
    'damaging',
    'burnt out',
    'burned out',
    'razed',
    'flattened',
    'demolished',
    'collapsed',
    'levelled',
    'leveled',
    'burnt',
    'burned',
    'burnt down',
    'burned down',
    'torched',
    'torching',
    'set ablaze',
    'set alight',
    'set on fire',
    'gutted',
  ].map((p) => cue(p, 'destroyed')),
  // "set fire to 45 homes"
  ...['set fire to', 'setting fire to', 'sets fire to'].map((p) => cue(p, 'destroyed', 'before')),
];

/** Nouns for people: what a count of harm usually counts. Singular and plural. */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  (
    'people person persons civilians civilian soldiers soldier servicemen serviceman troops troop fighters fighter ' +
    'militants militant insurgents insurgent rebels rebel children child kids boys boy girls girl women woman men man ' +
    'residents resident prisoners prisoner detainees patients patient mercenaries mercenary police policemen ' +
    'policeman officers officer workers worker staff members member victims victim bodies pilgrims worshippers ' +
    'students student villagers villager passengers passenger guards guard medics medic doctors doctor nurses ' +
    'journalists journalist volunteers volunteer personnel servicemembers sailors sailor pilots pilot crew ' +
    'infants babies baby teenagers teenager elderly relatives family families households household individuals ' +
    'protesters protester demonstrators worshipers recruits conscripts gunmen gunman attackers attacker ' +
    'terrorists terrorist jihadists jihadist extremists extremist fishermen farmers farmer miners pupils ' +
    'hostages hostage refugees migrants inmates inmate employees employee colleagues shoppers commuters ' +
    'operators operator crews bandits bandit pirates pirate kidnappers militiamen gangsters raiders assailants ' +
    'combatants combatant ' +
    'Ukrainians Russians Israelis Palestinians Sudanese Syrians Iraqis Afghans Yemenis Nigerians Malians ' +
    'Americans Iranians Lebanese'
  )
    .toLowerCase()
    .split(' '),
);

/** Nouns for things that are fired: a count of them is a `launched` claim unless a cue says otherwise. */
export const MUNITION_NOUNS: ReadonlySet<string> = new Set(
  (
    'missiles missile rockets rocket drones drone shells shell bombs bomb projectiles projectile mortars mortar ' +
    'shaheds shahed munitions grenades grenade warheads torpedoes interceptors rounds salvos salvo barrages'
  ).split(' '),
);

/** Nouns for things that are destroyed or damaged. */
export const OBJECT_NOUNS: ReadonlySet<string> = new Set(
  (
    'buildings building houses house homes home apartments flats vehicles vehicle tanks tank cars car trucks ' +
    'equipment units aircraft planes helicopters ships ship boats vessels bridges schools hospitals shops ' +
    'structures facilities sites positions depots launchers systems artillery guns howitzers trains jets jet ' +
    'warplanes bombers airplanes airliners choppers warehouses'
  ).split(' '),
);

/** Words that may stand between a counted group and its harm verb: "63 soldiers were reportedly killed". */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'were was is are be been being had has have also reportedly seriously critically severely badly lightly ' +
    'slightly later now all both still confirmed believed feared thought said reported known to could may might ' +
    'would will likely probably possibly allegedly apparently already either mostly mainly fatally ' +
    'left either subsequently eventually instantly immediately mortally among them'
  ).split(' '),
);

/** Words that open a parenthetical inside a clause, skipped when looking for the verb: "100 people, including 20 children, were killed". */
export const PARENTHETICAL_OPENERS: readonly (readonly string[])[] = [
  ['including'],
  ['among', 'them'],
  ['among', 'whom'],
  ['most', 'of', 'them'],
  ['many', 'of', 'them'],
  ['some', 'of', 'them'],
  ['all', 'of', 'them'],
  ['mostly'],
  ['mainly'],
  ['many'],
  ['according', 'to'],
];

/** Words that end the search for a figure's verb: a new clause starts. */
export const CLAUSE_BREAKERS: ReadonlySet<string> = new Set(
  'that which who whom whose when where after before while because but although though since said says told as if'.split(
    ' ',
  ),
);

/** Words before a figure that tie it to a toll: "the death toll rose to 45", "a toll of 40 dead". */
export const TOLL_LINKS: ReadonlySet<string> = new Set(
  'of at to rose risen climbed reached stood stands jumped increased grew has had was is now has been reaches reach rises climbs hits hit topped tops passed now stood from its their then'.split(
    ' ',
  ),
);

/** Modal hedges near the harm verb: the claim is `hedged`. */
export const HEDGE_WORDS: readonly (readonly string[])[] = [
  ['could', 'have'],
  ['may', 'have'],
  ['might', 'have'],
  ['could', 'be'],
  ['may', 'be'],
  ['might', 'be'],
  ['possibly'],
  ['probably'],
  ['likely'],
  ['feared'],
  ['believed'],
  ['estimated'],
  ['suggests'],
  ['suggested'],
  ['assessed'],
  ['assess'],
  ['assessment'],
  ['presumed'],
  ['thought', 'to'],
];

/** Verbs and nouns of checking a figure, by form: a negated one ("could not be verified") makes claims `unconfirmed`. */
export const VERIFY_FORMS: ReadonlyMap<string, 'active' | 'passive' | 'noun'> = new Map([
  ...'verify confirm corroborate substantiate authenticate'.split(' ').map((w) => [w, 'active'] as const),
  ...'verified confirmed corroborated substantiated authenticated verifiable confirmable'
    .split(' ')
    .map((w) => [w, 'passive'] as const),
  ...'verification confirmation corroboration'.split(' ').map((w) => [w, 'noun'] as const),
]);

/** Words that negate a verb of checking a few words later: "could not be", "was unable to", "declined to". */
export const VERIFY_NEGATORS: ReadonlySet<string> = new Set(
  'not cannot never unable impossible declined refused failed'.split(' '),
);

/** Words that negate a noun of checking: "no independent confirmation", "without verification". */
export const NOUN_NEGATORS: ReadonlySet<string> = new Set(['no', 'without', 'lack', 'absence']);

/** Adjectives of an unchecked figure: "unverified", "according to unconfirmed reports". */
export const UNCHECKED_WORDS: ReadonlySet<string> = new Set(
  'unverified unconfirmed unverifiable uncorroborated unsubstantiated'.split(' '),
);

/** Adjectives of a figure that may change: "the toll is provisional", "preliminary figures". They hedge a claim. */
export const PROVISIONAL_WORDS: ReadonlySet<string> = new Set('provisional preliminary tentative'.split(' '));

/** Verbs that link a subject to an adjective of checking: "the figure was provisional", "these figures remain unverified". */
export const LINKING_VERBS: ReadonlySet<string> = new Set(
  'is are was were be been being remain remains remained seems seemed appears appeared'.split(' '),
);

/**
 * Nouns by which a caveat speaks of what was said before it, and what they speak of: a death toll, a figure, or any
 * claim ("the claim", "his account", "it").
 */
export const CAVEAT_REFERENTS: ReadonlyMap<string, 'toll' | 'figures' | 'claims'> = new Map([
  ...'toll tolls deaths death dead'.split(' ').map((w) => [w, 'toll'] as const),
  ...(
    'figure figures number numbers count counts tally tallies casualties losses estimate estimates statistics ' +
    'data total totals'
  )
    .split(' ')
    .map((w) => [w, 'figures'] as const),
  ...(
    'claim claims report reports account accounts statement statements assertion assertions allegation ' +
    'allegations information details'
  )
    .split(' ')
    .map((w) => [w, 'claims'] as const),
]);

/** Words that put a stated figure in doubt: "who will believe the figure of 63?", "denied", "exaggerated". */
export const DISPUTE_WORDS: ReadonlySet<string> = new Set(
  'believe denied denies deny rejected rejects disputed disputes dismissed false exaggerated inflated fabricated lie lies propaganda'.split(
    ' ',
  ),
);

/** Cues of responsibility and blame that carry no figure. */
export interface ResponsibilityCue {
  readonly words: readonly string[];
  /** A denial: the claim is about responsibility but its certainty is `disputed`. */
  readonly denial: boolean;
}

export const RESPONSIBILITY_CUES: readonly ResponsibilityCue[] = [
  ...[
    'took responsibility',
    'claimed responsibility',
    'claims responsibility',
    'claiming responsibility',
    'accepted responsibility',
    'admitted responsibility',
    'acknowledged responsibility',
    'acknowledged carrying out',
    'admitted carrying out',
    'acknowledged conducting',
    'admitted conducting',
    'owned up to',
    'were behind',
    'was behind',
    'is behind',
    'are behind',
    'had been behind',
    'blamed',
    'blames',
    'blaming',
    'accused',
    'accuses',
    'accusing',
    'held responsible',
    'holds responsible',
    'responsible for',
    'was responsible',
    'were responsible',
    'is responsible',
    'caused by',
    'cause was',
    'carried out',
    'attributed',
    'pointed to',
    'war crime',
    'mass murder',
    'act of terrorism',
    'provocation',
  ].map((p) => ({
    words: p.split(' '),
    denial: false,
  })),
  ...[
    'denied',
    'denies',
    'deny',
    'denying',
    'rejected',
    'dismissed',
    'no involvement',
    'not involved',
    'had nothing to do',
    'has nothing to do',
    'did not carry out',
    'no firing missions',
    'no combat tasks',
  ].map((p) => ({
    words: p.split(' '),
    denial: true,
  })),
];

/** Nouns that name the event itself: a responsibility claim needs one in its sentence ("the strike", "the attack"). */
export const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['strike', 'strike'],
  ['strikes', 'strike'],
  ['airstrike', 'air strike'],
  ['airstrikes', 'air strike'],
  ['attack', 'attack'],
  ['attacks', 'attack'],
  ['assault', 'attack'],
  ['raid', 'raid'],
  ['raids', 'raid'],
  ['shelling', 'shelling'],
  ['bombardment', 'shelling'],
  ['explosion', 'explosion'],
  ['explosions', 'explosion'],
  ['blast', 'explosion'],
  ['blasts', 'explosion'],
  ['bombing', 'bombing'],
  ['bombings', 'bombing'],
  ['massacre', 'massacre'],
  ['killings', 'massacre'],
  ['clash', 'clash'],
  ['clashes', 'clash'],
  ['fighting', 'clash'],
  ['ambush', 'clash'],
  ['shootout', 'clash'],
  ['offensive', 'attack'],
  ['incursion', 'attack'],
  ['hostage-taking', 'hostage-taking'],
  ['kidnapping', 'hostage-taking'],
  ['abduction', 'hostage-taking'],
  ['shooting', 'shooting'],
  ['missile', 'strike'],
  ['rocket', 'strike'],
  ['drone', 'drone attack'],
  ['drones', 'drone attack'],
  ['missiles', 'strike'],
  ['rockets', 'strike'],
  ['hit', 'strike'],
  ['struck', 'strike'],
  ['shelled', 'shelling'],
  ['bombed', 'bombing'],
  ['detonated', 'explosion'],
  ['exploded', 'explosion'],
  ['sinking', 'strike'],
  ['sank', 'strike'],
  ['fire', 'strike'],
  ['arrests', 'arrest'],
  ['raided', 'raid'],
]);

/** Weapon names and classes worth reporting on an event. Matched case-insensitively as whole words. */
export const WEAPON_WORDS: readonly string[] = [
  'HIMARS',
  'Iskander',
  'Iskander-M',
  'Tochka-U',
  'Tochka',
  'Kalibr',
  'Kinzhal',
  'Kh-22',
  'Kh-101',
  'Kh-59',
  'S-300',
  'S-400',
  'Shahed',
  'Shahed-136',
  'Geran-2',
  'Neptune',
  'Storm Shadow',
  'ATACMS',
  'Bayraktar',
  'Lancet',
  'Grad',
  'Smerch',
  'Uragan',
  'Tornado-S',
  'Patriot',
  'JDAM',
  'glide bomb',
  'barrel bomb',
  'cluster munitions',
  'ballistic missile',
  'ballistic missiles',
  'cruise missile',
  'cruise missiles',
  'missile',
  'missiles',
  'rocket',
  'rockets',
  'drone',
  'drones',
  'artillery',
  'mortar',
  'mortars',
  'air strike',
  'airstrike',
  'bomb',
  'bombs',
  'grenade',
  'car bomb',
  'suicide bomber',
  'rocket launchers',
  'rocket systems',
];

/** Verbs that move a toll to a figure: "the number of people killed has risen to 59". */
export const TOLL_VERBS: ReadonlySet<string> = new Set(
  'rose risen rises climbed climbs reached reaches jumped increased grew hit hits topped tops passed stood stands'.split(
    ' ',
  ),
);

/** Harm words that may follow "the number of" and what they count. */
export const NUMBER_OF_HARM: ReadonlyMap<string, ClaimKind> = new Map<string, ClaimKind>([
  ['dead', 'killed'],
  ['killed', 'killed'],
  ['deaths', 'killed'],
  ['fatalities', 'killed'],
  ['victims', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['casualties', 'casualties'],
  ['missing', 'missing'],
  ['displaced', 'displaced'],
  ['detained', 'captured'],
  ['arrested', 'captured'],
]);

/** Verbs by which a subject gives a figure without a speech cue: "Gladkov raised the toll to 21", "journalists saw 20 bodies". */
export const COUNTING_VERBS: ReadonlySet<string> = new Set(
  (
    'raised raises revised put puts gave given gives recorded records counted registered listed documented ' +
    'estimated confirmed reported saw seen found identified tallied updated lowered verified logged'
  ).split(' '),
);

/** Verbs by which an actor strikes: in reported content, "X said their forces had hit …" claims responsibility. */
export const STRIKE_VERBS: ReadonlySet<string> = new Set(
  'hit struck targeted attacked bombed shelled dropped fired launched carried blew blown misfired stormed raided liberated overran'.split(
    ' ',
  ),
);

/** Nouns for those who strike: "their forces had hit", "the army targeted", "anti-junta fighters had dropped". */
export const AGENT_NOUNS: ReadonlySet<string> = new Set(
  (
    'forces force troops army military fighters militants militia militias jets aircraft soldiers units navy ' +
    'gunmen rebels group insurgents police regime junta'
  ).split(' '),
);
