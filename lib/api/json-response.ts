import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { databaseRecentlyUnavailable } from '../cache/database-outage';
import { microCached } from '../cache/micro-cache';
import { AppError, ServiceUnavailableError } from '../errors';
import { errorHeaders, HTTP_STATUS } from '../http-errors';
import type { ApiError } from '../validation/api';
import { readLimitRefusal } from '../rate-limit/read-limit';

// Everything the public API's route handlers share: JSON bodies with a strong ETag and
// If-None-Match, caching and CORS headers, errors as JSON, and one factory that gives a read-only
// resource its GET, HEAD and OPTIONS handlers and a 405 for every other method.

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

// Anyone may read the API from any origin: it serves published data only and takes no credentials.
const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
} as const;

/**
 * Readers of a claim see a correction within a minute; for five minutes after that a cache may
 * answer at once with the older copy while it fetches the new one, so a burst of traffic on a
 * shared claim reaches the database about once a minute rather than once a request.
 */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** An expected failure that the API answers with a 4xx JSON error. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: ApiError['issues'],
  ) {
    super(message);
  }
}

/** A strong ETag: a hash of the exact bytes of the body. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as RFC 9110 asks for it). */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * What the API answers for a resource, made once so that it can be kept whole in the cache
 * ('use cache'): the JSON body with its ETag, a 4xx problem, or null for not found. Kept whole, a
 * request neither reads the records it is made of nor serializes and hashes them again.
 */
export type PreparedAnswer = JsonBody | { problem: ProblemDetails } | null;
type JsonBody = { body: string; etag: string };
type ProblemDetails = { status: number; message: string; issues?: ApiError['issues'] };

/** `data` as the exact bytes the API sends, with their ETag. */
export function prepareJson(data: unknown): JsonBody {
  const body = JSON.stringify(data);
  return { body, etag: etagOf(body) };
}

/**
 * Runs `load` and prepares what it found: its data as JSON, null as not found, an ApiProblem as that
 * problem. The problem is returned rather than thrown because an error leaves a 'use cache'
 * function without its class; anything else (a failed read) is thrown, and so never kept.
 */
export async function prepareAnswer(load: () => Promise<unknown>): Promise<PreparedAnswer> {
  try {
    const data = await load();
    return data === null ? null : prepareJson(data);
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return {
      problem: { status: error.status, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    };
  }
}

export function jsonResponse(request: Request, { body, etag }: JsonBody): Response {
  const headers = { ...CORS_HEADERS, 'Cache-Control': CACHE_CONTROL, ETag: etag, Vary: 'Accept-Encoding' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export function errorResponse(
  status: number,
  message: string,
  issues?: ApiError['issues'],
  extraHeaders: Record<string, string> = {},
): Response {
  const error: ApiError = { status, message, ...(issues ? { issues } : {}) };
  // Errors are not cached: a claim published a second later must not stay "not found".
  return Response.json(
    { error },
    { status, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store', ...extraHeaders } },
  );
}

function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      Allow: ALLOWED_METHODS,
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': 'If-None-Match, Accept',
      'Access-Control-Max-Age': '86400',
    },
  });
}

type QueryValue = string | string[];

/** The query string as an object; a repeated parameter becomes an array, which the schemas refuse. */
function queryOf(request: Request): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of new URL(request.url).searchParams) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

/** The request's query parsed by `schema`, or a 400 that says which parameter is wrong and why. */
export function parseQuery<T extends z.ZodType>(request: Request, schema: T): z.output<T> {
  const parsed = schema.safeParse(queryOf(request));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }));
  const described = issues.map((issue) =>
    issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  throw new ApiProblem(400, `Bad query parameter. ${described.join('; ')}`, issues);
}

/** Path parameters parsed by `schema`; one that cannot name a resource is a 404, as an unknown one is. */
export async function parsePath<T extends z.ZodType>(
  context: { params: Promise<unknown> },
  schema: T,
): Promise<z.output<T>> {
  const parsed = schema.safeParse(await context.params);
  if (!parsed.success) throw new ApiProblem(404, 'Not found.');
  return parsed.data;
}

type Context<P> = { params: Promise<P> };
/**
 * Returns the resource's answer (prepareAnswer), kept whole in the cache or made for this request.
 * It depends on the request's path and query alone: the micro-cache in front keys it on them.
 */
type Handler<P> = (request: Request, context: Context<P>) => Promise<PreparedAnswer>;

const methodNotAllowed = async () =>
  errorResponse(405, `This API is read-only: use ${ALLOWED_METHODS}.`, undefined, { Allow: ALLOWED_METHODS });

const appErrorResponse = (error: AppError) =>
  errorResponse(HTTP_STATUS[error.code], error.message, undefined, errorHeaders(error));

async function answer<P>(
  handler: Handler<P>,
  request: Request,
  context: Context<P>,
  askedAgain = false,
): Promise<Response> {
  try {
    const { pathname, search } = new URL(request.url);
    const prepared = await microCached(`${pathname}${search}`, () => handler(request, context));
    if (prepared === null) return errorResponse(404, 'Not found.');
    if ('problem' in prepared)
      return errorResponse(prepared.problem.status, prepared.problem.message, prepared.problem.issues);
    return jsonResponse(request, prepared);
  } catch (error) {
    if (error instanceof ApiProblem) return errorResponse(error.status, error.message, error.issues);
    if (error instanceof AppError) return appErrorResponse(error);
    // A cached read that was being refreshed when the database went down fails out of 'use cache'
    // as an opaque render error, not as the outage it was. Asked again, the cache serves its last
    // copy (lib/cache/database-outage.js); a read it has no copy of is a 503 like any outage.
    if (databaseRecentlyUnavailable())
      return askedAgain ? appErrorResponse(new ServiceUnavailableError()) : answer(handler, request, context, true);
    console.error('API request failed:', request.url, error);
    return errorResponse(500, 'The server failed to answer. Try again later.');
  }
}

/**
 * The route handlers of one read-only API resource: `export const { GET, HEAD, ... } = readOnlyRoute(...)`.
 * A read is counted against its address's allowance first (lib/rate-limit/read-limit.ts).
 */
export function readOnlyRoute<P = unknown>(handler: Handler<P>) {
  const GET = async (request: Request, context: Context<P>) =>
    (await readLimitRefusal(request)) ?? answer(handler, request, context);
  return {
    GET,
    HEAD: async (request: Request, context: Context<P>) => {
      const response = await GET(request, context);
      return new Response(null, { status: response.status, headers: response.headers });
    },
    OPTIONS: async () => preflightResponse(),
    POST: methodNotAllowed,
    PUT: methodNotAllowed,
    PATCH: methodNotAllowed,
    DELETE: methodNotAllowed,
  };
}
