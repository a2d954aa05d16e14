// The organization an unnamed speaker's words name, to propose as a new one when it is not on
// record: "a UK Government spokesperson" speaks for "UK Government", "a spokesman for the Ministry
// of Defence" for "Ministry of Defence". An organization's name is a proper name among the role's
// common nouns: the first run of capitalized words (with "of", "the", "and" or "for" between two of
// them), a possessive's "'s" aside. The editor corrects it, and chooses its kind, before it is saved.

const JOINING_WORDS = new Set(['of', 'the', 'and', 'for']);
const capitalized = (word: string) => /^\p{Lu}/u.test(word);

/** The organization named by a role's words, or null when they name none ("a senior official"). */
export function organizationNamed(role: string): string | null {
  const words = role
    .replace(/[’']s?(?=\s|$)/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const start = words.findIndex(capitalized);
  if (start < 0) return null;
  const run: string[] = [];
  for (const word of words.slice(start)) {
    if (capitalized(word) || JOINING_WORDS.has(word)) run.push(word);
    else break;
  }
  while (run.length && !capitalized(run.at(-1)!)) run.pop();
  return run.length ? run.join(' ') : null;
}
