// Who said a quote, as a news report attributes it: "…," Florence Parly said; a UK Government
// spokesperson said "…"; SDF spokesman Mustafa Bali said the group was launching the "…"; Redur
// Khalil, a senior Kurdish official, said …; "…," he added (the speaker before); a quote with no
// attribution of its own continues the one before it. A surname alone ("Kerry said") is the full
// name the article gave earlier ("John Kerry").

export type Speaker = {
  /** The person's name as the article gives it, or null for "a UK Government spokesperson". */
  name: string | null;
  /** Their role or description as the article gives it ("France's defence minister"), if any. */
  role: string | null;
};

const VERBS = 'said|says|told|tweeted|added|wrote|echoed|insisted|warned|stressed|declared|explained|noted';
const CAPITALIZED = /^[A-Z][\p{L}’'.-]*$/u;
// Words of a title or role before a name ("US President Donald Trump", "SDF spokesman Mustafa Bali").
const TITLE_WORDS = new Set(
  [
    'president',
    'vice',
    'prime',
    'minister',
    'secretary',
    'state',
    'defence',
    'defense',
    'foreign',
    'spokesman',
    'spokeswoman',
    'spokesperson',
    'envoy',
    'ambassador',
    'general',
    'senator',
    'governor',
    'chancellor',
    'commander',
    'official',
    'leader',
    'deputy',
    'chief',
    'mayor',
    'king',
    'queen',
    'counterpart',
    'adviser',
    'advisor',
    'journalist',
    'commentator',
  ].map((word) => word.toLowerCase()),
);
const LEADING_ADVERBS = /^(?:meanwhile|but|and|so|overnight|however|later|also|then|still|yet)\b[\s,]*/i;
const PRONOUN = /^(?:he|she|they)$/i;

/** The trailing run of capitalized words that are not title words: the name; the words before: the role. */
function splitTitle(phrase: string): Speaker | null {
  const words = phrase.split(/\s+/).filter(Boolean);
  let first = words.length;
  while (first > 0 && CAPITALIZED.test(words[first - 1]!) && !TITLE_WORDS.has(words[first - 1]!.toLowerCase())) first--;
  const name = words.slice(first).join(' ');
  if (!name || words.length - first > 4) return null;
  const role = words
    .slice(0, first)
    .join(' ')
    .replace(/[,\s]+$/, '');
  return { name, role: role || null };
}

/** A subject phrase ("US President Donald Trump", "a UK Government spokesperson", "Khalil, an official,"). */
export function speakerOfPhrase(phrase: string): Speaker | 'pronoun' | null {
  const subject = phrase
    .trim()
    .replace(LEADING_ADVERBS, '')
    // "On Wednesday he said": the date before the subject.
    .replace(/^(?:[Oo]n|[Ii]n)\s+[A-Z]\p{L}+\s+(?=\p{Ll})/u, '')
    .replace(/[\s,]+$/, '');
  if (!subject) return null;
  if (PRONOUN.test(subject)) return 'pronoun';
  // An appositive: "Redur Khalil, a senior Kurdish official".
  const appositive = /^([A-Z][^,]*?),\s+(.+)$/.exec(subject);
  if (appositive) {
    const named = splitTitle(appositive[1]!);
    if (named?.name) return { name: named.name, role: appositive[2]!.trim() };
  }
  if (/^(?:an?|the|one)\s/i.test(subject))
    return subject.split(/\s+/).length <= 10 ? { name: null, role: subject } : null;
  const named = splitTitle(subject);
  return named?.name ? named : null;
}

/** The phrase before the first attribution verb of `before` (a sentence up to the quote), if any. */
function subjectBeforeVerb(before: string): { phrase: string; verb: string } | null {
  const verb = new RegExp(`\\b(${VERBS}|saying)\\b`).exec(before);
  if (!verb) return null;
  let phrase = before.slice(0, verb.index);
  // An appositive ends with a comma; otherwise the subject begins after the last comma, or after a
  // conjunction that starts a clause of its own.
  if (!/,\s*$/.test(phrase)) phrase = phrase.slice(phrase.lastIndexOf(',') + 1);
  else {
    const opening = /^(?:[^,]*?\b(?:on|in|at|after|following|during)\b[^,]*,\s*)+/i.exec(phrase);
    if (opening) phrase = phrase.slice(opening[0].length);
  }
  const clause = /\b(?:and|but|that|while|when|as)\s+(?!.*\b(?:and|but|that|while|when|as)\s)/i.exec(phrase);
  if (clause && !/,\s*$/.test(phrase)) phrase = phrase.slice(clause.index + clause[0].length);
  return { phrase, verb: verb[1]! };
}

/** The sentence's subject: its first words after an opening phrase ("At the start of the meeting, Putin …"). */
function sentenceSubject(sentence: string): string {
  const withoutOpening = sentence.replace(/^(?:[^,]*?\b(?:on|in|at|after|following|during)\b[^,]*,\s*)/i, '');
  const run = /^(?:[A-Z][\p{L}’'.-]*\s*)+/u.exec(withoutOpening.replace(LEADING_ADVERBS, ''));
  return run ? run[0].trim() : '';
}

/**
 * The speaker of a quote from its sentence: `before` is the sentence up to the quote and `after`
 * from the quote to the sentence's end, other quotes in them blanked out. 'pronoun' asks for the
 * speaker before; null when the sentence attributes the quote to no one.
 */
export function attributeQuote(before: string, after: string): Speaker | 'pronoun' | null {
  // "…," Florence Parly said; "…," a US official told the Wall Street Journal; "…," said Kerry.
  const trailing = after.replace(/^[\s,.!?"”]+/, '');
  const cited = /^[^.]*?\bcited\s+([A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*)\s+as\s+(?:telling|saying)\b/u.exec(
    trailing,
  );
  if (cited && !before.trim()) return speakerOfPhrase(cited[1]!);
  const afterVerb = new RegExp(`^(.{1,80}?)\\s+(?:${VERBS})\\b`).exec(trailing);
  if (afterVerb && !before.replace(/[\s"“”Q]/g, '')) return speakerOfPhrase(afterVerb[1]!);
  const inverted = new RegExp(`^(?:${VERBS})\\s+(.{1,60}?)(?:[.,]|$)`).exec(trailing);
  if (inverted && !before.replace(/[\s"“”Q]/g, '')) return speakerOfPhrase(inverted[1]!);

  const found = subjectBeforeVerb(before);
  if (found && found.verb !== 'saying') {
    const speaker = speakerOfPhrase(found.phrase);
    if (speaker) return speaker;
  }
  if (found || before.trim()) {
    const subject = sentenceSubject(before);
    return subject ? speakerOfPhrase(subject) : null;
  }
  return null;
}

/** Full names the article gives after a title ("Russian President Vladimir Putin"), for surnames alone. */
export function fullNamesIn(article: string): string[] {
  const names = new Set<string>();
  const titled =
    /\b(?:[A-Z][a-z]+\s+)*(?:President|Minister|spokesman|spokesperson|Secretary of State|envoy|counterpart|official|Ambassador|commander)\s+((?:[A-Z][\p{L}’'-]+\s+){1,3}[A-Z][\p{L}’'-]+)/gu;
  for (const match of article.matchAll(titled)) names.add(match[1]!.replace(/[’']s$/, ''));
  return [...names];
}

/** A surname alone becomes the full name the article gave earlier, when one name ends with it. */
export function fullName(name: string, known: readonly string[]): string {
  if (name.includes(' ')) return name;
  const matches = [...new Set(known.filter((full) => full.split(/\s+/).at(-1) === name))];
  return matches.length === 1 ? matches[0]! : name;
}
