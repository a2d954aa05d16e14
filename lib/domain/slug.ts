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

/** A new claim's slug: who said it, then what it says ("donald-trump-we-have-defeated-isis"). */
export function claimSlug(speakerName: string, summary: string): string {
  // A speaker and summary in a script slugify drops still need an address.
  return slugify(`${speakerName} ${summary}`) || 'claim';
}

/**
 * `base` if it is not `taken`, else the first of base-2, base-3, … that is not. `taken` holds every
 * slug that starts with `base`, current and old ones alike.
 */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
