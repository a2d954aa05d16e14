// generateStaticParams for routes whose pages are cached on their first request. With Cache
// Components a route must list at least one param to be cached at all (an empty list is a build
// error, and no generateStaticParams means rendering on every request), so a route with nothing to
// build ahead lists a segment that names nothing: the build renders its not-found page once, and
// real ones are rendered on their first request and kept (the ISR guide in Next.js's documentation).

/**
 * A segment no record can have (slugs and ids are lowercase letters, digits and hyphens): the route's
 * params check (lib/page-params.ts) answers it with the not-found page before any query.
 */
export const PLACEHOLDER_SEGMENT = '_';

/** How many of a route's newest records are rendered by the build. */
const PRERENDERED = 5;

/** Params `{ [name]: value }` for the first few values, or for the placeholder when none are given. */
export function prerenderedParams<Name extends string>(
  name: Name,
  values: readonly string[] = [],
): Record<Name, string>[] {
  const first = values.slice(0, PRERENDERED);
  return (first.length ? first : [PLACEHOLDER_SEGMENT]).map((value) => ({ [name]: value }) as Record<Name, string>);
}
