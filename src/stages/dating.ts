// PLACEHOLDER: finds the dateline and settles the publication date (issue 2).
import { defineStage } from '../pipeline/stage.js';

export const datingStage = defineStage({
  name: 'dating',
  version: '0',
  requires: ['sentences'],
  assigns: ['datelines'],
  run: () => ({ layers: { datelines: [] } }),
});
