// PLACEHOLDER: attribution of content to sources (issue 3).
import { defineStage } from '../pipeline/stage.js';

export const attributionsStage = defineStage({
  name: 'attributions',
  version: '0',
  requires: ['sentences', 'tokens', 'entities'],
  assigns: ['attributions'],
  run: () => ({ layers: { attributions: [] } }),
});
