// PLACEHOLDER: the quantities recogniser (issue 2). Assigns an empty layer until written.
import { defineStage } from '../pipeline/stage.js';

export const quantitiesStage = defineStage({
  name: 'quantities',
  version: '0',
  requires: ['sentences', 'tokens'],
  assigns: ['quantities'],
  run: () => ({ layers: { quantities: [] } }),
});
