// Per-address rate limits on the reads that cost the most: search, the API, feeds, export
// downloads and share images (lib/domain/rate-limits.ts). Here, before any rendering, because the
// proxy sees every one of them, pages included (a page cannot answer 429), and the client's
// address as route handlers do. Writes are limited per account in the server actions.
import { NextResponse, type NextRequest } from 'next/server';
import { clientAddress } from './lib/domain/client-address';
import { readRateLimitFamily } from './lib/domain/rate-limits';
import { env } from './lib/env';
import { consumeRateLimit } from './lib/rate-limit/limiters';
import { tooManyRequestsResponse } from './lib/rate-limit/too-many-requests';

// Requests whose address is unreadable (a forged X-Forwarded-For entry) share one allowance:
// only clients that forge land there.
const UNKNOWN_ADDRESS = 'unknown';

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const family = readRateLimitFamily(request.method, pathname, searchParams);
  if (!family) return NextResponse.next();
  const address = clientAddress(request.headers.get('x-forwarded-for'), env.TRUSTED_PROXIES) ?? UNKNOWN_ADDRESS;
  const verdict = await consumeRateLimit(family, address);
  return verdict.allowed ? NextResponse.next() : tooManyRequestsResponse(pathname, verdict.retryAfterSeconds);
}

// Only the limited routes run the proxy (each run costs throughput); readRateLimitFamily decides.
export const config = {
  matcher: [
    '/api/v1/:path*',
    '/data/:file',
    '/feed.xml',
    '/feed.json',
    '/feed.atom',
    '/:section(people|organizations|topics)/:slug/:file(feed\\.xml|feed\\.json|feed\\.atom)',
    '/claims/:slug/share-image/:version',
    { source: '/claims', has: [{ type: 'query', key: 'q' }] },
  ],
};
