const MAX_SLUG_LENGTH = 80;

/**
 * A URL slug: lower-case ASCII letters and digits joined by single hyphens, accents folded
 * ("Erdoğan" -> "erdogan"), cut at a word boundary to at most 80 characters. May be '' for
 * input with no letters or digits; callers decide what to do then.
 */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0131/g, 'i') // Turkish dotless i has no decomposition
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, MAX_SLUG_LENGTH) ?? '');
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
