import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import type { PageNeed } from '../auth/editor-pages';
import { can } from '../auth/permissions';
import { pendingStepPage } from '../auth/pending-step-page';
import { signInHref, withNext } from '../auth/redirect-target';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { validateSessionToken } from '../dal/sessions';
import { routes } from '../routes';

// The status an editor page answers with, given before it renders (lib/auth/editor-pages.ts says
// why): a visitor without a session is sent to sign in (307), an account with a step to take first
// to that step's page (307, lib/auth/pending-step.ts), an account whose role lacks the page's
// permission gets 403. Everyone else goes on to the page, which checks again.

// What app/forbidden.tsx says, as a document of its own: the proxy answers before any page renders.
// With a way out for the account that got here: signing out, to sign in as another.
const FORBIDDEN_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Not allowed · Countercheck</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1c1917}</style>
</head>
<body>
<main>
<h1>Not allowed</h1>
<p>Your account's role does not give access to this page. Ask an admin if you need it.</p>
<ul>
<li><a href="${routes.claims()}">Browse all claims</a></li>
<li><a href="${routes.home()}">Go to the home page</a></li>
</ul>
<form method="post" action="${routes.signOut()}"><button type="submit">Sign out</button></form>
</main>
</body>
</html>
`;

/** The answer for an editor page whose visitor may not see it, or null to let the page render. */
export async function editorPageRefusal(request: NextRequest, need: PageNeed): Promise<NextResponse | null> {
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  const user = token ? await validateSessionToken(token) : null;
  const { pathname, search } = request.nextUrl;
  const returnTo = `${pathname}${search}`;
  const redirectTo = (path: string) => NextResponse.redirect(new URL(path, request.nextUrl), 307);
  if (!user) return redirectTo(signInHref(returnTo));
  if (user.pendingStep) {
    const stepPage = pendingStepPage(user.pendingStep);
    return pathname === stepPage ? null : redirectTo(withNext(stepPage, returnTo));
  }
  if (need === 'signedIn' || can(user, need)) return null;
  return new NextResponse(FORBIDDEN_PAGE, {
    status: 403,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' },
  });
}
