import { env } from './env';

/** An absolute URL on the public site: from SITE_URL, never from the request's Host header. */
export function absoluteUrl(path: `/${string}`): string {
  return `${env.SITE_URL}${path}`;
}
