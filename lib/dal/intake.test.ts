import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { sha256Hex } from '../domain/archive';
import { AppError, FieldError, type AppErrorCode } from '../errors';
import { makeClaim, makePerson, makeTopic, makeUser } from '../testing/factories';
import { articleSchema, candidateSchema } from '../validation/intake';
import { getPublishedClaimBySlugOrNull } from './claims';
import { extractQuotes } from '../domain/intake/extract';
import type { ClaimSuggestion } from '../domain/intake/claim-match';
import { LABELLED_ARTICLES } from '../../scripts/eval-intake/labels';
import { scoreClaimMatching } from '../../scripts/eval-intake/score';
import { seedClaimSuggester } from '../../scripts/eval-intake/seed-claims';
import { acceptIntake, readArticle, type IntakeCandidate } from './intake';
import { listSubmissionsForReview } from './submissions';

after(() => disconnectDb());

const request = { ip: '192.0.2.45', userAgent: 'test' };
const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;

/** A random capitalized word: the extractor takes capitalized words for names. */
const capitalizedWord = () =>
  'Q' + [...randomUUID().replace(/[^a-f]/g, '')].map((c) => 'aeioulmnrs'[c.charCodeAt(0) - 97]).join('');
const makeNamedPerson = () => makePerson({ name: `Bertram ${capitalizedWord()}` });

/** An article of two quotes by a new person and one by a person on record, unique to the test. */
function article(personOnRecord: string) {
  const marker = randomUUID();
  const speaker = `Ada ${capitalizedWord()}`;
  const text = [
    `Officials answered the claim on Thursday (report ${marker}).`,
    `"The group has not been defeated and still holds ground in the east," ${speaker}, the defence minister, said on Thursday.`,
    `"Much remains to be done before anyone can speak of victory," she added.`,
    `"We are far from the end of this campaign against the militants," ${personOnRecord} told reporters.`,
  ].join('\n\n');
  return {
    speaker,
    input: articleSchema.parse({
      articleText: text,
      articleOutlet: 'Test Wire',
      articleTitle: `Report ${marker}`,
      articleUrl: `https://example.test/${marker}`,
      articlePublishedOn: '2019-02-10',
      articleLanguage: 'en',
    }),
  };
}

const countRows = async () => ({
  sources: await db.source.count(),
  statements: await db.statement.count(),
  counterStatements: await db.counterStatement.count(),
  people: await db.person.count(),
});

test('reading an article lists its quotes in text order, matched to the record, and saves nothing', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makeNamedPerson();
  const { input, speaker } = article(person.name);
  const before = await countRows();
  const reading = await readArticle(input, editor);
  assert.deepEqual(
    reading.candidates.map((candidate) => [candidate.speaker?.name, candidate.person?.id ?? null]),
    [
      [speaker, null],
      [speaker, null],
      [person.name, person.id],
    ],
  );
  assert.deepEqual(reading.candidates[0]!.saidOn, { isoDate: '2019-02-07', precision: 'DAY' });
  assert.equal(reading.sourceOnRecord, null);
  assert.deepEqual(await countRows(), before);
  await assert.rejects(readArticle(input, null), isAppError('unauthenticated'));
});

/** A candidate's suggestions as the matcher gives them: the claim it is, and the claims it may answer. */
const suggestionsOf = ({ isClaim, suggestions }: IntakeCandidate): ClaimSuggestion[] => [
  ...(isClaim ? [{ slug: isClaim.slug, score: 1, isTheClaim: true, stance: 'SUPPORTS' as const }] : []),
  ...suggestions.map(({ slug, stance }) => ({ slug, score: 1, isTheClaim: false, stance })),
];

test("the claims compared are fetched by each paragraph's words: on the seeded record, the labelled quotes are matched as well as against every claim", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const right = { throughSearch: 0, againstEveryClaim: 0, matched: 0 };
  for (const { file, publishedOn, quotes } of LABELLED_ARTICLES) {
    const text = readFileSync(path.join(process.cwd(), 'prisma', 'seed', 'articles', file), 'utf8');
    const reading = await readArticle(
      articleSchema.parse({ articleText: text, articlePublishedOn: publishedOn, articleLanguage: 'en' }),
      editor,
    );
    const candidates = extractQuotes(text, publishedOn);
    const read = new Map(candidates.map((candidate, index) => [candidate, reading.candidates[index]!]));
    const throughSearch = scoreClaimMatching(quotes, candidates, (candidate) => suggestionsOf(read.get(candidate)!));
    right.throughSearch += throughSearch.right;
    right.matched += throughSearch.matched;
    right.againstEveryClaim += scoreClaimMatching(quotes, candidates, seedClaimSuggester(text)).right;
  }
  assert.ok(right.matched > 0);
  assert.ok(
    right.throughSearch >= right.againstEveryClaim,
    `${right.throughSearch}/${right.matched} through the search, ${right.againstEveryClaim} against every claim`,
  );
});

/** The form's fields for candidate `quote` answering `claimSlug`, said by a new person (or one on record). */
const answer = (quote: string, claimSlug: string, speaker: { personId: string } | { newPersonName: string }) =>
  candidateSchema.parse({
    speakerKind: 'personId' in speaker ? 'person' : 'newPerson',
    ...speaker,
    roleTitle: 'personId' in speaker ? '' : 'Defence minister',
    quote,
    saidOn: '2019-02-07',
    target: 'claim',
    claimSlug,
    stance: 'DISPUTES',
  });

test("an editor's accepted quotes are published in one step, citing one source, with a new speaker written once", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makeNamedPerson();
  const claim = await makeClaim();
  const { input, speaker } = article(person.name);
  const { candidates } = await readArticle(input, editor);
  const result = await acceptIntake(
    {
      article: input,
      candidates: [
        { index: 0, input: answer(candidates[0]!.quote, claim.slug, { newPersonName: speaker }) },
        { index: 1, input: answer(candidates[1]!.quote, claim.slug, { newPersonName: speaker }) },
        // Index 2 discarded: not sent.
      ],
    },
    editor,
    request,
  );
  assert.deepEqual(
    result.written.map((written) => [written.kind, written.status, written.claimSlug]),
    [
      ['counterStatement', 'PUBLISHED', claim.slug],
      ['counterStatement', 'PUBLISHED', claim.slug],
    ],
  );
  assert.ok(result.invalidates.length > 0);
  const source = await db.source.findUniqueOrThrow({ where: { id: result.sourceId } });
  assert.equal(source.archiveSha256, sha256Hex(input.articleText));
  assert.equal(source.status, 'PUBLISHED');
  const statements = await db.statement.findMany({ where: { sourceId: source.id }, include: { role: true } });
  assert.equal(statements.length, 2);
  assert.ok(
    statements.every((statement) => statement.quoteStart !== null),
    'both quotes verified verbatim',
  );
  assert.equal(new Set(statements.map((statement) => statement.speakerPersonId)).size, 1, 'one new person');
  assert.equal(new Set(statements.map((statement) => statement.roleId)).size, 1, 'one new role');

  // The same text again cites the source on record rather than a copy.
  const again = await readArticle(input, editor);
  assert.equal(again.sourceOnRecord?.id, source.id);
  const third = await acceptIntake(
    {
      article: input,
      candidates: [{ index: 2, input: answer(candidates[2]!.quote, claim.slug, { personId: person.id }) }],
    },
    editor,
    request,
  );
  assert.equal(third.sourceId, source.id);
});

test('a date the article gives to the month is saved with that precision (or as the editor corrects it)', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  /** Reads a one-quote article dated "in January", accepts its quote with `precision` (the one found if none) as an answer to a new claim. */
  const acceptDatedQuote = async (precision?: string) => {
    const claim = await makeClaim();
    const speaker = `Ada ${capitalizedWord()}`;
    const input = articleSchema.parse({
      articleText: `"The militants still hold ground along the river and in the hills," ${speaker} said in January (report ${randomUUID()}).`,
      articlePublishedOn: '2019-02-10',
      articleLanguage: 'en',
    });
    const [candidate] = (await readArticle(input, editor)).candidates;
    assert.deepEqual(candidate!.saidOn, { isoDate: '2019-01-01', precision: 'MONTH' });
    const accepted = candidateSchema.parse({
      speakerKind: 'newPerson',
      newPersonName: speaker,
      quote: candidate!.quote,
      saidOn: candidate!.saidOn!.isoDate,
      saidOnPrecision: precision ?? candidate!.saidOn!.precision,
      target: 'claim',
      claimSlug: claim.slug,
      stance: 'DISPUTES',
    });
    await acceptIntake({ article: input, candidates: [{ index: 0, input: accepted }] }, editor, request);
    const page = await getPublishedClaimBySlugOrNull(claim.slug);
    return page!.counterStatementGroups.flatMap((group) => group.items).map((item) => item.statement.saidOn);
  };
  // The claim page shows the month, not a made-up first of January.
  assert.deepEqual(await acceptDatedQuote(), [{ label: 'January 2019', iso: '2019-01' }]);
  assert.deepEqual(await acceptDatedQuote('YEAR'), [{ label: '2019', iso: '2019' }]);
});

test("a contributor's accepted quotes wait for review; a failing quote leaves nothing of the article behind", async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makeNamedPerson();
  const claim = await makeClaim();
  const { input, speaker } = article(person.name);
  const { candidates } = await readArticle(input, contributor);
  const first = { index: 0, input: answer(candidates[0]!.quote, claim.slug, { newPersonName: speaker }) };

  const before = await countRows();
  await assert.rejects(
    acceptIntake(
      {
        article: input,
        candidates: [
          first,
          { index: 1, input: answer('Words the article never printed.', claim.slug, { personId: person.id }) },
        ],
      },
      contributor,
      request,
    ),
    (error: unknown) => error instanceof FieldError && error.field === 'c1.quote',
  );
  assert.deepEqual(await countRows(), before);

  const result = await acceptIntake({ article: input, candidates: [first] }, contributor, request);
  assert.equal(result.written[0]!.status, 'SUBMITTED');
  assert.deepEqual(result.invalidates, []);
  const source = await db.source.findUniqueOrThrow({ where: { id: result.sourceId } });
  assert.equal(source.status, 'SUBMITTED');
  // Another contributor pasting the same text is not told of a source that awaits someone else's review.
  const other = await makeUser({ role: 'CONTRIBUTOR' });
  assert.equal((await readArticle(input, other)).sourceOnRecord, null);
  assert.equal((await readArticle(input, contributor)).sourceOnRecord?.id, source.id);
  const queue = await listSubmissionsForReview(editor);
  assert.ok(JSON.stringify(queue).includes(result.written[0]!.id), 'the submission is in the review queue');
});

test('an organization not on record is proposed from the words for an unnamed speaker, written once, and by editors only', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const claim = await makeClaim();
  const agency = `${capitalizedWord()} Border Agency`;
  const minister = `Ada ${capitalizedWord()}`;
  const input = articleSchema.parse({
    articleText: [
      `"The crossings stay closed to everyone until the spring," a ${agency} spokesperson said (report ${randomUUID()}).`,
      `"No exception will be made for the convoys in the north," a ${agency} spokesperson added.`,
      `"We have asked the agency to reopen the crossings at once," ${minister}, the interior minister, told reporters.`,
    ].join('\n\n'),
    articleLanguage: 'en',
  });
  const { candidates } = await readArticle(input, editor);
  assert.deepEqual(
    candidates.map((candidate) => candidate.newOrganizationName),
    [agency, agency, null],
  );
  const accepted = (index: number, speaker: Record<string, string>) => ({
    index,
    input: candidateSchema.parse({
      ...speaker,
      quote: candidates[index]!.quote,
      target: 'claim',
      claimSlug: claim.slug,
      stance: 'DISPUTES',
    }),
  });
  const asNewOrganization = {
    speakerKind: 'newOrganization',
    newOrganizationName: agency,
    newOrganizationKind: 'GOVERNMENT',
    newOrganizationCountryCode: 'fr',
  };
  // The role of a new person in it: the same new organization, written once with the first quote.
  const asItsMinister = {
    speakerKind: 'newPerson',
    newPersonName: minister,
    roleTitle: 'Interior minister',
    roleOrganizationId: 'new',
    newOrganizationName: agency,
    newOrganizationKind: 'GOVERNMENT',
  };
  const batch = [accepted(0, asNewOrganization), accepted(1, asNewOrganization), accepted(2, asItsMinister)];

  // A contributor may not: an organization has no review step. The refusal names the field; nothing is written.
  const before = await countRows();
  await assert.rejects(
    acceptIntake({ article: input, candidates: batch }, contributor, request),
    (error: unknown) =>
      error instanceof FieldError && error.field === 'c0.newOrganizationName' && error.code === 'forbidden',
  );
  assert.deepEqual(await countRows(), before);
  assert.equal(await db.organization.count({ where: { name: agency } }), 0);

  const result = await acceptIntake({ article: input, candidates: batch }, editor, request);
  const organization = await db.organization.findFirstOrThrow({ where: { name: agency } });
  assert.deepEqual([organization.kind, organization.countryCode], ['GOVERNMENT', 'FR']);
  assert.equal(await db.organization.count({ where: { name: agency } }), 1, 'written once');
  const statements = await db.statement.findMany({
    where: { sourceId: result.sourceId },
    select: { speakerOrganizationId: true, role: { select: { organizationId: true } } },
    orderBy: { quoteStart: 'asc' },
  });
  assert.deepEqual(
    statements.map((statement) => statement.speakerOrganizationId ?? statement.role?.organizationId),
    [organization.id, organization.id, organization.id],
  );
});

test('a quote accepted as a new claim is filed under the topics chosen for it; an unknown topic is refused next to its field', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const [first, second] = [await makeTopic(), await makeTopic()];
  const person = await makeNamedPerson();
  const { input } = article(person.name);
  const { candidates } = await readArticle(input, editor);
  const asNewClaim = (topics: string[]) => ({
    index: 2,
    input: candidateSchema.parse({
      speakerKind: 'person',
      personId: person.id,
      quote: candidates[2]!.quote,
      target: 'newClaim',
      summary: `The campaign is far from over (${randomUUID()})`,
      verdict: 'UNRATED',
      verdictExplanation: 'To be checked.',
      topics,
    }),
  });
  await assert.rejects(
    acceptIntake({ article: input, candidates: [asNewClaim(['no-such-topic'])] }, editor, request),
    (error: unknown) => error instanceof FieldError && error.field === 'c2.topics',
  );
  const result = await acceptIntake(
    { article: input, candidates: [asNewClaim([first!.slug, second!.slug])] },
    editor,
    request,
  );
  const claim = await getPublishedClaimBySlugOrNull(result.written[0]!.claimSlug);
  assert.deepEqual(claim!.topics.map((topic) => topic.slug).sort(), [first!.slug, second!.slug].sort());
});

test('a 200 KB article is read whole: the quotes of every copy of the seed articles in it are listed', async () => {
  // How long it takes is measured by npm run eval:intake, not asserted here: it follows the machine's load.
  const editor = await makeUser({ role: 'EDITOR' });
  const dir = path.join(process.cwd(), 'prisma', 'seed', 'articles');
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(path.join(dir, file), 'utf8'))
    .join('\n\n');
  let text = articles;
  while (text.length < 200_000) text += `\n\n${articles}`;
  const reading = await readArticle(
    articleSchema.parse({ articleText: text, articlePublishedOn: '2019-02-10', articleLanguage: 'en' }),
    editor,
  );
  const once = await readArticle(
    articleSchema.parse({ articleText: articles, articlePublishedOn: '2019-02-10', articleLanguage: 'en' }),
    editor,
  );
  const copies = text.split(articles).length - 1;
  assert.equal(reading.candidates.length, once.candidates.length * copies);
});

/** A published claim by a person on record, said in its own article; and another article of theirs saying it again. */
async function claimSaidAgain() {
  const person = await makeNamedPerson();
  const words = `The militants of the ${capitalizedWord()} front have been defeated in every province`;
  const claim = await makeClaim({
    statement: { person, text: words, sourceText: `Speech (${randomUUID()}). "${words}," ${person.name} said.` },
  });
  const own = await db.source.findFirstOrThrow({ where: { statements: { some: { id: claim.statementId } } } });
  const again = (text: string) => articleSchema.parse({ articleText: text, articleLanguage: 'en' });
  return {
    person,
    claim,
    ownArticle: again(own.archiveText),
    newArticle: again(
      `Interview (${randomUUID()}).\n\n"${words}," ${person.name} told reporters on Monday.\n\n"We will stay for as long as it takes," ${person.name} added.`,
    ),
  };
}

/** The form's fields for candidate `quote` accepted as a repetition of `claimSlug`, said by `personId`. */
const repetition = (quote: string, claimSlug: string, personId: string) =>
  candidateSchema.parse({ speakerKind: 'person', personId, quote, target: 'repetition', claimSlug });

const appearancesOf = async (slug: string) => (await getPublishedClaimBySlugOrNull(slug))!.appearances.count;

test('a claim on record said again in another article is recognized as such; in its own, it is not said again', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { claim, ownArticle, newArticle } = await claimSaidAgain();
  const [quote] = (await readArticle(newArticle, editor)).candidates;
  assert.deepEqual(quote!.isClaim, { slug: claim.slug, summary: claim.summary, saidAgain: true });
  const [itself] = (await readArticle(ownArticle, editor)).candidates;
  assert.deepEqual(itself!.isClaim, { slug: claim.slug, summary: claim.summary, saidAgain: false });
});

test("an editor accepts a quote as a repetition of a claim on record, with the article's other quotes: the claim is said 2 times", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { person, claim, newArticle } = await claimSaidAgain();
  const { candidates } = await readArticle(newArticle, editor);
  const result = await acceptIntake(
    {
      article: newArticle,
      candidates: [
        { index: 0, input: repetition(candidates[0]!.quote, claim.slug, person.id) },
        { index: 1, input: answer(candidates[1]!.quote, claim.slug, { personId: person.id }) },
      ],
    },
    editor,
    request,
  );
  assert.deepEqual(
    result.written.map((written) => [written.kind, written.status, written.claimSlug]),
    [
      ['repetition', 'PUBLISHED', claim.slug],
      ['counterStatement', 'PUBLISHED', claim.slug],
    ],
  );
  assert.ok(result.invalidates.includes(`claim:${claim.id}`));
  assert.equal(await appearancesOf(claim.slug), 2);
  const appearance = await db.claimAppearance.findUniqueOrThrow({
    where: { id: result.written[0]!.id },
    include: { statement: true },
  });
  assert.equal(appearance.statement.sourceId, result.sourceId, 'the repetition cites the article');
  assert.notEqual(appearance.statement.quoteStart, null, 'verified verbatim');
});

test('a contributor may not accept a repetition: refused next to its choice, and nothing is written', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const { person, claim, newArticle } = await claimSaidAgain();
  const { candidates } = await readArticle(newArticle, contributor);
  const before = { ...(await countRows()), appearances: await db.claimAppearance.count() };
  await assert.rejects(
    acceptIntake(
      {
        article: newArticle,
        candidates: [
          { index: 0, input: answer(candidates[1]!.quote, claim.slug, { personId: person.id }) },
          { index: 1, input: repetition(candidates[0]!.quote, claim.slug, person.id) },
        ],
      },
      contributor,
      request,
    ),
    (error: unknown) => error instanceof FieldError && error.field === 'c1.target' && error.code === 'forbidden',
  );
  assert.deepEqual({ ...(await countRows()), appearances: await db.claimAppearance.count() }, before);
  assert.equal(await appearancesOf(claim.slug), 1);
});

test("a refused repetition (the claim's own passage) leaves nothing of the article behind", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { person, claim, ownArticle } = await claimSaidAgain();
  const other = await makeClaim();
  const { candidates } = await readArticle(ownArticle, editor);
  const before = { ...(await countRows()), appearances: await db.claimAppearance.count() };
  await assert.rejects(
    acceptIntake(
      {
        article: ownArticle,
        candidates: [
          { index: 0, input: answer(candidates[0]!.quote, other.slug, { personId: person.id }) },
          { index: 0, input: repetition(candidates[0]!.quote, claim.slug, person.id) },
        ],
      },
      editor,
      request,
    ),
    (error: unknown) => error instanceof FieldError && error.field === 'c0.quote' && error.code === 'conflict',
  );
  assert.deepEqual({ ...(await countRows()), appearances: await db.claimAppearance.count() }, before);
  assert.equal(await appearancesOf(claim.slug), 1);
});
