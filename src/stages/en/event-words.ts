// Words around place names that tell whether the name says where something happened.

/** Prepositions after which a country names a location ("across Ukraine", "fired at Ukraine"). */
export const COUNTRY_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in across throughout over into inside at on near within around outside towards toward against of'.split(' '),
);

/** Direction and position adjectives that may stand between the preposition and the place ("in eastern Ukraine"). */
export const DIRECTION_WORDS: ReadonlySet<string> = new Set(
  (
    'north south east west northern southern eastern western central northeastern northwestern southeastern ' +
    'southwestern north-east north-west south-east south-west occupied russian-occupied russian-held ' +
    'russian-controlled ukrainian-held rebel-held separatist-held besieged war-torn neighbouring neighboring'
  ).split(' '),
);

/** Nouns after a possessive place name that still name a place ("Kharkiv's Saltivka district", "Gaza's north"). */
export const PLACE_PART_NOUNS: ReadonlySet<string> = new Set(
  (
    'region province district city town village outskirts centre center suburbs suburb capital border coast port ' +
    'airport north south east west oblast state county area neighbourhood neighborhood quarter camp streets ' +
    'second-largest largest main old downtown'
  ).split(' '),
);

/** Speech verbs after which a day names when something was said, not when it happened ("said on Saturday"). */
export const SPEECH_TIME_VERBS: ReadonlySet<string> = new Set(
  (
    'said says told reported announced added stated confirmed wrote claimed warned denied accused blamed ' +
    'kept continued updated gave released published insisted rejected dismissed called issued urged condemned ' +
    'responded reacted welcomed promised vowed'
  ).split(' '),
);

/** Nouns after a place name that make the name part of an organisation's ("the Punch newspaper", "Kyiv police"). */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new Set(
  (
    'newspaper news agency service broadcaster television tv radio channel daily times post independent ministry ' +
    'government council committee university police authorities administration office officials prosecutors ' +
    'court parliament legislature military army command airline company group'
  ).split(' '),
);

/**
 * Nouns after a place name that make it the name of a weapon ("a Grad launcher"), of another feature ("the Dnipro
 * river") or of an armed group ("Fano militiamen", "Wagner fighters").
 */
export const NOT_THE_TOWN_NOUNS: ReadonlySet<string> = new Set(
  (
    'launcher launchers system systems howitzer howitzers tank tanks jet jets complex complexes battery ' +
    'river sea lake bay canal dam reservoir mountains mountain valley strait gulf delta ' +
    'militiamen militia militias fighters rebels insurgents militants gunmen'
  ).split(' '),
);

/**
 * Words right before "in"/"at" that make the place where something was said, not done ("said in Geneva", "a news
 * conference in Doha", "speaking at the UN").
 */
export const SPEECH_SETTING_WORDS: ReadonlySet<string> = new Set(
  (
    'said says told tells announced stated added wrote spoke speaking addressed briefing briefings conference ' +
    'interview statement speech remarks summit talks session address forum hearing'
  ).split(' '),
);

/** Audiences that make the place one of speaking only after a speech verb ("told reporters in Kyiv", not "AFP reporters in Kyiv heard"). */
export const SPEECH_AUDIENCE_WORDS: ReadonlySet<string> = new Set(
  'reporters journalists lawmakers diplomats delegates parliament'.split(' '),
);

/** Nouns after a place name that make it a time zone ("9 p.m. Sanaa time", "Kyiv time"), not a location. */
export const TIME_ZONE_NOUNS: ReadonlySet<string> = new Set(['time']);
