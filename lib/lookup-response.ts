import 'server-only';
import type { Actor } from './auth/permissions';
import { getCurrentUser } from './auth/current-user';
import { AppError } from './errors';
import { errorHeaders, HTTP_STATUS } from './http-errors';
import { isStorableText } from './validation/storable';

// The one handler behind the proposal form's lookups (/lookup/*): the DAL decides who may look
// and what they find; this turns its answer into JSON, and its refusals into 401, 403, 404 or 503 with
// a message (statuses from lib/http-errors.ts), so the form can tell a signed-out editor to sign in again.

// What one account may see: never kept by a shared cache, nor reused by the browser.
const HEADERS = { 'Cache-Control': 'private, no-store' };

export async function lookupResponse(read: (actor: Actor | null) => Promise<unknown>): Promise<Response> {
  try {
    return Response.json({ data: await read(await getCurrentUser()) }, { headers: HEADERS });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const status = HTTP_STATUS[error.code];
    return Response.json(
      { error: { status, message: error.message } },
      { status, headers: { ...HEADERS, ...errorHeaders(error) } },
    );
  }
}

/**
 * The `q` parameter as typed (the DAL bounds how much of it is used). Text PostgreSQL cannot hold
 * (a NUL byte) could match nothing and would fail the query: it counts as no query.
 */
export function lookupQuery(request: Request): string {
  const query = new URL(request.url).searchParams.get('q') ?? '';
  return isStorableText(query) ? query : '';
}
