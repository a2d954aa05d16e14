// Which word of the texts a reader meant when a search word is misspelt. The database proposes
// candidates (by trigram similarity); this decides which of them is close enough, by counting
// typos the way people make them: a letter missing, extra (doubled), wrong, or two neighbours
// swapped, each one typo. Letters are Unicode code points, so "ü" or "ك" counts as one.

/** Words shorter than this are taken as typed: one typo in three letters makes another word. */
export const MIN_CORRECTABLE_LENGTH = 4;
/** From this length on a word may carry two typos ("kaliphat" for "caliphate"). */
const TWO_TYPO_LENGTH = 8;

/** How many typos a reader's word may carry and still be corrected: 0, 1 (4-7 letters) or 2 (8+). */
export function typosAllowed(typed: string): number {
  const length = Array.from(typed).length;
  if (length < MIN_CORRECTABLE_LENGTH) return 0;
  return length < TWO_TYPO_LENGTH ? 1 : 2;
}

/**
 * Typos between two words: the optimal string alignment distance (Damerau-Levenshtein where no
 * letter is edited twice), so "calipahte" is one typo from "caliphate", not two as Levenshtein
 * would count a swap.
 */
export function typoDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  // Three rows of the distance table: two back for a swap, one back for the rest.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, beforePrevious[j - 2]! + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * The candidate the reader most likely meant: the fewest typos away, within what the word's length
 * allows; among equals the earliest (candidates come best first). Undefined when none is close enough.
 */
export function closestSpelling(typed: string, candidates: readonly string[]): string | undefined {
  const allowed = typosAllowed(typed);
  let closest: { word: string; typos: number } | undefined;
  for (const word of candidates) {
    const typos = typoDistance(typed, word);
    if (typos <= allowed && (closest === undefined || typos < closest.typos)) closest = { word, typos };
  }
  return closest?.word;
}
