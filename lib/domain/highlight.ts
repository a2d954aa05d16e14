// Marks where a reader's search terms appear in a text. Search itself stems words and forgives
// typos, so exact matching would miss most hits: each term of three or more letters matches by
// its stem-like prefix (all but its last two letters, at least three), at the start of a word.
// "defeated" marks "defeat" in "defeated"; "caliphat" marks "caliphate"; "Parley" marks "Parly".

export type HighlightPart = { text: string; match: boolean };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function highlightMatches(text: string, query: string | undefined): HighlightPart[] {
  const prefixes = [...new Set((query ?? '').toLowerCase().match(/[\p{L}\p{N}]{3,}/gu) ?? [])].map((term) =>
    term.slice(0, Math.max(3, term.length - 2)),
  );
  if (prefixes.length === 0 || text === '') return text ? [{ text, match: false }] : [];
  // Longest first, so that "calip" wins over "cal" where both would match.
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${prefixes
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const parts: HighlightPart[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    if (found.index > last) parts.push({ text: text.slice(last, found.index), match: false });
    parts.push({ text: found[0], match: true });
    last = found.index + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
