// The one set of read functions over a Store that the CLI, the exports and the HTTP API share.
export type { EventFilter, ClaimFilter } from '../store/types.js';
export * from './types.js';
export { listEvents, getEvent, listClaims, listSources, getSource, getArticle } from './read.js';
