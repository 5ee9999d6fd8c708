// The side a counted group belongs to, from the words of a claim's subject ("Ukrainian soldiers" -> UA).

/** Demonyms and group names that fix a side; a word-list, not control flow. */
const SIDE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['russian', 'RU'],
  ['russia', 'RU'],
  ['ukrainian', 'UA'],
  ['ukraine', 'UA'],
  ['israeli', 'IL'],
  ['israel', 'IL'],
  ['palestinian', 'PS'],
  ['hamas', 'Hamas'],
  ['hezbollah', 'Hezbollah'],
  ['houthi', 'Houthis'],
  ['houthis', 'Houthis'],
  ['saudi', 'SA'],
  ['yemeni', 'YE'],
  ['sudanese', 'SD'],
  ['rsf', 'RSF'],
  ['malian', 'ML'],
  ['nigerian', 'NG'],
  ['myanmar', 'MM'],
  ['burmese', 'MM'],
  ['iranian', 'IR'],
  ['syrian', 'SY'],
  ['iraqi', 'IQ'],
  ['afghan', 'AF'],
  ['belarusian', 'BY'],
  ['american', 'US'],
  ['wagner', 'RU'],
  ['jnim', 'JNIM'],
];
const SIDE_MAP = new Map(SIDE_WORDS);

/** Words that make a subject a group of fighters, whose losses are "own" or "enemy" losses. */
const COMBATANT =
  /\b(?:soldiers?|servicem[ae]n|troops|fighters|personnel|militants?|forces|mercenar(?:y|ies)|marines|paratroopers|officers|sailors|crew)\b/i;

export function subjectSide(subject: string | null): string | null {
  if (!subject) return null;
  for (const word of subject.toLowerCase().split(/[^a-z]+/)) {
    const side = SIDE_MAP.get(word);
    if (side) return side;
  }
  return null;
}

export const isCombatantSubject = (subject: string | null): boolean => subject !== null && COMBATANT.test(subject);

/** `own` when a side reports its own losses, `enemy` when it reports the other side's; null when either side is unknown. */
export function stanceOf(sourceSide: string | null, subject: string | null): 'own' | 'enemy' | null {
  const counted = subjectSide(subject);
  if (!sourceSide || !counted) return null;
  return sourceSide.toUpperCase() === counted.toUpperCase() ? 'own' : 'enemy';
}
