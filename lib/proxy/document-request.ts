import type { NextRequest } from 'next/server';

/**
 * Whether the request asks for a whole document: a shared link followed, a crawler, a reader without
 * JavaScript, a reload. The app's own navigations are fetches (Sec-Fetch-Dest: empty) and stay on the
 * page asked for, rendered per request from cached data as before: the React payload of a page
 * cached under its internal path names that path, and the browser's router would show it in the address
 * bar after a redirect to the canonical query (a filter form sent with JavaScript). Next.js strips
 * its own RSC headers before the proxy, so this is the header that tells. Clients that send none
 * (older browsers, crawlers, load tests) ask for documents.
 */
export const asksForDocument = (request: NextRequest) =>
  (request.headers.get('sec-fetch-dest') ?? 'document') === 'document';
