// PLACEHOLDER: events (issue 3).
import { defineStage } from '../pipeline/stage.js';

export const eventsStage = defineStage({
  name: 'events',
  version: '0',
  requires: ['sentences', 'times', 'places', 'claims'],
  assigns: ['events'],
  run: () => ({ layers: { events: [] } }),
});
