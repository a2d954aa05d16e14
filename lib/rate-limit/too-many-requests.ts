import { errorResponse } from '../api/json-response';
import { tooManyRequestsMessage } from '../domain/rate-limits';

/**
 * A 429 with Retry-After: JSON in the API's error shape for /api/, plain text for pages, feeds,
 * downloads and images. Never cached, so the refusal ends when the window does.
 */
export function tooManyRequestsResponse(pathname: string, retryAfterSeconds: number): Response {
  const message = tooManyRequestsMessage(retryAfterSeconds);
  const retryAfter = { 'Retry-After': String(retryAfterSeconds) };
  if (pathname.startsWith('/api/')) return errorResponse(429, message, undefined, retryAfter);
  return new Response(message, {
    status: 429,
    headers: { ...retryAfter, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
