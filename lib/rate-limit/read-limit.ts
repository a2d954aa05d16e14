import { clientAddress } from '../domain/client-address';
import { readRateLimitFamily } from '../domain/rate-limits';
import { env } from '../env';
import { consumeRateLimit } from './limiters';
import { tooManyRequestsResponse } from './too-many-requests';

// The per-address limit on the reads that cost the most (lib/domain/rate-limits.ts says which),
// counted where each read is answered: every route handler that serves one (the API's resources,
// feeds, export downloads, share images) asks first, and proxy.ts asks for the one page that has
// one, /claims with a search, since a page cannot answer 429 itself. Not all in the proxy: a pass
// through it costs a cached API answer or feed a quarter of its throughput (docs/benchmarks.md).
//
// No 'server-only' here: proxy.ts imports this module, and the proxy is bundled apart from the app.

// Requests whose address is unreadable (a forged X-Forwarded-For entry) share one allowance:
// only clients that forge land there.
const UNKNOWN_ADDRESS = 'unknown';

/** The 429 with Retry-After that `request` gets once its address has spent its allowance; null while it may go on. */
export async function readLimitRefusal(request: Request): Promise<Response | null> {
  const { pathname, searchParams } = new URL(request.url);
  const family = readRateLimitFamily(request.method, pathname, searchParams);
  if (!family) return null;
  const address = clientAddress(request.headers.get('x-forwarded-for'), env.TRUSTED_PROXIES) ?? UNKNOWN_ADDRESS;
  const verdict = await consumeRateLimit(family, address);
  return verdict.allowed ? null : tooManyRequestsResponse(pathname, verdict.retryAfterSeconds);
}
