// The one error shape of the HTTP API: {"error": {"code", "message", "status"}}, for every 4xx and 5xx answer.
import type { ErrorCode } from '../core/errors.js';
import { isTallyError } from '../core/errors.js';

export type ApiErrorCode =
  | 'not_found'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'method_not_allowed'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'internal';

export interface ErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly status: number };
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly headers: Readonly<Record<string, string>>;
  constructor(status: number, code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

export const notFound = (what: string): ApiError => new ApiError(404, 'not_found', what);
export const badRequest = (message: string): ApiError => new ApiError(400, 'bad_request', message);

/** Input the extractor refuses (empty, binary, not English, too large) is unprocessable; malformed requests are bad. */
const UNPROCESSABLE: ReadonlySet<ErrorCode> = new Set([
  'E_INPUT_EMPTY',
  'E_INPUT_BINARY',
  'E_INPUT_ENCODING',
  'E_INPUT_LANGUAGE',
  'E_INPUT_HTML',
]);

/** Any thrown value as an ApiError: coded Tally errors become 4xx, anything else a 500 without internals. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (isTallyError(e)) {
    if (e.code === 'E_NOT_FOUND') return notFound(e.message);
    if (e.code === 'E_INPUT_TOO_LARGE') return new ApiError(413, 'payload_too_large', e.message);
    if (UNPROCESSABLE.has(e.code)) return new ApiError(422, 'unprocessable', e.message);
    if (e.exitCode === 2) return badRequest(e.message);
  }
  return new ApiError(500, 'internal', 'internal error');
}

export function errorBody(e: ApiError): ErrorBody {
  return { error: { code: e.code, message: e.message, status: e.status } };
}

export function errorResponse(e: ApiError): Response {
  return new Response(`${JSON.stringify(errorBody(e))}\n`, {
    status: e.status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...e.headers },
  });
}
