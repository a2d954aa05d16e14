import 'server-only';
import { headers } from 'next/headers';
import type { RequestMetadata } from '../dal/sessions';

// For the audit log, the session row and the sign-in rate limit's per-address count, never for a
// decision that must trust it: X-Forwarded-For is whatever the client or the proxy in front says
// (Next.js fills it with the peer's address when absent). Behind a load balancer that overwrites
// it, its first entry is the client as the balancer saw it. The rate limit's per-email count does
// not depend on it.
export async function getRequestMetadata(): Promise<RequestMetadata> {
  const requestHeaders = await headers();
  const forwarded = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || requestHeaders.get('x-real-ip') || null;
  return { ip: ip ? ip.slice(0, 45) : null, userAgent: requestHeaders.get('user-agent')?.slice(0, 500) ?? null };
}
