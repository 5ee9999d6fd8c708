// The places recogniser: toponyms resolved offline to gazetteer entries ("Kharkiv", "Donetsk region", "the city"),
// and demonyms mapped to countries ("Russian" → RU). The work is in src/geo/recognise.ts.
import { findPlaces } from '../geo/recognise.js';
import { defineStage } from '../pipeline/stage.js';

export const placesStage = defineStage({
  name: 'places',
  version: '1',
  requires: ['sentences', 'tokens'],
  assigns: ['places', 'demonyms'],
  run: (doc) => {
    const { places, demonyms } = findPlaces(doc.text, doc.get('sentences'), doc.get('tokens'));
    return { layers: { places, demonyms } };
  },
});
