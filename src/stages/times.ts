// PLACEHOLDER: the times recogniser (issue 2).
import { defineStage } from '../pipeline/stage.js';

export const timesStage = defineStage({
  name: 'times',
  version: '0',
  requires: ['sentences', 'datelines'],
  assigns: ['times'],
  run: () => ({ layers: { times: [] } }),
});
