// The core's public surface: types, spans, errors, the document.
export * from './span.js';
export * from './errors.js';
export * from './doc.js';
export type * from './layers/text.js';
export type * from './layers/quantity.js';
export type * from './layers/time.js';
export type * from './layers/place.js';
export type * from './layers/source.js';
export type * from './layers/claim.js';
