// Entities that speak or act, and the attributions that tie content to them.
import type { Spanned } from '../span.js';

export type SourceKind =
  | 'government'
  | 'military'
  | 'official'
  | 'person'
  | 'media'
  | 'outlet'
  | 'social_media'
  | 'ngo'
  | 'international_org'
  | 'witness'
  | 'unknown';

/** A person, organisation or collective mentioned in the text; aliases of one entity share an `id`. */
export interface Entity extends Spanned {
  /** Shared by every mention of the same entity within the article ("the defence ministry in Moscow" = "the Russian ministry"). */
  readonly id: string;
  /** Canonical display name of the entity (from its fullest mention). */
  readonly name: string;
  readonly kind: SourceKind;
  /** Country code or armed group the entity speaks for, where the text supports it. */
  readonly side: string | null;
  /** Title or role for people ("Kharkiv region head"). */
  readonly role?: string;
  /** How this mention refers: by name, by description, by pronoun. */
  readonly reference: 'name' | 'description' | 'pronoun';
}

export interface Attribution {
  /** Where the source is named in this attribution (a name, a description or a pronoun); null when unnamed. */
  readonly source: Spanned | null;
  readonly cue: Spanned;
  readonly content: Spanned;
  /** When the content is broken by the cue or by other text ("\"A,\" he said. \"B.\""): every piece, `content` first. */
  readonly parts?: readonly Spanned[];
  readonly quote: boolean;
  /** The entity the source resolves to (an `Entity.id`), across sentences for pronouns and roles. */
  readonly entity: string | null;
}
