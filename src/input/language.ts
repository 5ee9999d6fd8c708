// A cheap check that a text is English: the share of its words that are common English function words.
import { TallyError } from '../core/errors.js';

const FUNCTION_WORDS = new Set(
  'the of and to in a is that for on was with he it as at by from his said were are be has have had an or its this which not but they their who been would after will more than one two also about into over up when there all new we she her you i our no so out what can some may'.split(
    ' ',
  ),
);

export function englishShare(text: string): number {
  const words =
    text
      .slice(0, 50000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  return hits / words.length;
}

/** Refuses a text that has words but too few English ones; very short texts (a headline) pass. */
export function assertEnglish(text: string, label: string): void {
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words === 0) throw new TallyError('E_INPUT_LANGUAGE', `${label}: no words in the text`);
  if (words >= 12 && englishShare(text) < 0.08) {
    throw new TallyError(
      'E_INPUT_LANGUAGE',
      `${label}: the text does not look like English (only English is supported)`,
    );
  }
}
