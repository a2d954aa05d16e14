// A form posted without JavaScript runs its server action and renders its page again in one
// request. The proxy asks the database first (lib/proxy/database-outage.ts), but the database can
// stop after that check and before the page is rendered: the action then answers "nothing was
// saved" (or has saved), and the page, which must read the database (the session first), cannot be
// rendered at all; it would be a 500 that loses what was typed. So the proxy marks such a post with
// NO_SCRIPT_FORM_POST_HEADER, whose value is the address it was posted to, and an editor page
// meeting the outage on a marked request, in any of its reads (editorPage, lib/auth/page-guard.ts),
// answers 307 to that address with INTERRUPTED_FORM_PARAM: a 307 makes the browser send the same
// form again, and the proxy answers that post with the outage page and everything typed, saying
// that it cannot tell whether the first post was saved.
//
// A client that sends the header itself gains nothing: during an outage, it turns the 500 of an
// editor page into a redirect to a page of this site (only the header's path and query are used).
import { ServiceUnavailableError } from './errors';

/** Set by the proxy on a form posted without JavaScript, to the address it was posted to. */
export const NO_SCRIPT_FORM_POST_HEADER = 'x-countercheck-no-script-form-post';

/** On the address a form is sent to again after its page met an outage. */
export const INTERRUPTED_FORM_PARAM = 'interrupted-by-outage';

/** `path` with the mark of a form sent again after an outage. */
export function interruptedFormAddress(path: `/${string}`): `/${string}` {
  const url = new URL(path, 'http://countercheck.invalid');
  url.searchParams.set(INTERRUPTED_FORM_PARAM, '1');
  return `${url.pathname}${url.search}` as `/${string}`;
}

/** Whether a form post's address carries that mark; and the address without it. */
export function readInterruptedFormAddress(url: URL): { interrupted: boolean; address: string } {
  const stripped = new URL(url);
  const interrupted = stripped.searchParams.has(INTERRUPTED_FORM_PARAM);
  stripped.searchParams.delete(INTERRUPTED_FORM_PARAM);
  return { interrupted, address: `${stripped.pathname}${stripped.search}` };
}

/**
 * Where a page should send a form again (with a 307) when rendering it failed with `error`: the
 * address the form was posted to, marked, for an outage on a form posted without JavaScript;
 * otherwise null, and the error is the page's to throw.
 */
export function resendAddressAfterOutage(error: unknown, requestHeaders: Pick<Headers, 'get'>): `/${string}` | null {
  const postedTo = requestHeaders.get(NO_SCRIPT_FORM_POST_HEADER);
  if (!(error instanceof ServiceUnavailableError) || !postedTo?.startsWith('/')) return null;
  return interruptedFormAddress(postedTo as `/${string}`);
}
