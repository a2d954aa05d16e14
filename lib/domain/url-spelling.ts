// How enum values are spelled in URLs and in the public API: MOSTLY_FALSE is "mostly-false",
// NEWS_ARTICLE is "news-article". One rule, so a filter value and a response value always match.

export const urlSpelling = (value: string): string => value.toLowerCase().replace(/_/g, '-');

/** Every value of an enum in its URL spelling, as a non-empty tuple for z.enum. */
export function urlSpellings(values: Record<string, string>): [string, ...string[]] {
  const spelled = Object.values(values).map(urlSpelling);
  if (spelled.length === 0) throw new Error('An enum has at least one value');
  return spelled as [string, ...string[]];
}
