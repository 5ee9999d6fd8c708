// PLACEHOLDER: the places recogniser (issue 2).
import { defineStage } from '../pipeline/stage.js';

export const placesStage = defineStage({
  name: 'places',
  version: '0',
  requires: ['sentences', 'tokens'],
  assigns: ['places', 'demonyms'],
  run: () => ({ layers: { places: [], demonyms: [] } }),
});
