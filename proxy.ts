// The one proxy (Next.js 16's middleware) of the app, for the jobs that must happen before any
// rendering; the matcher sends it only the requests they concern, so ordinary pages never pay for it.
//
// - Malformed requests that Next.js itself would answer with a bare 500 get the 4xx they mean
//   (lib/proxy/malformed-request.ts).
// - A form posted without JavaScript while the database does not answer gets 503 with Retry-After
//   and a page with what was typed, rather than the 500 of a page that cannot be rendered
//   (lib/proxy/database-outage.ts); one that does go on is marked for its page, which has it sent
//   again should the database stop before the page is rendered (lib/interrupted-form-post.ts). An
//   editor page asked for during an outage gets 503 too: its session check needs the database.
// - The per-address rate limit of /claims's search (lib/rate-limit/read-limit.ts): a page cannot
//   answer 429 itself. The route handlers with a limited read (the API, feeds, export downloads,
//   share images) count their own, so that their requests do not pass through here. Writes are
//   limited per account in the server actions.
// - Answers that need a status of their own, which a page can no longer give once Cache Components
//   has begun its response: editor pages' 307 to sign in and 403 (lib/proxy/editor-page-gate.ts),
//   and /claims's redirect to its canonical query (lib/proxy/canonical-claims-query.ts).
// - A query moved into the path, where each view can be a page cached whole: a topic timeline's
//   ?cursor= (lib/proxy/timeline-cursor.ts), /claims's and /who-answered-whom's filters, the other
//   lists' ?cursor=, and the lists' first pages (lib/proxy/list-view.ts), a claim page's ?asOf= (lib/proxy/claim-as-of.ts). After the rate limit: a search counts whichever path serves it.
// - The script nonce of the pages rendered for each request (lib/proxy/script-nonce.ts); cached
//   pages, the views above included, have theirs from the cache handler.
import type { NextRequest } from 'next/server';
import { editorPageNeed } from './lib/auth/editor-pages';
import { routes } from './lib/routes';
import { canonicalClaimsRedirect } from './lib/proxy/canonical-claims-query';
import { claimAsOfRewrite } from './lib/proxy/claim-as-of';
import { editorPageOutageResponse, noScriptFormPostResponse } from './lib/proxy/database-outage';
import { editorPageRefusal } from './lib/proxy/editor-page-gate';
import { listViewRewrite } from './lib/proxy/list-view';
import { malformedRequestResponse } from './lib/proxy/malformed-request';
import { continueToPage } from './lib/proxy/script-nonce';
import { timelineCursorRewrite } from './lib/proxy/timeline-cursor';
import { readLimitRefusal } from './lib/rate-limit/read-limit';

export async function proxy(request: NextRequest) {
  const malformed = malformedRequestResponse(request);
  if (malformed) return malformed;
  const formPost = await noScriptFormPostResponse(request);
  if (formPost) return formPost;
  const { pathname } = request.nextUrl;
  const need = request.method === 'GET' ? editorPageNeed(pathname) : null;
  if (need) return (await editorPageRefusal(request, need).catch(editorPageOutageResponse)) ?? continueToPage(request);
  if (request.method === 'GET' && pathname === routes.claims()) {
    const redirect = canonicalClaimsRedirect(request);
    if (redirect) return redirect;
  }
  const onward = () =>
    timelineCursorRewrite(request) ?? listViewRewrite(request) ?? claimAsOfRewrite(request) ?? continueToPage(request);
  const refusal = pathname === routes.claims() ? await readLimitRefusal(request) : null;
  return refusal ?? onward();
}

export const config = {
  matcher: [
    // Malformed requests: a percent-encoded path, a form post.
    '/(.*%.*)',
    { source: '/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
    // /claims: its search is rate-limited, its query made canonical and moved into the path.
    '/claims',
    // /who-answered-whom: its filters moved into the path (lib/proxy/list-view.ts).
    '/who-answered-whom',
    // The lists paged by ?cursor=: asked for as documents, their pages are moved into a path
    // (lib/proxy/list-view.ts); the app's own navigations to them are rendered for each request and
    // take a script nonce (lib/proxy/script-nonce.ts), as the sign-in steps do.
    '/:list(people|organizations|topics|corrections)',
    '/sign-in/:step(code)?',
    // A claim page as of a day (lib/proxy/claim-as-of.ts): only when asked with ?asOf=, so that the
    // claim pages themselves never meet the proxy.
    { source: '/claims/:slug', has: [{ type: 'query', key: 'asOf' }] },
    // A topic timeline's later pages (lib/proxy/timeline-cursor.ts).
    '/topics/:slug/timeline',
    // Editor pages (lib/auth/editor-pages.ts).
    '/account/:path*',
    '/admin/:path*',
    '/review',
    '/claims/new',
    '/intake',
    '/claims/:slug/edit',
    '/claims/:slug/counter-statements/:path*',
    '/claims/:slug/repetitions/new',
    '/organizations/:slug/edit',
    '/organizations/new',
    '/people/:slug/edit',
    '/people/new',
    '/sources/:id/edit',
    '/statements/:id/edit',
  ],
};
