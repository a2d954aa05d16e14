import { routes } from '../routes';

// Where to go after signing in. The target comes from the URL (?next=…), which anyone can craft,
// so only a path on this site is accepted: never another origin ("//evil.example",
// "https://evil.example", "/\\evil.example"), which would make the sign-in form an open redirect.

const FALLBACK = '/';
const PLACEHOLDER_ORIGIN = 'http://countercheck.invalid';

export function safeRedirectTarget(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return FALLBACK;
  try {
    const url = new URL(next, PLACEHOLDER_ORIGIN);
    if (url.origin !== PLACEHOLDER_ORIGIN) return FALLBACK;
    // Back to the sign-in form would only show the form again.
    if (url.pathname === routes.signIn()) return FALLBACK;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return FALLBACK;
  }
}

export function signInHref(returnTo: string): string {
  const target = safeRedirectTarget(returnTo);
  return target === FALLBACK ? routes.signIn() : `${routes.signIn()}?${new URLSearchParams({ next: target })}`;
}
