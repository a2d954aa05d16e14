/**
 * Whether every percent-encoding in a URL path decodes to UTF-8 text, as a route's dynamic
 * segments must: "/people/%E0%A4%A" (truncated) or "/people/%FF" (no UTF-8 byte) do not.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
