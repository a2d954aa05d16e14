// POST /sign-out - ends the session and loads the home page afresh. A plain form post, not a server
// action: a server action's redirect is a client-side navigation, and with Cache Components the
// pages visited before stay in the document, hidden (React's Activity), where the next person at
// the computer could find an editor's drafts. A full page load leaves nothing behind. A post from
// another site carries no session cookie (SameSite=Lax), so it can sign no one out.
import { getRequestMetadata } from '@/lib/auth/request-metadata';
import { clearSessionCookie, readSessionToken } from '@/lib/auth/session-cookie';
import { signOut } from '@/lib/dal/sessions';
import { routes } from '@/lib/routes';

export async function POST(): Promise<Response> {
  const token = await readSessionToken();
  if (token) await signOut(token, await getRequestMetadata());
  await clearSessionCookie();
  // 303: the browser follows with a GET. A relative Location: the request's URL names the host the
  // server listens on, not always the one the browser used.
  return new Response(null, { status: 303, headers: { Location: routes.home() } });
}
