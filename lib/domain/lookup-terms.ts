// What a search-as-you-type picker sends, made into LIKE patterns. Each word the editor typed must
// appear somewhere in a match ("jam smi" finds "James Smith"). Pure: the DAL binds the patterns as
// parameters, never splices them.

/** Words beyond these are ignored: a picker's query names one thing, not a paragraph. */
export const MAX_LOOKUP_WORDS = 5;
/** Longer words are cut: no name, title or URL fragment needs more to be told apart. */
export const MAX_LOOKUP_WORD_LENGTH = 60;

export type LookupPatterns = {
  /** One `%word%` pattern per distinct word (ignoring case), each of which must match. */
  words: string[];
  /** The words as typed, one space apart: what a match that starts with the query starts with. */
  text: string;
};

/** LIKE's wildcards and its escape character, taken literally (PostgreSQL's default escape is `\`). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The patterns for `query`, or null when it has no word to look for. */
export function lookupPatterns(query: string): LookupPatterns | null {
  const typed = query
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_LOOKUP_WORDS)
    .map((word) => word.slice(0, MAX_LOOKUP_WORD_LENGTH));
  if (typed.length === 0) return null;
  const distinct = typed.filter(
    (word, index) => typed.findIndex((other) => other.toLowerCase() === word.toLowerCase()) === index,
  );
  return { words: distinct.map((word) => `%${escapeLike(word)}%`), text: typed.join(' ') };
}
