import 'server-only';
import { headers } from 'next/headers';
import type { RequestMetadata } from '../dal/sessions';

// For the audit log and the session row only, never for a security decision: X-Forwarded-For is
// whatever the client or the proxy in front says. Behind a load balancer its first entry is the
// client as the balancer saw it.
export async function getRequestMetadata(): Promise<RequestMetadata> {
  const requestHeaders = await headers();
  const forwarded = requestHeaders.get('x-forwarded-for')?.split(',')[0]?.trim();
  const ip = forwarded || requestHeaders.get('x-real-ip') || null;
  return { ip: ip ? ip.slice(0, 45) : null, userAgent: requestHeaders.get('user-agent')?.slice(0, 500) ?? null };
}
