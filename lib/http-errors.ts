import { retryAfterSeconds } from './domain/rate-limits';
import { type AppError, type AppErrorCode, RateLimitedError, ServiceUnavailableError } from './errors';
import { RateLimitedError as WriteLimitedError } from './rate-limit/rate-limited-error';

// The one table from an expected failure to an HTTP status, for every route handler (the editors'
// lookups, the public API): a refusal the DAL threw answers with its status and its message.
export const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  invalid: 422,
  rate_limited: 429,
  unavailable: 503,
};

/** The headers a refusal's answer carries besides its status: Retry-After for one that ends by itself. */
export function errorHeaders(error: AppError, now = Date.now()): Record<string, string> {
  if (error instanceof ServiceUnavailableError || error instanceof WriteLimitedError)
    return { 'Retry-After': String(error.retryAfterSeconds) };
  if (error instanceof RateLimitedError)
    return { 'Retry-After': String(retryAfterSeconds(error.retryAt.getTime() - now)) };
  return {};
}
