// The OpenAPI 3 document of the HTTP API, written by hand; a test checks its paths against the router's routes.
import { CLAIM_KINDS } from './query.js';

const ref = (name: string): { $ref: string } => ({ $ref: `#/components/parameters/${name}` });
const schema = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });
const json = (s: object): object => ({ 'application/json': { schema: s } });
const errors = (...codes: number[]): Record<string, object> =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: ERROR_TEXT[c] ?? 'error', content: json(schema('Error')) }]),
  );
const ERROR_TEXT: Record<number, string> = {
  400: 'bad request (a malformed parameter or body)',
  401: 'a bearer token is needed (POST always; reads with --private)',
  403: 'ingest is disabled: the server has no TALLY_TOKEN',
  404: 'no such resource',
  413: 'the body is larger than the limit, or the batch too long',
  415: 'the body is neither JSON, text/plain nor text/html',
  422: 'an article the extractor refuses (empty, binary, not English)',
};
const paged = (item: string): object => ({
  type: 'object',
  required: ['total', 'limit', 'offset', 'items'],
  properties: {
    total: { type: 'integer' },
    limit: { type: ['integer', 'null'] },
    offset: { type: 'integer' },
    items: { type: 'array', items: schema(item) },
  },
});
const EVENT_PARAMS = ['since', 'until', 'bbox', 'place', 'kind', 'side', 'contested', 'q', 'limit', 'offset'].map(ref);
const CLAIM_PARAMS = [
  'claimEvent',
  'claimArticle',
  'claimSource',
  'kind',
  'side',
  'certainty',
  'q',
  'all',
  'limit',
  'offset',
].map(ref);
const SOURCE_PARAMS = ['side', 'sourceKind', 'q', 'limit', 'offset'].map(ref);
const idParam = (what: string): object => ({
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: `the ${what} id`,
});
const csv = (what: string): object => ({
  description: `${what} as CSV (the columns of \`tally export\`)`,
  content: { 'text/csv': { schema: { type: 'string' } } },
});

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Tally',
    version: '0.1.0',
    description:
      'The ledger of events and the attributed, hedged claims about them. Lists are paginated (limit, offset, total); each is also served as CSV, and events as GeoJSON, computed by the same query. Every error has the shape {"error": {"code", "message", "status"}}.',
  },
  components: {
    securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the value of TALLY_TOKEN' } },
    parameters: {
      since: {
        name: 'since',
        in: 'query',
        schema: { type: 'string', format: 'date' },
        description: 'events that end on or after this day',
      },
      until: {
        name: 'until',
        in: 'query',
        schema: { type: 'string', format: 'date' },
        description: 'events that start on or before this day',
      },
      bbox: {
        name: 'bbox',
        in: 'query',
        schema: { type: 'string', example: '30,44,40,52' },
        description: 'minLon,minLat,maxLon,maxLat (degrees)',
      },
      place: {
        name: 'place',
        in: 'query',
        schema: { type: 'string' },
        description: 'place name, admin1, country code or name',
      },
      kind: {
        name: 'kind',
        in: 'query',
        schema: {
          type: 'string',
          enum: [...CLAIM_KINDS],
        },
      },
      side: {
        name: 'side',
        in: 'query',
        schema: { type: 'string', example: 'UA' },
        description: 'side of a source (events: any of its claims)',
      },
      contested: { name: 'contested', in: 'query', schema: { type: 'string', enum: ['1', '0'] } },
      q: {
        name: 'q',
        in: 'query',
        schema: { type: 'string', maxLength: 200 },
        description: 'case-insensitive text search',
      },
      limit: {
        name: 'limit',
        in: 'query',
        schema: { type: 'integer', minimum: 1, maximum: 1000 },
        description: 'page size (JSON: 50 by default; CSV and GeoJSON: all)',
      },
      offset: { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
      claimEvent: { name: 'event', in: 'query', schema: { type: 'string' } },
      claimArticle: { name: 'article', in: 'query', schema: { type: 'string' } },
      claimSource: { name: 'source', in: 'query', schema: { type: 'string' } },
      certainty: {
        name: 'certainty',
        in: 'query',
        schema: { type: 'string', enum: ['asserted', 'hedged', 'unconfirmed', 'disputed'] },
      },
      all: {
        name: 'all',
        in: 'query',
        schema: { type: 'string', enum: ['1', '0'] },
        description: 'include claims of superseded article versions',
      },
      sourceKind: {
        name: 'kind',
        in: 'query',
        schema: { type: 'string' },
        description: 'government, military, official, person, media, ngo, …',
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message', 'status'],
            properties: { code: { type: 'string' }, message: { type: 'string' }, status: { type: 'integer' } },
          },
        },
      },
      Event: {
        type: 'object',
        description:
          'EventSummary: id, type, where, when, initiator, target, weapons, contested, articles, claims, estimates',
        required: ['id', 'type'],
      },
      EventDetail: {
        type: 'object',
        description:
          'Event plus members, kinds (claims, timeline, contradictions, estimate with trace), history and side_by_side (source x kind)',
      },
      Claim: {
        type: 'object',
        description: 'ClaimView: kind, value as stated, source with side, certainty, span and evidence',
        required: ['id', 'kind', 'source', 'span'],
      },
      Source: {
        type: 'object',
        required: ['id', 'name', 'kind'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          kind: { type: 'string' },
          side: { type: ['string', 'null'] },
          claims: { type: 'integer' },
          events: { type: 'integer' },
        },
      },
      SourceDetail: { type: 'object', description: 'Source plus claim_list: every current claim it made' },
      Article: {
        type: 'object',
        description:
          'ArticleView plus spans: [{role: evidence|source|mention|place|time, start, end, text, claim, event}]',
      },
      ArticleInput: {
        type: 'object',
        additionalProperties: false,
        properties: {
          text: { type: 'string' },
          html: { type: 'string' },
          url: { type: 'string' },
          title: { type: 'string' },
          published: { type: 'string', description: 'YYYY-MM-DD or ISO timestamp' },
          outlet: { type: 'string' },
        },
      },
      IngestResult: {
        type: 'object',
        properties: {
          items: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                index: { type: 'integer' },
                status: { type: 'string', enum: ['new', 'duplicate', 'version'] },
                article: { type: 'string' },
                events: { type: 'array', items: { type: 'string' } },
                claims: { type: 'integer' },
              },
            },
          },
        },
      },
    },
  },
  paths: {
    '/api/events': {
      get: {
        operationId: 'listEvents',
        summary: 'events, filtered and paginated',
        parameters: EVENT_PARAMS,
        responses: { '200': { description: 'a page of events', content: json(paged('Event')) }, ...errors(400, 401) },
      },
    },
    '/api/events.csv': {
      get: {
        operationId: 'listEventsCsv',
        summary: 'the same events as CSV',
        parameters: EVENT_PARAMS,
        responses: { '200': csv('events'), ...errors(400, 401) },
      },
    },
    '/api/events.geojson': {
      get: {
        operationId: 'listEventsGeoJson',
        summary: 'the same events as a GeoJSON FeatureCollection',
        parameters: EVENT_PARAMS,
        responses: {
          '200': {
            description: 'FeatureCollection',
            content: { 'application/geo+json': { schema: { type: 'object' } } },
          },
          ...errors(400, 401),
        },
      },
    },
    '/api/events/{id}': {
      get: {
        operationId: 'getEvent',
        summary: 'one event: claims side by side, timeline, estimate and trace, members',
        parameters: [idParam('event')],
        responses: { '200': { description: 'the event', content: json(schema('EventDetail')) }, ...errors(401, 404) },
      },
    },
    '/api/claims': {
      get: {
        operationId: 'listClaims',
        summary: 'claims, filtered and paginated',
        parameters: CLAIM_PARAMS,
        responses: { '200': { description: 'a page of claims', content: json(paged('Claim')) }, ...errors(400, 401) },
      },
    },
    '/api/claims.csv': {
      get: {
        operationId: 'listClaimsCsv',
        summary: 'the same claims as CSV',
        parameters: CLAIM_PARAMS,
        responses: { '200': csv('claims'), ...errors(400, 401) },
      },
    },
    '/api/sources': {
      get: {
        operationId: 'listSources',
        summary: 'sources, most claims first',
        parameters: SOURCE_PARAMS,
        responses: { '200': { description: 'a page of sources', content: json(paged('Source')) }, ...errors(400, 401) },
      },
    },
    '/api/sources.csv': {
      get: {
        operationId: 'listSourcesCsv',
        summary: 'the same sources as CSV',
        parameters: SOURCE_PARAMS,
        responses: { '200': csv('sources'), ...errors(400, 401) },
      },
    },
    '/api/sources/{id}': {
      get: {
        operationId: 'getSource',
        summary: 'one source and every claim it made',
        parameters: [idParam('source')],
        responses: { '200': { description: 'the source', content: json(schema('SourceDetail')) }, ...errors(401, 404) },
      },
    },
    '/api/articles': {
      post: {
        operationId: 'ingestArticles',
        summary: 'ingest one article or a batch (at most 100, 2 MB)',
        security: [{ bearer: [] }],
        parameters: ['url', 'title', 'published', 'outlet'].map((n) => ({
          name: n,
          in: 'query',
          schema: { type: 'string' },
          description: `${n} of a text/plain or text/html body`,
        })),
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { oneOf: [schema('ArticleInput'), { type: 'array', items: schema('ArticleInput') }] },
            },
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        responses: {
          '201': { description: 'stored (new articles or new versions)', content: json(schema('IngestResult')) },
          '200': { description: 'all duplicates: nothing new', content: json(schema('IngestResult')) },
          ...errors(400, 401, 403, 413, 415, 422),
        },
      },
    },
    '/api/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'one article: text, claims, and the spans of every claim, place and time',
        parameters: [idParam('article')],
        responses: { '200': { description: 'the article', content: json(schema('Article')) }, ...errors(401, 404) },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'this document',
        responses: { '200': { description: 'OpenAPI 3 document', content: json({ type: 'object' }) } },
      },
    },
  },
} as const;
