// Layers of the text's own structure: sentences and tokens.
import type { Spanned } from '../span.js';

export interface Sentence extends Spanned {
  /** Index of the paragraph (blank-line separated block) that holds the sentence. */
  readonly paragraph: number;
  /** A one-line paragraph without final punctuation: a headline, a sub-heading or a caption line. */
  readonly heading: boolean;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

export interface Token extends Spanned {
  readonly kind: TokenKind;
  /** Index of the sentence that holds the token. */
  readonly sentence: number;
}
