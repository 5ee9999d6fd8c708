// PLACEHOLDER: entities and sources (issue 3).
import { defineStage } from '../pipeline/stage.js';

export const entitiesStage = defineStage({
  name: 'entities',
  version: '0',
  requires: ['sentences', 'tokens', 'places', 'demonyms'],
  assigns: ['entities'],
  run: () => ({ layers: { entities: [] } }),
});
