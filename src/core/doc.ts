// The immutable document: normalised text, article metadata and typed span layers.
import { TallyError } from './errors.js';
import type { Claim, EventLink, TallyEvent } from './layers/claim.js';
import type { Demonym, Place } from './layers/place.js';
import type { Quantity } from './layers/quantity.js';
import type { Attribution, Entity } from './layers/source.js';
import type { Sentence, Token } from './layers/text.js';
import type { Dateline, TimeExpr } from './layers/time.js';
import type { Span } from './span.js';

/** Every layer a stage can assign, by name. Each entry of every layer carries its span and text. */
export interface Layers {
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  datelines: readonly Dateline[];
  quantities: readonly Quantity[];
  times: readonly TimeExpr[];
  places: readonly Place[];
  demonyms: readonly Demonym[];
  entities: readonly Entity[];
  attributions: readonly Attribution[];
  claims: readonly Claim[];
  events: readonly TallyEvent[];
  links: readonly EventLink[];
}

export type LayerName = keyof Layers;

export interface ArticleMeta {
  readonly id: string;
  readonly title: string | null;
  /** Publication date (YYYY-MM-DD) the pipeline anchors relative times to; null when unknown. */
  readonly published: string | null;
  /** Where `published` came from. */
  readonly publishedFrom: 'argument' | 'html' | 'dateline' | 'none';
  readonly outlet: string | null;
  readonly url: string | null;
  readonly language: string;
}

/** Something a stage noticed that a reader should know: a dateline that disagrees with the weekdays, say. */
export interface Note {
  readonly code: string;
  readonly message: string;
  readonly span?: Span;
}

/** Marks the objects `Doc.with` made for a new Doc (module-private: no caller can pass it). */
const OWNED: unique symbol = Symbol('owned');

export class Doc {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly notes: readonly Note[];
  readonly #layers: Readonly<Partial<Layers>>;

  constructor(
    text: string,
    meta: ArticleMeta,
    layers: Partial<Layers> = {},
    notes: readonly Note[] = [],
    owned?: typeof OWNED,
  ) {
    this.text = text;
    // `with` passes objects made for the new Doc alone: they are frozen in place, not copied once more
    this.meta = Object.freeze(owned === OWNED ? meta : { ...meta });
    this.#layers = Object.freeze(owned === OWNED ? layers : { ...layers });
    this.notes = Object.freeze(owned === OWNED ? notes : [...notes]);
  }

  has(name: LayerName): boolean {
    return this.#layers[name] !== undefined;
  }

  /** A layer a stage declared it requires; asking for one no earlier stage assigned is a pipeline fault. */
  get<K extends LayerName>(name: K): Layers[K] {
    const layer = this.#layers[name];
    if (layer === undefined) throw new TallyError('E_PIPELINE', `layer "${name}" has not been assigned`, 1);
    return layer;
  }

  /** The names of the layers assigned so far, in a fixed order. */
  layerNames(): LayerName[] {
    return (Object.keys(this.#layers) as LayerName[]).filter((k) => this.#layers[k] !== undefined);
  }

  /** A new Doc with more layers, notes or metadata; this one is unchanged. */
  with(change: { layers?: Partial<Layers>; notes?: readonly Note[]; meta?: Partial<ArticleMeta> }): Doc {
    // Frozen notes and metadata the change leaves as they are are shared with this Doc, not copied (the copies
    // `[...this.notes]` and `{ ...this.meta }` would be equal and equally frozen; neither Doc can change them).
    const notes =
      change.notes === undefined || change.notes.length === 0 ? this.notes : [...this.notes, ...change.notes];
    const meta = change.meta === undefined ? this.meta : { ...this.meta, ...change.meta };
    return new Doc(this.text, meta, { ...this.#layers, ...change.layers }, notes, OWNED);
  }
}
