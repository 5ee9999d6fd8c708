// A stage: a named, versioned step that reads the layers it requires and assigns the layers it declares.
import type { ArticleMeta, Doc, LayerName, Layers, Note } from '../core/doc.js';

/** Conventions for turning vague amounts ("dozens", "hundreds") into intervals. */
export type VagueConventionName = 'default' | 'acled';

export interface RunContext {
  /** Publication date given by the caller (YYYY-MM-DD); stages may find a better one in the text. */
  readonly published: string | null;
  readonly locale: 'en';
  readonly vagueConvention: VagueConventionName;
}

export interface StageResult<A extends LayerName> {
  readonly layers: Pick<Layers, A>;
  readonly notes?: readonly Note[];
  readonly meta?: Partial<ArticleMeta>;
}

export interface Stage<A extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly A[];
  run(doc: Doc, ctx: RunContext): StageResult<A>;
}

/** A stage of any assigned layers, as the ordered stage list holds them. */
export interface AnyStage {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly assigns: readonly LayerName[];
  run(
    doc: Doc,
    ctx: RunContext,
  ): { readonly layers: Partial<Layers>; readonly notes?: readonly Note[]; readonly meta?: Partial<ArticleMeta> };
}

/** Declares a stage with its assigned layer names checked against its result type. */
export function defineStage<A extends LayerName>(stage: Stage<A>): Stage<A> {
  return stage;
}
