// Builds an ordered pipeline of stages and refuses, at build time, one whose requirements are not met in order.
import { Doc } from '../core/doc.js';
import type { LayerName } from '../core/doc.js';
import { TallyError } from '../core/errors.js';
import type { AnyStage, RunContext } from './stage.js';

export interface Pipeline {
  readonly stages: readonly AnyStage[];
  run(doc: Doc, ctx: RunContext): Doc;
}

export function buildPipeline(stages: readonly AnyStage[]): Pipeline {
  const assigned = new Map<LayerName, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new TallyError('E_PIPELINE', `stage "${stage.name}" appears twice`, 1);
    names.add(stage.name);
    for (const need of stage.requires) {
      if (!assigned.has(need)) {
        throw new TallyError(
          'E_PIPELINE',
          `stage "${stage.name}" requires layer "${need}", which no earlier stage assigns`,
          1,
        );
      }
    }
    for (const out of stage.assigns) {
      const by = assigned.get(out);
      if (by !== undefined) {
        throw new TallyError('E_PIPELINE', `stages "${by}" and "${stage.name}" both assign layer "${out}"`, 1);
      }
      assigned.set(out, stage.name);
    }
  }
  return {
    stages,
    run(doc: Doc, ctx: RunContext): Doc {
      let current = doc;
      for (const stage of stages) {
        const result = stage.run(current, ctx);
        for (const out of stage.assigns) {
          if (result.layers[out] === undefined) {
            throw new TallyError('E_PIPELINE', `stage "${stage.name}" did not assign layer "${out}"`, 1);
          }
        }
        current = current.with(result);
      }
      return current;
    },
  };
}
