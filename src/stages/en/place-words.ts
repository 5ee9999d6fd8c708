// Word lists for the places recogniser: capitalised words that are also gazetteer names but rarely places in news,
// given names and titles that mark a person, words that turn a name into a region, anaphors, and abbreviations.
// Everything is compared in normalised form (lower case, no diacritics or dots) unless said otherwise.

/** Single capitalised words that match some gazetteer place but in news are almost always something else. */
export const PLACE_STOP_WORDS: ReadonlySet<string> = new Set([
  // months and weekdays
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ive', 'im',
  'ill', 'id', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // function words and sentence openers
  'of', 'the', 'a', 'an', 'and', 'or', 'but', 'in', 'on', 'at', 'to', 'by', 'for', 'from', 'with', 'as', 'if', 'so',
  'this', 'that', 'these', 'those', 'there', 'here', 'then', 'than', 'when', 'where', 'while', 'after', 'before',
  'since', 'during', 'also', 'however', 'meanwhile', 'still', 'even', 'just', 'only', 'more', 'most', 'some', 'many',
  'all', 'both', 'each', 'every', 'other', 'another', 'such', 'no', 'not', 'yes', 'he', 'she', 'it', 'we', 'they',
  'his', 'her', 'its', 'our', 'their', 'you', 'your', 'i', 'me', 'my', 'one', 'two', 'three', 'four', 'five', 'ten',
  'said', 'says', 'say', 'told', 'added', 'according', 'asked', 'early', 'late', 'later', 'last', 'next', 'new',
  'good', 'well', 'way', 'why', 'how', 'what', 'who', 'which', 'today', 'tonight', 'yesterday', 'tomorrow', 'now',
  // titles, roles and institutions
  'president', 'minister', 'prime', 'governor', 'mayor', 'general', 'colonel', 'major', 'captain', 'sergeant',
  'officer', 'police', 'army', 'navy', 'air', 'force', 'forces', 'military', 'government', 'ministry', 'council',
  'parliament', 'congress', 'senate', 'court', 'hospital', 'school', 'university', 'college', 'church', 'mosque',
  'office', 'department', 'agency', 'committee', 'commission', 'union', 'party', 'group', 'company', 'bank',
  'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'bishop', 'sheikh', 'emir', 'chief', 'commander', 'senator',
  'secretary', 'ambassador', 'spokesman', 'spokeswoman', 'director', 'chairman', 'leader', 'judge', 'doctor',
  'national', 'international', 'federal', 'central', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'central', 'upper', 'lower', 'old', 'great', 'little', 'big', 'grand', 'royal', 'free',
  'independent', 'republican', 'democrat', 'democratic', 'liberal', 'conservative', 'labour', 'labor', 'green',
  // news agencies, outlets and media words
  'reuters', 'afp', 'ap', 'associated', 'press', 'bbc', 'cnn', 'tass', 'ria', 'interfax', 'ukrinform', 'xinhua',
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'guardian', 'telegraph', 'independent', 'mirror', 'sun',
  'star', 'globe', 'mail', 'express', 'daily', 'weekly', 'online', 'video', 'photo', 'twitter', 'facebook',
  'telegram', 'instagram', 'youtube', 'google', 'apple', 'amazon', 'microsoft',
  // common nouns and adjectives that are also the names of small places
  'mobile', 'deal', 'providence', 'police', 'victory', 'hope', 'liberty', 'independence', 'unity', 'peace', 'union',
  'progress', 'paradise', 'eden', 'friendship', 'harmony', 'justice', 'truth', 'freedom', 'reform', 'energy',
  'power', 'media', 'bar', 'ban', 'best', 'bury', 'cash', 'center', 'centre', 'chance', 'city', 'clay', 'colon',
  'commerce', 'cross', 'early', 'energy', 'fort', 'friend', 'gay', 'gas', 'hell', 'home', 'house', 'hospital', 'king',
  'land', 'lead', 'man', 'match', 'mission', 'nice', 'normal', 'orange', 'order', 'park', 'port', 'post', 'reading',
  'rich', 'rocket', 'rock', 'sale', 'salt', 'scale', 'second', 'sharp', 'short', 'side', 'sign', 'strike', 'sale',
  'tank', 'trade', 'trump', 'typical', 'wall', 'war', 'water', 'white', 'wing', 'young', 'zero', 'aid', 'alliance',
  'border', 'bridge', 'camp', 'capital', 'coast', 'district', 'island', 'lake', 'mount', 'river', 'valley', 'village',
  'town', 'region', 'province', 'state', 'county', 'street', 'road', 'square', 'station', 'airport', 'base', 'front',
  'line', 'zone', 'military', 'islamic', 'jihad', 'hamas', 'hezbollah', 'houthi', 'houthis', 'taliban', 'wagner',
  'nato', 'un', 'eu', 'isis', 'isil', 'al', 'el', 'la', 'le', 'de', 'du', 'van', 'von', 'bin', 'ibn', 'abu',
  'christmas', 'easter', 'ramadan', 'eid', 'god', 'allah', 'jesus', 'christ', 'mary', 'lord', 'holy', 'spring',
  'summer', 'autumn', 'fall', 'winter', 'olympic', 'olympics', 'cup', 'world', 'global', 'sky', 'ocean', 'arab',
  'media', 'security', 'defence', 'defense', 'interior', 'foreign', 'health', 'education', 'justice', 'emergency',
  'emergencies', 'red', 'crescent', 'cross', 'human', 'rights', 'watch', 'amnesty', 'relief', 'humanitarian',
  'operation', 'crisis', 'lines', 'victims', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'mt', 'ft', 'inc', 'ltd', 'co',
  'corp', 'ceo', 'tv', 'radio', 'ok', 'oh', 'ah', 'yeah', 'please', 'thanks', 'sorry', 'hello', 'welcome', 'dear',
]);

/** Common given names: a capitalised sequence that starts with one names a person ("Igor Strelkov", "Jordan Smith"). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  'aaron', 'abdul', 'abdullah', 'adam', 'ahmad', 'ahmed', 'alan', 'albert', 'alex', 'alexander', 'alexei', 'alexey',
  'ali', 'alice', 'amanda', 'amir', 'amy', 'andrei', 'andrew', 'andriy', 'andy', 'angela', 'ann', 'anna', 'anne',
  'anthony', 'anton', 'antony', 'arseniy', 'arthur', 'ashley', 'barack', 'ben', 'benjamin', 'benny', 'bernie', 'bill',
  'bob', 'boris', 'brad', 'brian', 'bruce', 'carl', 'carlos', 'catherine', 'charles', 'charlie', 'chris',
  'christian', 'christina', 'christopher', 'claire', 'colin', 'craig', 'dan', 'daniel', 'dave', 'david', 'denis',
  'dennis', 'denys', 'dmitri', 'dmitry', 'dmytro', 'donald', 'dorothy', 'doug', 'douglas', 'ed', 'edward', 'elena',
  'elizabeth', 'emily', 'emma', 'emmanuel', 'eric', 'eugene', 'evgeny', 'fatima', 'frank', 'fred', 'gary', 'george',
  'gerald', 'gordon', 'greg', 'gregory', 'hamid', 'hannah', 'harry', 'hassan', 'helen', 'henry', 'hussein', 'ibrahim',
  'igor', 'ihor', 'ivan', 'jack', 'jacob', 'james', 'jan', 'jane', 'janet', 'jason', 'jean', 'jeff', 'jennifer',
  'jeremy', 'jerry', 'jessica', 'jim', 'joe', 'john', 'johnny', 'jon', 'jonathan', 'jordan', 'jose', 'joseph', 'josh',
  'joshua', 'juan', 'julia', 'julie', 'justin', 'karen', 'kate', 'katherine', 'keith', 'kelly', 'ken', 'kenneth',
  'kevin', 'khaled', 'khalid', 'kim', 'kyle', 'larry', 'laura', 'lee', 'leonid', 'linda', 'lisa', 'liz', 'louis',
  'lucy', 'luis', 'mahmoud', 'marco', 'margaret', 'maria', 'marie', 'mark', 'martin', 'mary', 'matt', 'matthew',
  'max', 'maxim', 'michael', 'michel', 'michelle', 'mike', 'mikhail', 'mohamed', 'mohammad', 'mohammed', 'muhammad',
  'mustafa', 'mykola', 'mykhailo', 'nancy', 'natalia', 'nathan', 'neil', 'nicholas', 'nick', 'nicolas', 'nikita',
  'nikolai', 'nina', 'oleg', 'oleh', 'oleksandr', 'oleksii', 'oleksiy', 'olena', 'olga', 'omar', 'pamela', 'patrick',
  'paul', 'peter', 'petro', 'petr', 'philip', 'phil', 'rachel', 'ralph', 'ramzan', 'ray', 'rebecca', 'recep',
  'richard', 'rick', 'rob', 'robert', 'roger', 'ron', 'ronald', 'rose', 'ruslan', 'russell', 'ryan', 'said', 'salman',
  'sam', 'samuel', 'sara', 'sarah', 'scott', 'serhiy', 'sergei', 'sergey', 'sergiy', 'sophie', 'stephen', 'steve',
  'steven', 'susan', 'tatiana', 'tatyana', 'thomas', 'tim', 'timothy', 'todd', 'tom', 'tony', 'valery', 'valeriy',
  'vasyl', 'victor', 'viktor', 'vitali', 'vitaliy', 'vitaly', 'vladimir', 'volodymyr', 'vyacheslav', 'walter',
  'william', 'xi', 'yevgeny', 'yulia', 'yuri', 'yuriy', 'yury', 'zelensky',
  // given names that are also place names: before a capitalised word that is not a region or common word, a person
  'georgia', 'florence', 'savannah', 'chelsea', 'lorraine', 'shelby', 'marion', 'sharon',
]);

/** Verbs of saying: a single capitalised word right before or after one is a speaker ("Walsh said", "said Walsh"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'explained', 'recalled', 'asked', 'wrote', 'noted',
  'stated', 'insisted', 'argued', 'continued', 'replied', 'admitted', 'claimed', 'warned',
]);

/**
 * Multi-word names that contain a place name but name an institution, building or team, not the place
 * (normalised). Neither the whole nor the place inside is tagged.
 */
export const NON_PLACE_NAMES: ReadonlySet<string> = new Set([
  'white house', 'georgia tech', 'real madrid', 'atletico madrid', 'inter milan', 'ac milan', 'penn state',
  'ohio state', 'michigan state', 'florida state', 'arizona state', 'boise state', 'kansas state', 'iowa state',
]);

/** Titles and roles before a capitalised name that mark it as a person ("President Assad", "Mr Paris"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'president', 'minister', 'premier', 'chancellor', 'governor',
  'mayor', 'senator', 'sen', 'rep', 'representative', 'gov', 'gen', 'general', 'lt', 'col', 'colonel', 'maj', 'major',
  'capt', 'captain', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm', 'admiral', 'commander', 'cmdr',
  'brig', 'brigadier', 'marshal', 'king', 'queen', 'prince', 'princess', 'pope', 'father', 'rev', 'reverend',
  'bishop', 'archbishop', 'sheikh', 'imam', 'ayatollah', 'emir', 'sultan', 'judge', 'justice', 'officer', 'constable',
  'inspector', 'detective', 'agent', 'spokesman', 'spokeswoman', 'secretary', 'ambassador', 'envoy', 'chairman',
  'lord', 'lady', 'sir', 'dame', 'saint', 'coach', 'striker', 'defender', 'goalkeeper', 'actor', 'actress', 'singer',
]);

/** Words after a name that make it an administrative unit: which GeoNames feature they point to. */
export const REGION_WORDS: ReadonlyMap<string, 'ADM1' | 'ADM2'> = new Map([
  ['region', 'ADM1'], ['oblast', 'ADM1'], ['province', 'ADM1'], ['governorate', 'ADM1'], ['state', 'ADM1'],
  ['krai', 'ADM1'], ['kray', 'ADM1'], ['prefecture', 'ADM1'], ['territory', 'ADM1'], ['emirate', 'ADM1'],
  ['strip', 'ADM1'], ['county', 'ADM2'], ['district', 'ADM2'], ['raion', 'ADM2'], ['rayon', 'ADM2'],
  ['municipality', 'ADM2'], ['parish', 'ADM2'],
]);

/** Lower-case words that may stand inside a multi-word place name ("Rio de Janeiro", "Isle of Man"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'upon',
  'on', 'the', 'and', 'y', 'sur', 'am', 'an', 'der', 'im', 'ul',
]);

/** Abbreviations that may be followed by a full stop inside a name ("St. Louis", "Ft. Worth"). */
export const DOTTED_NAME_PARTS: ReadonlySet<string> = new Set(['st', 'ste', 'mt', 'ft', 'pt']);

/** Anaphors pointing back to an earlier place, by the kind of place they need. */
export type AnaphorKind = 'city' | 'region' | 'country' | 'capital';
export const PLACE_ANAPHORS: ReadonlyMap<string, AnaphorKind> = new Map([
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['settlement', 'city'], ['region', 'region'],
  ['province', 'region'], ['oblast', 'region'], ['governorate', 'region'], ['state', 'region'],
  ['country', 'country'], ['capital', 'capital'],
]);
/** "the city", "the region", ... (case-insensitive; module level, linear: literal alternation). */
export const ANAPHOR_PATTERN =
  /\b[Tt]he (city|town|village|settlement|region|province|oblast|governorate|country|capital)\b/g;

/**
 * Abbreviated place names written as in news (case-sensitive), with what they stand for: a country code, or
 * "CC:Admin1 name" for a state or province. `comma: true` ones count only after a comma ("Lexington, Ky.").
 */
export interface PlaceAbbreviation {
  readonly target: string;
  readonly comma: boolean;
}
const C = (target: string): PlaceAbbreviation => ({ target, comma: false });
const S = (target: string): PlaceAbbreviation => ({ target, comma: true });
export const PLACE_ABBREVIATIONS: ReadonlyMap<string, PlaceAbbreviation> = new Map([
  ['U.S.A.', C('US')], ['U.S.', C('US')], ['USA', C('US')], ['US', C('US')], ['U.K.', C('GB')], ['UK', C('GB')],
  ['UAE', C('AE')], ['U.A.E.', C('AE')], ['DRC', C('CD')], ['D.C.', S('US:Washington, D.C.')],
  ['Ala.', S('US:Alabama')], ['Ariz.', S('US:Arizona')], ['Ark.', S('US:Arkansas')], ['Calif.', S('US:California')],
  ['Colo.', S('US:Colorado')], ['Conn.', S('US:Connecticut')], ['Del.', S('US:Delaware')], ['Fla.', S('US:Florida')],
  ['Ga.', S('US:Georgia')], ['Ill.', S('US:Illinois')], ['Ind.', S('US:Indiana')], ['Kan.', S('US:Kansas')],
  ['Kans.', S('US:Kansas')], ['Ky.', S('US:Kentucky')], ['Ky', S('US:Kentucky')], ['La.', S('US:Louisiana')],
  ['Md.', S('US:Maryland')], ['Mass.', S('US:Massachusetts')], ['Mich.', S('US:Michigan')],
  ['Minn.', S('US:Minnesota')], ['Miss.', S('US:Mississippi')], ['Mo.', S('US:Missouri')], ['Mont.', S('US:Montana')],
  ['Neb.', S('US:Nebraska')], ['Nev.', S('US:Nevada')], ['N.H.', S('US:New Hampshire')], ['N.J.', S('US:New Jersey')],
  ['N.M.', S('US:New Mexico')], ['N.Y.', S('US:New York')], ['N.C.', S('US:North Carolina')],
  ['N.D.', S('US:North Dakota')], ['Okla.', S('US:Oklahoma')], ['Ore.', S('US:Oregon')], ['Pa.', S('US:Pennsylvania')],
  ['R.I.', S('US:Rhode Island')], ['S.C.', S('US:South Carolina')], ['S.D.', S('US:South Dakota')],
  ['Tenn.', S('US:Tennessee')], ['Tex.', S('US:Texas')], ['Vt.', S('US:Vermont')], ['Va.', S('US:Virginia')],
  ['Wash.', S('US:Washington')], ['W.Va.', S('US:West Virginia')], ['Wis.', S('US:Wisconsin')],
  ['Wyo.', S('US:Wyoming')], ['B.C.', C('CA:British Columbia')], ['Alta.', S('CA:Alberta')],
  ['Sask.', S('CA:Saskatchewan')], ['Man.', S('CA:Manitoba')], ['Ont.', S('CA:Ontario')], ['Que.', S('CA:Quebec')],
  ['N.S.', S('CA:Nova Scotia')], ['N.B.', S('CA:New Brunswick')], ['Nfld.', S('CA:Newfoundland and Labrador')],
  ['P.E.I.', S('CA:Prince Edward Island')],
]);

/** Country words beyond the country data: informal names and demonym forms people write. */
export const EXTRA_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'US'], ['british', 'GB'], ['briton', 'GB'], ['english', 'GB'], ['scottish', 'GB'], ['welsh', 'GB'],
  ['burmese', 'MM'], ['myanmar', 'MM'], ['saudi', 'SA'], ['emirati', 'AE'], ['gazan', 'PS'], ['palestinian', 'PS'],
  ['israeli', 'IL'], ['ukrainian', 'UA'], ['russian', 'RU'], ['soviet', 'RU'], ['belarusian', 'BY'], ['iranian', 'IR'],
  ['persian', 'IR'], ['sudanese', 'SD'], ['yemeni', 'YE'], ['nigerian', 'NG'], ['syrian', 'SY'], ['lebanese', 'LB'],
  ['iraqi', 'IQ'], ['afghan', 'AF'], ['turkish', 'TR'], ['chinese', 'CN'], ['korean', 'KR'], ['congolese', 'CD'],
  ['dutch', 'NL'], ['filipino', 'PH'], ['kuwaiti', 'KW'], ['qatari', 'QA'], ['omani', 'OM'], ['jordanian', 'JO'],
]);

/**
 * Capitalised words that stand before names without being part of them: a run of capitalised words that the gazetteer
 * does not know is searched for places after these, but not after an unknown word ("Tudun Biri" is not "Biri").
 */
export const LEADING_WORDS: ReadonlySet<string> = new Set(
  ('the a an in on at of for from by with and but as after before when while during since to into over under near ' +
    'across between if so this that these those there it its his her their our we they he she i eastern western ' +
    'northern southern central northeastern northwestern southeastern southwestern north south east west ' +
    'mayor governor president minister premier prime general gen governor-general spokesman spokeswoman chief ' +
    'head commander former acting deputy officials residents local regional russian ukrainian israeli ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december dear dr mr mrs ms prof sgt lt col capt maj cpl pvt gov sen rep ' +
    'both all some many most several each every no not only also even then thus however meanwhile besides').split(' '),
);

/** Kinds of settlement a text declares a name to be ("X, a village in …", "the camp of X", "X camp"). */
export const SETTLEMENT_WORDS: ReadonlySet<string> = new Set(
  'village town hamlet settlement camp township suburb neighbourhood neighborhood locality kibbutz refugee-camp'.split(' '),
);
