// Word lists for sources and attribution: cue verbs, titles and roles, organisation heads, collective sources, sides.
import type { SourceKind } from '../../core/layers/source.js';

/** Reporting verbs (every inflection listed) that introduce or follow reported content. */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  (
    'say says said saying tell tells told telling add adds added adding claim claims claimed claiming ' +
    'report reports reported reporting announce announces announced announcing confirm confirms confirmed confirming ' +
    'warn warns warned warning accuse accuses accused accusing blame blames blamed blaming deny denies denied denying ' +
    'estimate estimates estimated estimating write writes wrote writing note notes noted noting state states stated ' +
    'insist insists insisted insisting argue argues argued arguing explain explains explained explaining ' +
    'acknowledge acknowledges acknowledged acknowledging tweet tweets tweeted tweeting suggest suggests suggested ' +
    'declare declares declared declaring allege alleges alleged alleging assert asserts asserted asserting ' +
    'admit admits admitted admitting predict predicts predicted predicting believe believes believed ' +
    'recall recalls recalled recalling reply replies replied respond responds responded continue continues continued ' +
    'stress stresses stressed emphasise emphasised emphasize emphasized maintain maintains maintained ' +
    'indicate indicates indicated show shows showed shown find finds found reveal reveals revealed ' +
    'posted posts post quoted quote quotes cite cites cited citing mention mentions mentioned ' +
    'contend contends contended concede concedes conceded agree agrees agreed complain complains complained ' +
    'promise promises promised pledge pledges pledged vow vows vowed threaten threatens threatened ' +
    'urge urges urged ask asks asked question questioned ' +
    'wonders wondered observes observed remarked cautioned joked quipped recounted boasted laments lamented ' +
    'mused countered testified exclaimed'
  ).split(' '),
);

/** Cue verbs whose content follows a "that" or a clause directly, and that may also follow the content ("…, X said"). */
export const POSTPOSED_CUES: ReadonlySet<string> = new Set(
  (
    'say says said tell tells told add adds added claim claims claimed report reports reported announce announced ' +
    'confirm confirmed warn warned write writes wrote note noted state stated insist insisted argue argued explain ' +
    'explained acknowledge acknowledged tweet tweeted suggest suggested declare declared allege alleged assert asserted ' +
    'admit admitted recall recalled reply replied continue continued stress stressed emphasised emphasized ' +
    'maintain maintained contend contended concede conceded complain complained estimated estimate estimates posted ' +
    'believe believes believed predicted predicts predict wondered wonders observed observes remarked remarks ' +
    'cautioned cautions joked jokes quipped quips recounted boasted lamented laments mused countered testified exclaimed'
  ).split(' '),
);

/** Cue words that are as often nouns or other verbs ("the State Department", "a note"): a cue only after a named source. */
export const AMBIGUOUS_CUES: ReadonlySet<string> = new Set(
  'state states report reports note notes show shows post posts quote quotes find finds question estimate estimates continue continues promise promises pledge pledges vow vows claim claims warning believe believes ask asks found mention tweet tweets'.split(
    ' ',
  ),
);

/** Cues in the -ing form that hang on the main clause: ", adding that …", ", saying …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set(
  'saying adding arguing noting claiming warning insisting explaining stressing accusing blaming denying writing telling citing calling'.split(
    ' ',
  ),
);

/** Cues whose object is a person or thing, not a clause: the content is the object phrase ("accused Moscow of …"). */
export const OBJECT_CUES: ReadonlySet<string> = new Set(
  'accuse accuses accused accusing blame blames blamed blaming deny denies denied denying cite cites cited citing mention mentioned urge urges urged ask asks asked'.split(
    ' ',
  ),
);

/** Words that may stand between a subject and its cue: auxiliaries and adverbs ("has also said"). */
export const CUE_PRE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'has have had also later earlier previously repeatedly then further again separately publicly privately ' +
    'has also had also would will may might could did does do initially recently once first last ' +
    "reportedly allegedly subsequently quickly immediately not never did does do didn’t didn't doesn’t doesn't " +
    'already notably reportedly openly flatly now just merely barely almost still even often always ever only'
  ).split(' '),
);

/** Two- and three-word cues that are read as one ("according to", "put the toll at"). Lower case, single spaces. */
export const PHRASE_CUES: readonly string[] = [
  'according to',
  'put the toll at',
  'put the death toll at',
  'took responsibility for',
  'take responsibility for',
  'claimed responsibility for',
  'claims responsibility for',
  'said in a statement',
];

/** Nouns that, with their article, speak as a source ("a security source", "witnesses"); kind by noun. */
export const COLLECTIVE_NOUNS: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['residents', 'witness'],
  ['resident', 'witness'],
  ['witnesses', 'witness'],
  ['witness', 'witness'],
  ['survivors', 'witness'],
  ['survivor', 'witness'],
  ['relatives', 'witness'],
  ['eyewitnesses', 'witness'],
  ['eyewitness', 'witness'],
  ['locals', 'witness'],
  ['villagers', 'witness'],
  ['neighbours', 'witness'],
  ['neighbors', 'witness'],
  ['medics', 'witness'],
  ['doctors', 'witness'],
  ['doctor', 'witness'],
  ['nurses', 'witness'],
  ['paramedics', 'witness'],
  ['rescuers', 'witness'],
  ['volunteers', 'witness'],
  ['families', 'witness'],
  ['source', 'unknown'],
  ['sources', 'unknown'],
  ['officials', 'official'],
  ['official', 'official'],
  ['authorities', 'official'],
  ['police', 'official'],
  ['spokesman', 'official'],
  ['spokeswoman', 'official'],
  ['spokesperson', 'official'],
  ['journalists', 'media'],
  ['journalist', 'media'],
  ['correspondents', 'media'],
  ['correspondent', 'media'],
  ['reporters', 'media'],
  ['reporter', 'media'],
  ['media', 'media'],
  ['bloggers', 'social_media'],
  ['blogger', 'social_media'],
  ['analysts', 'person'],
  ['analyst', 'person'],
  ['experts', 'person'],
  ['expert', 'person'],
  ['observers', 'person'],
  ['activists', 'person'],
  ['activist', 'person'],
  ['critics', 'person'],
  ['supporters', 'person'],
  ['voters', 'person'],
  ['protesters', 'person'],
  ['diplomats', 'official'],
  ['diplomat', 'official'],
  ['lawmakers', 'official'],
  ['soldiers', 'military'],
  ['troops', 'military'],
  ['commanders', 'military'],
  ['commander', 'military'],
  ['fighters', 'military'],
  ['militants', 'military'],
  ['rebels', 'military'],
  ['insurgents', 'military'],
  ['separatists', 'military'],
  ['people', 'person'],
  ['others', 'person'],
  ['many', 'person'],
  ['some', 'person'],
  ['statement', 'unknown'],
  ['posts', 'social_media'],
  ['post', 'social_media'],
  ['users', 'social_media'],
  ['channels', 'social_media'],
  ['channel', 'social_media'],
  ['poll', 'media'],
  ['polls', 'media'],
  ['survey', 'media'],
  ['study', 'media'],
  ['report', 'media'],
  ['figures', 'unknown'],
  ['data', 'unknown'],
]);

/** Collective nouns that name documents or channels, not people: never the antecedent of he/she. */
export const NON_HUMAN_SOURCES: ReadonlySet<string> = new Set(
  'post posts statement report poll polls survey study data figures channel channels media'.split(' '),
);

/** Head nouns of organisations, lower case, with the kind they give. Multi-word heads are matched first. */
export const ORG_HEADS: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['general staff', 'military'],
  ['armed forces', 'military'],
  ['air force', 'military'],
  ['health ministry', 'government'],
  ['defence ministry', 'government'],
  ['defense ministry', 'government'],
  ['foreign ministry', 'government'],
  ['interior ministry', 'government'],
  ['emergency services', 'official'],
  ['emergencies ministry', 'government'],
  ['ministry', 'government'],
  ['government', 'government'],
  ['cabinet', 'government'],
  ['presidency', 'government'],
  ['kremlin', 'government'],
  ['administration', 'government'],
  ['military', 'military'],
  ['army', 'military'],
  ['navy', 'military'],
  ['forces', 'military'],
  ['command', 'military'],
  ['brigade', 'military'],
  ['battalion', 'military'],
  ['regiment', 'military'],
  ['militia', 'military'],
  ['department', 'government'],
  ['staff', 'unknown'],
  ['office', 'government'],
  ['agency', 'government'],
  ['service', 'government'],
  ['council', 'government'],
  ['committee', 'government'],
  ['commission', 'government'],
  ['authority', 'official'],
  ['police', 'official'],
  ['directorate', 'government'],
  ['party', 'government'],
  ['group', 'unknown'],
  ['organisation', 'unknown'],
  ['organization', 'unknown'],
  ['watch', 'ngo'],
  ['campaign', 'unknown'],
  ['newspaper', 'media'],
  ['network', 'media'],
  ['channel', 'social_media'],
  ['institute', 'ngo'],
  ['foundation', 'ngo'],
  ['center', 'ngo'],
  ['centre', 'ngo'],
  ['university', 'ngo'],
  ['court', 'government'],
  ['parliament', 'government'],
  ['congress', 'government'],
  ['senate', 'government'],
  ['house', 'government'],
  ['observatory', 'ngo'],
  ['association', 'ngo'],
  ['corps', 'military'],
  ['division', 'military'],
  ['tv', 'media'],
  ['television', 'media'],
  ['radio', 'media'],
  ['broadcaster', 'media'],
  ['mission', 'international_org'],
]);

/** Well-known organisations by name or acronym: kind and, where fixed, side. */
export const KNOWN_ORGS: ReadonlyMap<string, { kind: SourceKind; side: string | null; name?: string }> = new Map([
  ['IDF', { kind: 'military' as SourceKind, side: 'IL', name: 'Israel Defense Forces' }],
  ['MSF', { kind: 'ngo' as SourceKind, side: null, name: 'Doctors Without Borders' }],
  ['Doctors Without Borders', { kind: 'ngo' as SourceKind, side: null }],
  ['Médecins Sans Frontières', { kind: 'ngo' as SourceKind, side: null, name: 'Doctors Without Borders' }],
  ['HRW', { kind: 'ngo' as SourceKind, side: null, name: 'Human Rights Watch' }],
  ['Human Rights Watch', { kind: 'ngo' as SourceKind, side: null }],
  ['Amnesty', { kind: 'ngo' as SourceKind, side: null, name: 'Amnesty International' }],
  ['Amnesty International', { kind: 'ngo' as SourceKind, side: null }],
  ['ICRC', { kind: 'ngo' as SourceKind, side: null, name: 'International Committee of the Red Cross' }],
  ['Red Cross', { kind: 'ngo' as SourceKind, side: null }],
  ['Red Crescent', { kind: 'ngo' as SourceKind, side: null }],
  ['UN', { kind: 'international_org' as SourceKind, side: null, name: 'United Nations' }],
  ['U.N.', { kind: 'international_org' as SourceKind, side: null, name: 'United Nations' }],
  ['United Nations', { kind: 'international_org' as SourceKind, side: null }],
  ['OHCHR', { kind: 'international_org' as SourceKind, side: null }],
  ['OCHA', { kind: 'international_org' as SourceKind, side: null }],
  ['WHO', { kind: 'international_org' as SourceKind, side: null, name: 'World Health Organization' }],
  ['World Health Organization', { kind: 'international_org' as SourceKind, side: null }],
  ['IAEA', { kind: 'international_org' as SourceKind, side: null }],
  ['UNICEF', { kind: 'international_org' as SourceKind, side: null }],
  ['UNHCR', { kind: 'international_org' as SourceKind, side: null }],
  ['UNRWA', { kind: 'international_org' as SourceKind, side: null }],
  ['NATO', { kind: 'international_org' as SourceKind, side: null }],
  ['OSCE', { kind: 'international_org' as SourceKind, side: null }],
  ['EU', { kind: 'international_org' as SourceKind, side: null, name: 'European Union' }],
  ['European Union', { kind: 'international_org' as SourceKind, side: null }],
  ['ACLED', { kind: 'ngo' as SourceKind, side: null }],
  ['Save the Children', { kind: 'ngo' as SourceKind, side: null }],
  ['Oxfam', { kind: 'ngo' as SourceKind, side: null }],
  ['Norwegian Refugee Council', { kind: 'ngo' as SourceKind, side: null }],
  ['International Rescue Committee', { kind: 'ngo' as SourceKind, side: null }],
  ['Airwars', { kind: 'ngo' as SourceKind, side: null }],
  ['World Food Programme', { kind: 'international_org' as SourceKind, side: null }],
  ['WFP', { kind: 'international_org' as SourceKind, side: null, name: 'World Food Programme' }],
  ['International Organization for Migration', { kind: 'international_org' as SourceKind, side: null }],
  ['IOM', { kind: 'international_org' as SourceKind, side: null, name: 'International Organization for Migration' }],
  ['AFP', { kind: 'media' as SourceKind, side: null }],
  ['Reuters', { kind: 'media' as SourceKind, side: null }],
  ['AP', { kind: 'media' as SourceKind, side: null, name: 'Associated Press' }],
  ['Associated Press', { kind: 'media' as SourceKind, side: null }],
  ['TASS', { kind: 'media' as SourceKind, side: 'RU' }],
  ['RIA Novosti', { kind: 'media' as SourceKind, side: 'RU' }],
  ['Interfax', { kind: 'media' as SourceKind, side: 'RU' }],
  ['Ukrinform', { kind: 'media' as SourceKind, side: 'UA' }],
  ['Al Jazeera', { kind: 'media' as SourceKind, side: null }],
  ['BBC', { kind: 'media' as SourceKind, side: null }],
  ['CNN', { kind: 'media' as SourceKind, side: null }],
  ['Kremlin', { kind: 'government' as SourceKind, side: 'RU' }],
  ['Pentagon', { kind: 'military' as SourceKind, side: 'US' }],
  ['White House', { kind: 'government' as SourceKind, side: 'US' }],
  ['State Department', { kind: 'government' as SourceKind, side: 'US' }],
  ['Hamas', { kind: 'military' as SourceKind, side: 'Hamas' }],
  ['Hezbollah', { kind: 'military' as SourceKind, side: 'Hezbollah' }],
  ['RSF', { kind: 'military' as SourceKind, side: 'RSF', name: 'Rapid Support Forces' }],
  ['Rapid Support Forces', { kind: 'military' as SourceKind, side: 'RSF' }],
  ['Houthis', { kind: 'military' as SourceKind, side: 'Houthis' }],
  ['Wagner', { kind: 'military' as SourceKind, side: 'RU' }],
  ['Telegram', { kind: 'social_media' as SourceKind, side: null }],
  ['VKontakte', { kind: 'social_media' as SourceKind, side: null }],
  ['MONUSCO', { kind: 'international_org' as SourceKind, side: null }],
  ['UNIFIL', { kind: 'international_org' as SourceKind, side: null }],
  ['African Union', { kind: 'international_org' as SourceKind, side: null }],
  ['ECOWAS', { kind: 'international_org' as SourceKind, side: null }],
  ['ICC', { kind: 'international_org' as SourceKind, side: null, name: 'International Criminal Court' }],
  ['CENTCOM', { kind: 'military' as SourceKind, side: 'US', name: 'U.S. Central Command' }],
  ['Syrian Observatory for Human Rights', { kind: 'ngo' as SourceKind, side: null }],
  ['Institute for the Study of War', { kind: 'ngo' as SourceKind, side: null }],
  ['ISW', { kind: 'ngo' as SourceKind, side: null, name: 'Institute for the Study of War' }],
  ['Islamic State', { kind: 'military' as SourceKind, side: 'Islamic State' }],
  ['ISIS', { kind: 'military' as SourceKind, side: 'Islamic State', name: 'Islamic State' }],
  ['Taliban', { kind: 'military' as SourceKind, side: 'Taliban' }],
  ['JNIM', { kind: 'military' as SourceKind, side: 'JNIM' }],
  ['M23', { kind: 'military' as SourceKind, side: 'M23' }],
  ['Facebook', { kind: 'social_media' as SourceKind, side: null }],
  ['Twitter', { kind: 'social_media' as SourceKind, side: null }],
  ['X', { kind: 'social_media' as SourceKind, side: null }],
]);

/** Words that name a side: demonyms, countries, capitals and armed groups (a small own table; the places layer adds more). */
export const SIDE_WORDS: ReadonlyMap<string, string> = new Map([
  ['russian', 'RU'],
  ['russia', 'RU'],
  ['moscow', 'RU'],
  ['kremlin', 'RU'],
  ['ukrainian', 'UA'],
  ['ukraine', 'UA'],
  ['kyiv', 'UA'],
  ['kiev', 'UA'],
  ['israeli', 'IL'],
  ['israel', 'IL'],
  ['palestinian', 'PS'],
  ['gaza', 'PS'],
  ['hamas', 'Hamas'],
  ['hamas-run', 'Hamas'],
  ['sudanese', 'SD'],
  ['sudan', 'SD'],
  ['khartoum', 'SD'],
  ['rsf', 'RSF'],
  ['houthi', 'Houthis'],
  ['houthis', 'Houthis'],
  ['houthi-run', 'Houthis'],
  ['nigerian', 'NG'],
  ['nigeria', 'NG'],
  ['abuja', 'NG'],
  ['myanmar', 'MM'],
  ['burmese', 'MM'],
  ['junta', 'MM'],
  ['naypyidaw', 'MM'],
  ['iranian', 'IR'],
  ['iran', 'IR'],
  ['tehran', 'IR'],
  ['us', 'US'],
  ['u.s.', 'US'],
  ['american', 'US'],
  ['washington', 'US'],
  ['syrian', 'SY'],
  ['syria', 'SY'],
  ['damascus', 'SY'],
  ['lebanese', 'LB'],
  ['lebanon', 'LB'],
  ['beirut', 'LB'],
  ['yemeni', 'YE'],
  ['yemen', 'YE'],
  ['saudi', 'SA'],
  ['riyadh', 'SA'],
  ['turkish', 'TR'],
  ['ankara', 'TR'],
  ['chinese', 'CN'],
  ['beijing', 'CN'],
  ['british', 'GB'],
  ['london', 'GB'],
  ['french', 'FR'],
  ['paris', 'FR'],
  ['german', 'DE'],
  ['berlin', 'DE'],
  ['belarusian', 'BY'],
  ['minsk', 'BY'],
  ['afghan', 'AF'],
  ['kabul', 'AF'],
  ['taliban', 'Taliban'],
  ['iraqi', 'IQ'],
  ['baghdad', 'IQ'],
  ['ethiopian', 'ET'],
  ['addis', 'ET'],
  ['somali', 'SO'],
  ['mogadishu', 'SO'],
  ['malian', 'ML'],
  ['bamako', 'ML'],
  ['libyan', 'LY'],
  ['tripoli', 'LY'],
  ['jerusalem', 'IL'],
  ['separatist', 'RU-separatists'],
  ['pro-russian', 'RU'],
  ['pro-kremlin', 'RU'],
]);

/** Capitals and government buildings that speak for their government ("Moscow said", "Kyiv took responsibility"). */
export const SEATS_OF_GOVERNMENT: ReadonlySet<string> = new Set(
  'Moscow Kremlin Kyiv Kiev Washington Jerusalem Tehran Beijing London Paris Berlin Ankara Damascus Beirut Riyadh Khartoum Abuja Naypyidaw Minsk Kabul Baghdad Tripoli Pentagon'.split(
    ' ',
  ),
);

/** Titles that come before a name; the value is the kind the titled person gets. */
export const TITLES: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['mr', 'person'],
  ['mr.', 'person'],
  ['mrs', 'person'],
  ['mrs.', 'person'],
  ['ms', 'person'],
  ['ms.', 'person'],
  ['dr', 'person'],
  ['dr.', 'person'],
  ['rev.', 'person'],
  ['president', 'government'],
  ['prime', 'government'],
  ['minister', 'government'],
  ['chancellor', 'government'],
  ['king', 'government'],
  ['queen', 'government'],
  ['prince', 'government'],
  ['sheikh', 'government'],
  ['secretary', 'government'],
  ['ambassador', 'government'],
  ['sen.', 'official'],
  ['senator', 'official'],
  ['rep.', 'official'],
  ['gov.', 'official'],
  ['governor', 'official'],
  ['mayor', 'official'],
  ['speaker', 'official'],
  ['judge', 'official'],
  ['general', 'military'],
  ['gen.', 'military'],
  ['lt.', 'military'],
  ['col.', 'military'],
  ['colonel', 'military'],
  ['major', 'military'],
  ['maj.', 'military'],
  ['capt.', 'military'],
  ['captain', 'military'],
  ['lieutenant', 'military'],
  ['commander', 'military'],
  ['admiral', 'military'],
  ['adm.', 'military'],
  ['sgt.', 'military'],
  ['sergeant', 'military'],
  ['spokesman', 'official'],
  ['spokeswoman', 'official'],
  ['spokesperson', 'official'],
  ['head', 'official'],
  ['chief', 'official'],
  ['leader', 'person'],
  ['director', 'official'],
  ['chairman', 'official'],
  ['envoy', 'government'],
  ['pope', 'person'],
]);

/** Role nouns that, lower case, end a description before a name ("Kharkiv region head Oleg Synegubov"). */
export const ROLE_NOUNS: ReadonlyMap<string, SourceKind> = new Map<string, SourceKind>([
  ['head', 'official'],
  ['chief', 'official'],
  ['leader', 'person'],
  ['governor', 'official'],
  ['mayor', 'official'],
  ['minister', 'government'],
  ['president', 'government'],
  ['spokesman', 'official'],
  ['spokeswoman', 'official'],
  ['spokesperson', 'official'],
  ['commander', 'military'],
  ['general', 'military'],
  ['officer', 'military'],
  ['soldier', 'military'],
  ['blogger', 'social_media'],
  ['journalist', 'media'],
  ['correspondent', 'media'],
  ['reporter', 'media'],
  ['analyst', 'person'],
  ['expert', 'person'],
  ['pollster', 'person'],
  ['adviser', 'person'],
  ['advisor', 'person'],
  ['aide', 'person'],
  ['director', 'official'],
  ['chairman', 'official'],
  ['secretary', 'government'],
  ['official', 'official'],
  ['senator', 'official'],
  ['lawmaker', 'official'],
  ['candidate', 'person'],
  ['nominee', 'person'],
  ['resident', 'witness'],
  ['witness', 'witness'],
  ['survivor', 'witness'],
  ['doctor', 'witness'],
  ['surgeon', 'witness'],
  ['nurse', 'witness'],
  ['medic', 'witness'],
  ['ombudsman', 'official'],
  ['ambassador', 'government'],
  ['envoy', 'government'],
  ['prosecutor', 'official'],
  ['representative', 'official'],
  ['strategist', 'person'],
  ['chair', 'official'],
  ['founder', 'person'],
  ['professor', 'person'],
  ['economist', 'person'],
  ['author', 'person'],
  ['actor', 'person'],
  ['rival', 'person'],
  ['opponent', 'person'],
  ['deputy', 'official'],
  ['speaker', 'official'],
]);

/** Lower-case words allowed inside a role description before a name ("former separatist leader"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set(
  (
    'former deputy senior top chief local regional region city military separatist defence defense foreign interior ' +
    'health prime vice acting interim longtime veteran political democratic republican presidential campaign ' +
    'press communications emergency national state district provincial opposition army air war police hospital ' +
    'vice-presidential gop rebel militia army russian ukrainian israeli palestinian american'
  ).split(' '),
);

/** Pronouns that can be sources; value: what they refer to. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'org' | 'plural' | 'relative' | 'self'> = new Map([
  ['he', 'person' as const],
  ['she', 'person' as const],
  ['him', 'person' as const],
  ['her', 'person' as const],
  ['his', 'person' as const],
  ['it', 'org' as const],
  ['its', 'org' as const],
  ['they', 'plural' as const],
  ['them', 'plural' as const],
  ['their', 'plural' as const],
  ['who', 'relative' as const],
  ['which', 'relative' as const],
  ['i', 'self' as const],
  ['we', 'self' as const],
]);

/** Definite role descriptions that refer back to an entity ("the official said", "the ministry added"). */
export const ANAPHORIC_ROLES: ReadonlyMap<string, SourceKind | 'any-org'> = new Map<string, SourceKind | 'any-org'>([
  ['official', 'official'],
  ['spokesman', 'official'],
  ['spokeswoman', 'official'],
  ['spokesperson', 'official'],
  ['mayor', 'official'],
  ['governor', 'official'],
  ['minister', 'government'],
  ['president', 'government'],
  ['commander', 'military'],
  ['general', 'military'],
  ['ministry', 'any-org'],
  ['military', 'any-org'],
  ['army', 'any-org'],
  ['agency', 'any-org'],
  ['group', 'any-org'],
  ['organisation', 'any-org'],
  ['organization', 'any-org'],
  ['department', 'any-org'],
  ['office', 'any-org'],
  ['government', 'any-org'],
  ['staff', 'any-org'],
]);

/** Capitalised words that open a sentence but are not names. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  (
    'The A An In On At By For From To Of And But Or If When While As After Before Since Until During With Without ' +
    'This That These Those There Here It He She They We I You His Her Their Our Its My Your Some Many Most Several ' +
    'Other Others Another Each Every All Both No Not Yet So Then Also Still However Meanwhile Although Though ' +
    'Because Despite Instead Earlier Later Last Next According Asked Speaking Local Officials Witnesses Residents ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December What Who Why How Where Which One Two Three Four Five Six Seven Eight Nine Ten ' +
    'Mr Mrs Ms Dr Today Tonight Yesterday Now Just Even Only Such Among Around Over Under About Against Into Through'
  ).split(' '),
);

/** Words that close a source noun phrase when scanning left from a cue. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  (
    'that but and or because while when as if since although though after before where so whereas unless until ' +
    'than once whether yet nor said says say told'
  ).split(' '),
);

/** Words that may start a lower-case description of a source ("the", "a", "some"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an some many several other others most two three four five few both all this that these those one'.split(' '),
);

/** Some common given names, to tell a person "Nina Vernykh" from an organisation of two capitalised words. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'Vladimir Volodymyr Dmitry Dmitri Sergei Sergey Igor Oleg Andrei Andriy Andrii Valery Valeriy Vitali Vitaliy ' +
    'Oleksandr Alexander Alexei Alexey Mykhailo Mikhail Yevgeny Yevgeniy Ivan Pavlo Pavel Denis Denys Ruslan Roman ' +
    'Nina Olena Elena Anna Maria Natalia Tetiana Iryna Irina Yulia Lyudmila Olga Svetlana Tatiana ' +
    'Benjamin Yoav Isaac Daniel Yahya Ismail Mohammed Muhammad Ahmed Ahmad Ali Hassan Hussein Abdel Abdul Omar Khalid ' +
    'Joe Donald Barack Hillary Bill George John James Robert Michael William David Richard Joseph Thomas Charles ' +
    'Mary Patricia Jennifer Linda Elizabeth Susan Margaret Sarah Karen Nancy Lisa Emily Emma Olivia Kamala Antony ' +
    'Jake Lloyd Mike Mark Paul Peter Andrew Kevin Brian Steven Chris Christopher Matthew Anthony Jeff Tim Tom ' +
    'Emmanuel Olaf Rishi Boris Recep Xi Narendra Abiy Volker Antonio Martin Tedros Rafael Jens Ursula Josep'
  ).split(' '),
);

/** Every regular inflection of a verb given as "base" or "base/past" ("think/thought"); lower case. */
function inflections(spec: string): string[] {
  const out: string[] = [];
  for (const item of spec.split(/\s+/u).filter(Boolean)) {
    const [base = '', past] = item.split('/');
    const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
    const doubled = /[^aeiou][aeiou][bdgmnpt]$/u.test(base) && base.length <= 4 ? base + base.slice(-1) : base;
    const third = /(?:s|sh|ch|x|z)$/u.test(base)
      ? `${base}es`
      : /[^aeiou]y$/u.test(base)
        ? `${base.slice(0, -1)}ies`
        : `${base}s`;
    const ed =
      past ?? (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`);
    const ing = base.endsWith('ie')
      ? `${base.slice(0, -2)}ying`
      : base.endsWith('ee')
        ? `${base}ing`
        : `${base.endsWith('e') ? stem : doubled}ing`;
    out.push(base, third, ed, ing);
  }
  return out;
}

/**
 * Cues of attitude, intention and evaluation ("wants", "hopes", "criticized", "called for"): PolNeAR-style
 * attributions whose content is the clause or object after the cue; read only with a subject before the cue.
 */
export const ATTITUDE_CUES: ReadonlySet<string> = new Set(
  inflections(
    'want hope fear think/thought know/knew expect call describe criticize criticise praise endorse ' +
      'propose decline refuse reject discuss talk/talked speak/spoke point focus refer reference condemn denounce blast slam ' +
      'push demand dismiss defend oppose tout highlight recognize imply portray assail repeat echo ' +
      'invoke conclude worry regret understand/understood boast protest chastise caution liken compare ' +
      'detail express lament mock applaud welcome decry advocate doubt suspect assume recommend characterize ' +
      'label dub brand disagree dispute signal hint intend forecast comment allude joke rail lash weigh lay/laid disclose ' +
      'guarantee swear/swore hail reiterate speculate question promise pledge vow ' +
      'threaten urge ask believe blame accuse deny acknowledge suggest predict argue insist explain announce confirm ' +
      'support seek/sought plan view see/saw offer unveil outline assure reassure inform proclaim pronounce rebut ' +
      'retort quip muse wonder inquire retweet prefer wish anticipate presume contemplate reckon lobby thank ' +
      'congratulate credit fault chide scold rebuke lambaste deride ridicule rebuff embrace champion promote justify ' +
      'downplay confess insinuate chant shout yell answer react remark plead implore envision envisage ponder mull ' +
      'acclaim extol concur object',
  ).concat(['thought', 'spoken', 'sworn', 'laid', 'seen']),
);

/** Cue verbs that take a particle read as part of the cue ("called for", "pointed to", "talked about"). */
export const CUE_PARTICLES: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['call', ['for', 'on']],
  ['point', ['to', 'out']],
  ['refer', ['to']],
  ['talk', ['about', 'of']],
  ['speak', ['about', 'of', 'out']],
  ['focus', ['on']],
  ['warn', ['against', 'of', 'about']],
  ['push', ['for']],
  ['lay', ['out']],
  ['weigh', ['in']],
  ['advocate', ['for']],
  ['hint', ['at']],
  ['allude', ['to']],
  ['comment', ['on']],
  ['complain', ['about']],
  ['worry', ['about']],
  ['boast', ['about']],
  ['joke', ['about']],
  ['rail', ['against']],
  ['lash', ['out']],
  ['vote', ['for', 'against']],
  ['argue', ['for', 'against']],
]);

/** Base forms of `CUE_PARTICLES` verbs that are cues only with their particle ("spoke about", not "spoke"). */
export const PARTICLE_REQUIRED: ReadonlySet<string> = new Set(
  'point refer talk speak focus lay weigh advocate hint allude comment rail lash push vote'.split(' '),
);

/** The base form of an inflected cue verb in `CUE_PARTICLES` ("called" → "call"); built from the same inflections. */
export const PARTICLE_BASE: ReadonlyMap<string, string> = new Map(
  [...CUE_PARTICLES.keys()].flatMap((b) =>
    inflections(b === 'speak' ? 'speak/spoke' : b === 'lay' ? 'lay/laid' : b)
      .concat(b === 'speak' ? ['spoken'] : [])
      .map((f): [string, string] => [f, b]),
  ),
);

/** Auxiliaries, modals and negations read into a cue after the subject ("can't say", "isn't saying", "would call"). */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set(
  (
    "can could should must shall may might will would cannot can’t can't couldn’t couldn't shouldn’t shouldn't " +
    "won’t won't wouldn’t wouldn't hasn’t hasn't haven’t haven't hadn’t hadn't isn’t isn't aren’t aren't " +
    "wasn’t wasn't weren’t weren't even still always often long clearly strongly sharply frequently only just"
  ).split(' '),
);

/** Forms of "be" read into a cue before an -ing form ("is calling for", "are saying"). */
export const BE_FORMS: ReadonlySet<string> = new Set('is are was were be been am'.split(' '));

/** Words that stop a scan leftwards for a subject: finite auxiliaries and clause openers. */
export const SUBJECT_STOPS: ReadonlySet<string> = new Set(
  (
    'is are was were be been am has have had will would can could should must may might shall did does do ' +
    'that but because while when if since although though where so whereas unless until than once whether yet nor ' +
    'whom whose what why how said says say told tell tells not as after before even rather'
  ).split(' '),
);

/** Relative pronouns that are the source when they stand right before the cue ("…, who said"). */
export const RELATIVE_SOURCES: ReadonlySet<string> = new Set(['who', 'which']);

/** Words that open an introductory phrase set off by a comma ("On Monday, …", "Earlier, …"). */
export const INTRO_OPENERS: ReadonlySet<string> = new Set(
  (
    'in on at during after before since with without by for from as like unlike despite amid among under over ' +
    'earlier later last this next meanwhile however still now then instead indeed also yesterday today tonight ' +
    'moreover furthermore separately again asked speaking when while if though although to even rather'
  ).split(' '),
);

/** Words that open a relative or participial phrase inside a subject ("X, who …, said"). */
export const SUBJECT_INSERT_OPENERS: ReadonlySet<string> = new Set(
  'who which whose whom where when speaking writing according in on at during after before with without by for from'.split(
    ' ',
  ),
);

/** Contraction endings split off a subject ("I've said" → source "I", cue "'ve said"). */
export const SUBJECT_CONTRACTIONS = /^(.+?)((?:['’](?:ve|ll|d|re|m|s)))$/u;

/** Capitalised words that make a run a thing, not a person: holidays, deities, forms of address, weapons. */
export const NOT_PERSON_WORDS: ReadonlySet<string> = new Set(
  (
    'Year Eve Day Christmas Easter Ramadan Eid Hanukkah Passover Thanksgiving Halloween Independence Victory ' +
    'God Lord Allah Dear Himars HIMARS ATACMS Javelin Javelins Patriot Patriots Iskander Kinzhal Kalibr Shahed Shaheds ' +
    'Lancet Bayraktar Leopard Leopards Abrams Bradley Bradleys Storm Shadow Tomahawk Stinger Stingers'
  ).split(' '),
);

/** Collective nouns without a final -s that are plural ("people said", "police said"). */
export const PLURAL_COLLECTIVES: ReadonlySet<string> = new Set(
  'people police media some many staff personnel clergy'.split(' '),
);

/** Particles that turn a cue verb into another verb ("called off", "added up", "slammed into"). */
export const NON_CUE_PARTICLES: ReadonlySet<string> = new Set('off up away down into through onto across'.split(' '));

/** Words of a time phrase that may stand between a subject and its cue ("Russia on Monday said"). */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december morning afternoon evening night overnight today yesterday tonight earlier ' +
    'later week weekend month year day days weeks months years ago late early recently'
  ).split(' '),
);

/** Channels of a statement, never its speaker ("said in a statement on Telegram", "wrote on X"). */
export const CHANNEL_NAMES: ReadonlySet<string> = new Set(
  'Telegram VKontakte Facebook Twitter X Instagram YouTube TikTok WhatsApp Truth Social Weibo WeChat Threads'.split(
    ' ',
  ),
);

/** Abbreviated titles and the role noun they stand for ("Gov. X" is "the governor"). */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gov.', 'governor'],
  ['gen.', 'general'],
  ['sen.', 'senator'],
  ['rep.', 'representative'],
  ['lt.', 'lieutenant'],
  ['col.', 'colonel'],
  ['maj.', 'major'],
  ['capt.', 'captain'],
  ['adm.', 'admiral'],
  ['sgt.', 'sergeant'],
  ['pres.', 'president'],
  ['amb.', 'ambassador'],
]);

/** Role nouns general enough to refer back to any person of their kind ("the official said"). */
export const GENERIC_ROLES: ReadonlySet<string> = new Set('official spokesman spokeswoman spokesperson'.split(' '));

/** Country names that speak for their government when they are the subject of a cue ("Russia said"). */
export const COUNTRY_SIDES: ReadonlySet<string> = new Set(
  'Russia Ukraine Israel Iran Syria Lebanon Yemen Sudan Nigeria Myanmar China Turkey Belarus Iraq Afghanistan Ethiopia Somalia Mali Libya'.split(
    ' ',
  ),
);

/** Words in -ing that open a job title, not a participle ("managing director", "ranking member"). */
export const ING_ADJECTIVES: ReadonlySet<string> = new Set(
  'managing leading founding ruling presiding acting governing visiting outgoing incoming sitting retiring ranking reigning standing working'.split(
    ' ',
  ),
);
/** Finite verbs that are never adjectives or participles inside a noun phrase ("took", "was"; not "paid", "set"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  (
    'is are was were did does has have had will would can could took gave went came saw ran began wrote spoke drew ' +
    'drove fell grew knew rose threw ' +
    'blew flew broke stole swore tore woke wore'
  ).split(' '),
);
/** Finite verbs of a main clause besides the regular past in -ed: CLAUSE_VERBS and the irregular pasts that are also
 * participles ("made", "held", "paid"), which after a subject are verbs too. */
export const FINITE_VERBS: ReadonlySet<string> = new Set([
  ...CLAUSE_VERBS,
  ...(
    'do felt kept left met sent spent stood thought won struck fought brought bought held led lost paid put set told ' +
    'said became found got heard hit laid meant sought sold shot shut sat slept taught understood made'
  ).split(' '),
]);
/** Words after which a verb form is a noun or an adjective ("the wounded", "of reported attacks"). */
export const NOT_BEFORE_VERB: ReadonlySet<string> = new Set(
  'the a an of to in on at for from with by this that these those his her their its our my your some many'.split(' '),
);
/** Words that open a headline rubric, not a speaker's name ("Exclusive: …", "Watch: …"). */
export const HEADLINE_RUBRICS: ReadonlySet<string> = new Set(
  (
    'exclusive breaking watch update updated analysis opinion editorial live video photos photo listen read ' +
    'review explainer factbox timeline q&a interview correction recap poll report'
  ).split(' '),
);
/** Prepositions before a speaker whose gerund reports what they say ("footage of Clinton asking", "with experts
 * offering"). */
export const GERUND_SPEAKER_BEFORE: ReadonlySet<string> = new Set(['of', 'with']);
/** Verbs of the clauses that keep a source anonymous ("asked not to be named", "spoke on condition of anonymity"). */
export const ANONYMITY_CUES: ReadonlySet<string> = new Set([
  'asked',
  'requested',
  'spoke',
  'speaking',
  'declined',
  'insisted',
]);
/** Verbs that put a figure on a count ("put the death toll at 40", "placed the number of missing at 300"). */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing']);
/** Nouns of a count that such a verb puts at a figure. */
export const TOLL_NOUNS: ReadonlySet<string> = new Set([
  'number',
  'toll',
  'figure',
  'count',
  'tally',
  'total',
  'death',
  'casualty',
]);
/** Conjunctions of condition and cause before an attitude's subject ("if he wants", "because he did not want"). */
export const SUBORDINATE_OPENERS: ReadonlySet<string> = new Set('if whether because unless'.split(' '));
/** Past participles in -en and others that never speak alone ("given added fuel"). */
export const PARTICIPLES_EN: ReadonlySet<string> = new Set(
  'given taken written spoken chosen broken known shown seen done been gotten driven'.split(' '),
);
/** Words that open a relative clause inside a source, after which its own verbs may stand. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when']);
/** Words that end the agent phrase after "by" ("by some as a demotion", "by the army in a statement"). */
export const AGENT_ENDS: ReadonlySet<string> = new Set(
  (
    'as to for in on at after before during because while when since with over than who which that but ' +
    'is are was were has have had will would can could may might must should did does do'
  ).split(' '),
);
/** Words a source phrase cannot end with: prepositions, auxiliaries and bare participles. */
export const NOT_SOURCE_WORDS: ReadonlySet<string> = new Set(
  'from aside having being been held keeps without by with of to in on at for goes about than like'.split(' '),
);
/** Cues that also name things ("a group called X", "what he called a farce"). */
export const NAMING_CUES: ReadonlySet<string> = new Set(['called', 'dubbed', 'named', 'termed', 'labeled', 'labelled']);
/** Capitalised words that open a clause without naming who speaks ("It", "There", "Many"). */
export const NOT_CLAUSE_SUBJECTS = new Set(
  'it its there this that these those the a an many some most all both each few several such what when where while if but and or so yet as'.split(
    ' ',
  ),
);
