// PLACEHOLDER: claims (issue 3).
import { defineStage } from '../pipeline/stage.js';

export const claimsStage = defineStage({
  name: 'claims',
  version: '0',
  requires: ['sentences', 'quantities', 'times', 'places', 'demonyms', 'entities', 'attributions'],
  assigns: ['claims'],
  run: () => ({ layers: { claims: [] } }),
});
