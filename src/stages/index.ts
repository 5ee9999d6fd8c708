// The one ordered list of stages, from raw text to claims and events.
import type { AnyStage } from '../pipeline/stage.js';
import { attributionsStage } from './attributions.js';
import { claimsStage } from './claims.js';
import { datingStage } from './dating.js';
import { entitiesStage } from './entities.js';
import { eventsStage } from './events.js';
import { placesStage } from './places.js';
import { quantitiesStage } from './quantities.js';
import { sentencesStage } from './sentences.js';
import { timesStage } from './times.js';
import { tokensStage } from './tokens.js';

export const STAGES: readonly AnyStage[] = [
  sentencesStage,
  tokensStage,
  datingStage,
  quantitiesStage,
  timesStage,
  placesStage,
  entitiesStage,
  attributionsStage,
  claimsStage,
  eventsStage,
];
