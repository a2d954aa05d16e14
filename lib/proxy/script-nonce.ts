import { NextResponse, type NextRequest } from 'next/server';
import { editorPageNeed } from '../auth/editor-pages';
import { PAGE_POLICY, nonceScriptPolicy } from '../security/page-script-policy.js';

// The script-src of the pages rendered for each request (docs/security.md,
// "Content-Security-Policy"). Their cache entry is an empty shell with the whole page postponed to
// the request, so the cache handler has no HTML to hash; being rendered per request anyway, they
// take Next.js's documented nonce: a fresh one per request, in the request's
// Content-Security-Policy header, where Next.js reads it and adds it to its own scripts.
//
// Only these paths: a page kept in the page cache must never get one, since its cached HTML would
// carry the nonce of the request that filled the entry. proxy.ts's matcher lists each of them.

/** The public lists (their query is the page; proxy.ts moves documents to cached paths first) and the sign-in steps; editor pages besides. */
const PER_REQUEST_PAGES = new Set([
  '/claims',
  '/people',
  '/organizations',
  '/topics',
  '/corrections',
  '/sign-in',
  '/sign-in/code',
]);

/** Whether the page at `pathname` is rendered for each request, and so takes a nonce. */
export function rendersPerRequest(pathname: string): boolean {
  return PER_REQUEST_PAGES.has(pathname.replace(/(.)\/$/, '$1')) || editorPageNeed(pathname) !== null;
}

/**
 * Lets the request go on to its page; a GET of a page rendered per request goes with a nonce. The
 * policy replaces next.config.js's (Next.js applies the proxy's headers after the config's), so it
 * carries PAGE_POLICY too.
 */
export function continueToPage(request: NextRequest): NextResponse {
  if (request.method !== 'GET' || !rendersPerRequest(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  // NODE_ENV is fixed when the proxy is compiled: `next dev` builds it as development.
  const policy = `${PAGE_POLICY}; ${nonceScriptPolicy(nonce, { development: process.env.NODE_ENV === 'development' })}`;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}
