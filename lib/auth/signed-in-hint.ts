// A cookie that says only "this browser may have a session": no token, nothing a script could misuse.
// Public pages are cached and the same for every reader, so what an editor sees beyond a reader (their
// name, Edit links) is asked for by the browser (components/accounts/viewer.tsx). Without the hint a
// browser does not ask, and a reader's page view costs the server nothing but the cached page. The
// hint may outlive the session (signed out elsewhere, expired): the answer then says "signed out".

export const SIGNED_IN_HINT_COOKIE = 'signed_in';

/** Whether a `document.cookie` string holds the hint. */
export function hasSignedInHint(cookieHeader: string): boolean {
  return cookieHeader.split(';').some((pair) => pair.trim() === `${SIGNED_IN_HINT_COOKIE}=1`);
}
