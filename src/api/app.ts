// The HTTP app: the JSON/CSV/GeoJSON API under /api and the analyst's pages, over one Store.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getSource } from '../query/read.js';
import type { Store } from '../store/types.js';
import { articlePage, errorPage, eventPage, eventsPage, KIND_CSS, sourcePage, sourcesPage } from '../web/pages.js';
import type { Html } from '../web/html.js';
import { ApiError, errorResponse, notFound, toApiError } from './errors.js';
import { ingestPrepared, parseJsonBody, prepareArticle } from './ingest.js';
import { OPENAPI } from './openapi.js';
import {
  articleDetail,
  claimQuery,
  eventDetail,
  eventQuery,
  queryClaims,
  queryEvents,
  querySources,
  sourceQuery,
} from './query.js';
import { claimsCsv, eventsCsv, eventsGeoJson, sourcesCsv } from './render.js';

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export interface AppOptions {
  readonly store: Store;
  /** The bearer token for POST (and for every request when `private`); null disables ingest. */
  readonly token: string | null;
  readonly private?: boolean;
  readonly maxBodyBytes?: number;
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const STATIC_DIR = new URL('../../../src/web/static/', import.meta.url);
const STATIC: Readonly<Record<string, { file: string; type: string; extra?: () => string }>> = {
  'app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  'app.css': { file: 'app.css', type: 'text/css; charset=utf-8', extra: KIND_CSS },
};
const staticCache = new Map<string, string>();

function staticFile(name: string): string | null {
  const entry = STATIC[name];
  if (!entry) return null;
  let body = staticCache.get(name);
  if (body === undefined) {
    body = readFileSync(new URL(entry.file, STATIC_DIR), 'utf8') + (entry.extra ? `\n${entry.extra()}\n` : '');
    staticCache.set(name, body);
  }
  return body;
}

const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
const sameToken = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

function bearer(h: string | undefined): string | null {
  if (!h) return null;
  const m = /^Bearer[ \t]+(\S{1,1000})[ \t]*$/i.exec(h);
  return m?.[1] ?? null;
}

function cookieToken(h: string | undefined): string | null {
  for (const part of (h ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === 'tally_token') return decodeURIComponent(v.join('='));
  }
  return null;
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

function page(c: Context, body: Html, status: 200 | 400 | 401 | 404 | 405 | 500 = 200): Response {
  return c.html(body.value, status, {
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
}

function text(body: string, type: string, extra: Record<string, string> = {}): Response {
  return new Response(body, {
    status: 200,
    headers: { 'content-type': type, 'x-content-type-options': 'nosniff', ...extra },
  });
}

const jsonBody = (c: Context, value: unknown, status: 200 | 201 = 200): Response =>
  c.body(`${JSON.stringify(value)}\n`, status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });

/** Whether a request path matches a route pattern of the router ("/api/events/:id"), segment by segment. */
export function matchesRoute(pattern: string, path: string): boolean {
  if (pattern === '*' || pattern === '/*') return true;
  const a = pattern.split('/');
  const b = path.split('/');
  if (a[a.length - 1] === '*')
    return b.length >= a.length - 1 && a.slice(0, -1).every((s, i) => s.startsWith(':') || s === b[i]);
  return a.length === b.length && a.every((s, i) => (s.startsWith(':') ? (b[i] ?? '') !== '' : s === b[i]));
}

export function createApp(opts: AppOptions): Hono {
  const { store, token } = opts;
  const app = new Hono();
  const unauthorized = (message: string): ApiError =>
    new ApiError(401, 'unauthorized', message, { 'www-authenticate': 'Bearer realm="tally"' });

  // --private: every request but the static files needs the token, as a bearer header or (for the pages) a cookie.
  if (opts.private) {
    app.use('*', async (c, next) => {
      if (c.req.path.startsWith('/static/')) return next();
      if (token === null) throw new ApiError(403, 'forbidden', 'the server is private but has no TALLY_TOKEN');
      const given =
        bearer(c.req.header('authorization')) ?? (isApi(c.req.path) ? null : cookieToken(c.req.header('cookie')));
      if (given !== null && sameToken(given, token)) return next();
      const fromQuery = isApi(c.req.path) ? undefined : c.req.query('token');
      if (fromQuery !== undefined && sameToken(fromQuery, token)) {
        const url = new URL(c.req.url);
        url.searchParams.delete('token');
        return new Response(null, {
          status: 303,
          headers: {
            location: `${url.pathname}${url.search}`,
            'set-cookie': `tally_token=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`,
          },
        });
      }
      throw unauthorized(
        given === null
          ? 'this server is private: send "Authorization: Bearer TOKEN" (pages: open /?token=TOKEN once)'
          : 'wrong token',
      );
    });
  }

  // ---- API ----
  app.get('/api/openapi.json', (c) => jsonBody(c, OPENAPI));

  app.get('/api/events', async (c) => jsonBody(c, await queryEvents(store, eventQuery(c.req.query()))));
  app.get('/api/events.csv', async (c) => {
    const r = await queryEvents(store, eventQuery(c.req.query(), null));
    return text(eventsCsv(r.items), 'text/csv; charset=utf-8', {
      'x-total-count': String(r.total),
      'content-disposition': 'inline; filename="events.csv"',
    });
  });
  app.get('/api/events.geojson', async (c) => {
    const r = await queryEvents(store, eventQuery(c.req.query(), null));
    return text(eventsGeoJson(r.items), 'application/geo+json; charset=utf-8', { 'x-total-count': String(r.total) });
  });
  app.get('/api/events/:id', async (c) => {
    const e = await eventDetail(store, c.req.param('id'));
    if (!e) throw notFound(`no event ${c.req.param('id')}`);
    return jsonBody(c, e);
  });

  app.get('/api/claims', async (c) => jsonBody(c, await queryClaims(store, claimQuery(c.req.query()))));
  app.get('/api/claims.csv', async (c) => {
    const r = await queryClaims(store, claimQuery(c.req.query(), null));
    return text(await claimsCsv(store, r.items), 'text/csv; charset=utf-8', {
      'x-total-count': String(r.total),
      'content-disposition': 'inline; filename="claims.csv"',
    });
  });

  app.get('/api/sources', async (c) => jsonBody(c, await querySources(store, sourceQuery(c.req.query()))));
  app.get('/api/sources.csv', async (c) => {
    const r = await querySources(store, sourceQuery(c.req.query(), null));
    return text(sourcesCsv(r.items), 'text/csv; charset=utf-8', {
      'x-total-count': String(r.total),
      'content-disposition': 'inline; filename="sources.csv"',
    });
  });
  app.get('/api/sources/:id', async (c) => {
    const s = await getSource(store, c.req.param('id'));
    if (!s) throw notFound(`no source ${c.req.param('id')}`);
    return jsonBody(c, s);
  });

  app.get('/api/articles/:id', async (c) => {
    const a = await articleDetail(store, c.req.param('id'));
    if (!a) throw notFound(`no article ${c.req.param('id')}`);
    return jsonBody(c, a);
  });

  app.post(
    '/api/articles',
    async (c, next) => {
      if (token === null)
        throw new ApiError(403, 'forbidden', 'ingest is disabled: start the server with TALLY_TOKEN set');
      const given = bearer(c.req.header('authorization'));
      if (given === null) throw unauthorized('send "Authorization: Bearer TOKEN" (the value of TALLY_TOKEN)');
      if (!sameToken(given, token)) throw unauthorized('wrong token');
      await next();
    },
    bodyLimit({
      maxSize: opts.maxBodyBytes ?? MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `the body is over the limit of ${opts.maxBodyBytes ?? MAX_BODY_BYTES} bytes`,
        );
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      let items;
      if (type === 'application/json') {
        items = parseJsonBody(await c.req.text()).map((f, i, all) =>
          prepareArticle(f, all.length > 1 ? `item ${i}` : 'article'),
        );
      } else if (type === 'text/plain' || type === 'text/html') {
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.includes(0)) throw new ApiError(422, 'unprocessable', 'article: binary data (NUL bytes), not text');
        let body: string;
        try {
          body = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          throw new ApiError(422, 'unprocessable', 'article: not valid UTF-8');
        }
        const q = c.req.query();
        items = [
          prepareArticle(
            {
              [type === 'text/html' ? 'html' : 'text']: body,
              url: q['url'] ?? null,
              title: q['title'] ?? null,
              published: q['published'] ?? null,
              outlet: q['outlet'] ?? null,
            },
            'article',
          ),
        ];
      } else {
        throw new ApiError(
          415,
          'unsupported_media_type',
          `send application/json, text/plain or text/html, not "${type || 'no content type'}"`,
        );
      }
      const results = await ingestPrepared(store, items);
      return jsonBody(c, { items: results }, results.some((r) => r.status !== 'duplicate') ? 201 : 200);
    },
  );

  // ---- pages ----
  app.get('/', async (c) => page(c, await eventsPage(store, c.req.query())));
  app.get('/events/:id', async (c) => {
    const body = await eventPage(store, c.req.param('id'));
    return body ? page(c, body) : page(c, errorPage(404, `There is no event ${c.req.param('id')}.`), 404);
  });
  app.get('/sources', async (c) => page(c, await sourcesPage(store, c.req.query())));
  app.get('/sources/:id', async (c) => {
    const body = await sourcePage(store, c.req.param('id'));
    return body ? page(c, body) : page(c, errorPage(404, `There is no source ${c.req.param('id')}.`), 404);
  });
  app.get('/articles/:id', async (c) => {
    const body = await articlePage(store, c.req.param('id'));
    return body ? page(c, body) : page(c, errorPage(404, `There is no article ${c.req.param('id')}.`), 404);
  });
  app.get('/static/:name', (c) => {
    const name = c.req.param('name');
    const body = staticFile(name);
    if (body === null) return page(c, errorPage(404, 'No such file.'), 404);
    return text(body, STATIC[name]!.type, { 'cache-control': 'no-cache' });
  });
  app.get('/favicon.ico', () => new Response(null, { status: 204 }));

  // ---- errors: one shape under /api, an HTML page elsewhere ----
  app.notFound((c) => {
    const allowed = [
      ...new Set(app.routes.filter((r) => r.method !== 'ALL' && matchesRoute(r.path, c.req.path)).map((r) => r.method)),
    ];
    const err =
      allowed.length > 0 && !allowed.includes(c.req.method)
        ? new ApiError(
            405,
            'method_not_allowed',
            `${c.req.method} is not allowed on ${c.req.path} (allowed: ${allowed.join(', ')})`,
            { allow: allowed.join(', ') },
          )
        : notFound(`nothing at ${c.req.path}`);
    if (isApi(c.req.path)) return errorResponse(err);
    return page(c, errorPage(err.status, err.message), err.status === 405 ? 405 : 404);
  });
  app.onError((e, c) => {
    const err = toApiError(e);
    if (err.status >= 500)
      process.stderr.write(
        `tally serve: ${c.req.method} ${c.req.path}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
    if (isApi(c.req.path) || err.status === 401 || err.status === 403) return errorResponse(err);
    const status = err.status === 400 ? 400 : err.status === 404 ? 404 : 500;
    return page(c, errorPage(status, err.message), status);
  });
  return app;
}
