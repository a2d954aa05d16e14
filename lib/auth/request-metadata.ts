import 'server-only';
import { headers } from 'next/headers';
import { clientAddress } from '../domain/client-address';
import { env } from '../env';
import type { RequestMetadata } from '../dal/sessions';

// Where a request came from, for the audit log, the session list and the rate limits. The address
// is read from X-Forwarded-For only as far as TRUSTED_PROXIES allows (lib/domain/client-address.ts);
// other headers a client can set (X-Real-IP and the like) are never read.
export async function getRequestMetadata(): Promise<RequestMetadata> {
  const requestHeaders = await headers();
  return {
    ip: clientAddress(requestHeaders.get('x-forwarded-for'), env.TRUSTED_PROXIES),
    userAgent: requestHeaders.get('user-agent')?.slice(0, 500) ?? null,
  };
}
