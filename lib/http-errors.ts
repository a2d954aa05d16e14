import type { AppErrorCode } from './errors';

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
};
