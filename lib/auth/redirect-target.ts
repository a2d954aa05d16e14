import { routes } from '../routes';

// Where to go after signing in. The target comes from the URL (?next=…), which anyone can craft,
// so only a path on this site is accepted: never another origin ("//evil.example",
// "https://evil.example", "/\\evil.example", "/.//evil.example"), which would make the sign-in form
// an open redirect. lib/auth/redirect-target.test.ts lists the spellings known to slip through.

const FALLBACK = '/';
const PLACEHOLDER_ORIGIN = 'http://countercheck.invalid';

/** Not a path on this site: no leading slash, or a protocol-relative "//host" ("/\\host" reads the same). */
const isOffSite = (path: string) => !path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\');

export function safeRedirectTarget(next: unknown): string {
  if (typeof next !== 'string') return FALLBACK;
  // Browsers drop tabs and line breaks inside a URL and read a backslash as a slash, so
  // "/\t/evil.example" and "/\\evil.example" are other sites: no path of ours has either.
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return FALLBACK;
  if (isOffSite(next)) return FALLBACK;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return FALLBACK;
    // Judge the path as it will be sent, not as it came: normalizing turns "/.//evil.example" into
    // "//evil.example", and a server that decodes "/%2f%2fevil.example" reads the same.
    if (isOffSite(url.pathname) || isOffSite(decodeURIComponent(url.pathname))) return FALLBACK;
    // Back to the sign-in form would only show the form again.
    if (url.pathname === routes.signIn() || url.pathname === routes.signInCode()) return FALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    // A malformed URL or percent-encoding.
    return FALLBACK;
  }
}

/** `path`, with `?next=` when there is somewhere (on this site) to return to after it. */
export function withNext(path: string, returnTo: unknown): string {
  const target = safeRedirectTarget(returnTo);
  return target === FALLBACK ? path : `${path}?${new URLSearchParams({ next: target })}`;
}

export function signInHref(returnTo: string): string {
  return withNext(routes.signIn(), returnTo);
}

/** The second step of a sign-in, carrying the page to go to after it. */
export function signInCodeHref(returnTo: unknown): string {
  return withNext(routes.signInCode(), returnTo);
}
