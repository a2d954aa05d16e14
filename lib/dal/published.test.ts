import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { slugify } from '../domain/slug';
import { makeClaim, makeUser } from '../testing/factories';
import { claimProposalForm, proposalForm, repetitionForm } from '../testing/proposal-form';
import { claimAppearanceSchema } from '../validation/claim-appearances';
import { claimProposalSchema } from '../validation/claim-proposal';
import { parseClaimFilters } from '../validation/claim-filters';
import { counterStatementSchema } from '../validation/counter-statements';
import { NEW_ROLE } from '../validation/quoted-statement';
import { getClaimFilterNames, getClaimFilterOptions } from './claim-filter-options';
import { getPublishedClaimHistoryOrNull, listCorrections } from './claim-history';
import { proposeClaim } from './claim-proposals';
import { findCurrentClaimSlug } from './claim-slug-redirects';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from './claims';
import { proposeCounterStatement } from './counter-statements';
import { exportedClaims, exportRecords } from './export';
import { findFeedItems } from './feeds';
import { findPeople, getPersonProfileOrNull } from './people';
import { rankClaimsForQuery } from './search';
import { writeQuotedStatement } from './quoted-statements';
import { getSourceByIdOrNull } from './sources';
import { rejectSubmission } from './submissions';
import { findTopics, getTopicProfileOrNull, getTopicTimeline } from './topics';
import { getWhoAnsweredWhom } from './who-answered-whom';

// The class of leak, at the data layer: proposals awaiting review and rejected ones put a marker
// in every text field they have (claim, counter-statement, new person, new role, new source, the
// review note), written through the app's own proposal and review code; then every public reader
// is asked about everything they touch, and none may answer with the marker or any of their ids.
// e2e/canary.spec.ts proves the same through every public route.

after(() => disconnectDb());

const request = { ip: '192.0.2.45', userAgent: 'test' };
const marker = `zqcanary${randomUUID().replaceAll('-', '').slice(0, 12)}`;

/** The published claim the proposals answer: its source has passages that proposals quote too. */
let claim: Awaited<ReturnType<typeof makeClaim>>;
let publicPerson: { id: string; slug: string };
let publicSourceId: string;
let topic: { id: string; slug: string };
/** The slugs and ids of everything the proposals brought. */
const secret = {
  personSlugs: [] as string[],
  claimSlugs: [] as string[],
  sourceIds: [] as string[],
  ids: [] as string[],
};

/** Every text field a proposal can fill, with the marker in it (`label` keeps texts and names apart). */
function markedQuotedStatement(label: string) {
  const quote = `we will not sign ${marker} ${label}`;
  return {
    newPersonName: `Person ${label} ${marker}`,
    newPersonDescription: `Description ${marker}`,
    roleId: '',
    roleTitle: `Role ${marker}`,
    sourceOutlet: `Outlet ${marker}`,
    sourceTitle: `Title ${marker}`,
    sourceUrl: `https://example.org/${marker}/${label}`,
    sourceText: `Archive ${marker} ${label}. She said: \u201c${quote}\u201d, and left.`,
    quote,
    translation: `Translation ${marker}`,
  };
}

/** Proposes, as `contributor`, everything a proposal can bring; answers the rows to reject or keep pending. */
async function proposeEverything(label: string, contributor: { id: string; role: 'CONTRIBUTOR' }, passage: string) {
  const counter = (fields: Record<string, string>) =>
    proposeCounterStatement(
      {
        claimSlug: claim.slug,
        input: counterStatementSchema.parse({ ...proposalForm(marker), note: `Note ${marker}`, ...fields }),
      },
      contributor,
      request,
    );
  // A new person with a new role, quoted from a new source.
  const withNewRows = await counter(markedQuotedStatement(`${label}-new`));
  // A new person quoted from the published claim's own source: only the speaker's name is marked.
  const fromPublicSource = await counter({
    newPersonName: `Speaker ${label} ${marker}`,
    sourceChoice: 'existing',
    sourceId: publicSourceId,
    quote: passage,
  });
  // A new role for a person already public.
  const newRoleOfPublicPerson = await counter({
    ...markedQuotedStatement(`${label}-role`),
    speakerKind: 'person',
    personId: publicPerson.id,
    roleId: NEW_ROLE,
  });
  const proposedClaim = await proposeClaim(
    claimProposalSchema.parse({
      ...claimProposalForm(marker),
      ...markedQuotedStatement(`${label}-claim`),
      summary: `Summary ${marker}`,
      verdictExplanation: `Explanation ${marker}`,
      topics: [topic.slug],
    }),
    contributor,
    request,
  );
  secret.claimSlugs.push(proposedClaim.slug);
  secret.personSlugs.push(
    ...[`${label}-new`, `${label}-claim`].map((part) => slugify(`Person ${part} ${marker}`)),
    slugify(`Speaker ${label} ${marker}`),
  );
  const counterStatementIds = [withNewRows, fromPublicSource, newRoleOfPublicPerson].map(
    (result) => result.counterStatementId,
  );
  const statements = await db.statement.findMany({
    where: {
      OR: [
        { counterStatements: { some: { id: { in: counterStatementIds } } } },
        { claim: { id: proposedClaim.claimId } },
      ],
    },
    select: { id: true, sourceId: true, speakerPersonId: true, roleId: true },
  });
  for (const statement of statements) {
    if (statement.sourceId !== publicSourceId) secret.sourceIds.push(statement.sourceId);
    secret.ids.push(statement.id, statement.roleId ?? statement.id);
    if (statement.speakerPersonId !== publicPerson.id) secret.ids.push(statement.speakerPersonId!);
  }
  secret.ids.push(...counterStatementIds, proposedClaim.claimId);
  return { counterStatementIds, claimId: proposedClaim.claimId };
}

/**
 * A repetition of the public claim that is not published (`status`), by a new person from a new
 * source, all marked. Only editors record repetitions, published at once (./claim-appearances.ts),
 * so none waits for review today; the table can hold one, and readers must not see it when it does.
 */
async function repeatUnpublished(status: 'SUBMITTED' | 'REJECTED', contributor: { id: string; role: 'CONTRIBUTOR' }) {
  const label = `repeated-${status.toLowerCase()}`;
  const input = claimAppearanceSchema.parse({ ...repetitionForm(marker), ...markedQuotedStatement(label) });
  const appearance = await db.$transaction(async (tx) => {
    const { statementId } = await writeQuotedStatement(tx, { input, status: 'SUBMITTED', actor: contributor });
    return tx.claimAppearance.create({
      data: { claimId: claim.id, statementId, status, proposedById: contributor.id },
      select: { id: true, statement: { select: { id: true, sourceId: true, speakerPersonId: true, roleId: true } } },
    });
  });
  const { statement } = appearance;
  secret.personSlugs.push(slugify(`Person ${label} ${marker}`));
  secret.sourceIds.push(statement.sourceId);
  secret.ids.push(appearance.id, statement.id, statement.speakerPersonId!, statement.roleId!);
}

before(async () => {
  claim = await makeClaim({
    statement: {
      text: 'We won the vote',
      sourceText: `Vote ${randomUUID()}. He said: "We won the vote". Later: "We lost the vote", "We tied".`,
    },
  });
  const statement = await db.statement.findUniqueOrThrow({
    where: { id: claim.statementId },
    select: { sourceId: true, speakerPerson: { select: { id: true, slug: true } } },
  });
  publicSourceId = statement.sourceId;
  publicPerson = statement.speakerPerson!;
  topic = await db.topic.create({ data: { slug: `topic-${randomUUID().slice(0, 8)}`, name: 'Canary topic' } });
  await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
  const contributor = { ...(await makeUser({ role: 'CONTRIBUTOR' })), role: 'CONTRIBUTOR' as const };
  const editor = await makeUser({ role: 'EDITOR' });
  await proposeEverything('pending', contributor, 'We lost the vote');
  const rejected = await proposeEverything('rejected', contributor, 'We tied');
  for (const id of rejected.counterStatementIds) {
    await rejectSubmission({ kind: 'counterStatement', id, note: `Rejected ${marker}` }, editor, request);
  }
  await rejectSubmission({ kind: 'claim', id: rejected.claimId, note: `Rejected ${marker}` }, editor, request);
  await repeatUnpublished('SUBMITTED', contributor);
  await repeatUnpublished('REJECTED', contributor);
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** Fails naming `reader` when its answer holds the marker or an id of anything proposed. */
function assertNothingLeaks(reader: string, answer: unknown) {
  const text = JSON.stringify(answer) ?? '';
  assert.ok(!text.toLowerCase().includes(marker), `${reader} shows the marker`);
  const leakedId = secret.ids.find((id) => text.includes(id));
  assert.equal(leakedId, undefined, `${reader} names a proposed row's id`);
}

test('the proposals were written with their marker, awaiting review and rejected', async () => {
  assert.equal(await db.claim.count({ where: { summary: { contains: marker } } }), 2);
  assert.equal(await db.counterStatement.count({ where: { note: { contains: marker }, status: 'SUBMITTED' } }), 3);
  assert.equal(await db.counterStatement.count({ where: { note: { contains: marker }, status: 'REJECTED' } }), 3);
  assert.equal(await db.role.count({ where: { title: { contains: marker }, personId: publicPerson.id } }), 2);
  assert.equal(await db.claimAppearance.count({ where: { claimId: claim.id, status: { not: 'PUBLISHED' } } }), 2);
  assert.equal(secret.personSlugs.length, 8);
});

test('the published source lists neither the quotes nor the speakers of proposals that quote it', async () => {
  const source = await getSourceByIdOrNull(publicSourceId);
  assert.ok(source);
  assert.deepEqual(
    source.quotes.map((quote) => source.archiveText.slice(quote.start, quote.end)),
    ['We won the vote'],
  );
  assertNothingLeaks('getSourceByIdOrNull', source);
  for (const id of secret.sourceIds) assert.equal(await getSourceByIdOrNull(id), null, 'a proposed source is shown');
});

test("the bulk export holds none of it, not even a public person's proposed roles", async () => {
  const records = await collect(exportRecords());
  assert.ok(records.some((record) => record.type === 'person' && record.id === publicPerson.id));
  assertNothingLeaks('exportRecords', records);
  assertNothingLeaks('exportedClaims', await collect(exportedClaims()));
});

test('a proposed person has no feed, no page and no filter chip, and the public ones show none of it', async () => {
  for (const slug of secret.personSlugs) {
    assert.equal(await findFeedItems({ kind: 'person', slug }), null, `the feed of ${slug}`);
    assert.equal(await getPersonProfileOrNull(slug), null, `the page of ${slug}`);
    assert.equal((await getClaimFilterNames(parseClaimFilters({ person: slug }))).person, undefined);
    assertNothingLeaks('findPublishedClaims by person', await findPublishedClaims(parseClaimFilters({ person: slug })));
  }
  assertNothingLeaks('site feed', await findFeedItems({ kind: 'site' }));
  assertNothingLeaks('person feed', await findFeedItems({ kind: 'person', slug: publicPerson.slug }));
  assertNothingLeaks('topic feed', await findFeedItems({ kind: 'topic', slug: topic.slug }));
  assertNothingLeaks('getPersonProfileOrNull', await getPersonProfileOrNull(publicPerson.slug));
  assertNothingLeaks('findPeople', await findPeople({}, 1000));
});

test('claims, topics, search, history and the filter lists show none of it', async () => {
  for (const slug of secret.claimSlugs) {
    assert.equal(await getPublishedClaimBySlugOrNull(slug), null);
    assert.equal(await getPublishedClaimHistoryOrNull(slug), null);
    assert.equal(await findCurrentClaimSlug(slug), null);
  }
  const page = await getPublishedClaimBySlugOrNull(claim.slug, 'all');
  assertNothingLeaks('getPublishedClaimBySlugOrNull', page);
  // Nor are the unpublished repetitions counted: the claim was said once.
  assert.equal(page?.appearances.count, 1);
  assertNothingLeaks('getPublishedClaimHistoryOrNull', await getPublishedClaimHistoryOrNull(claim.slug));
  assertNothingLeaks('listCorrections', await listCorrections({}));
  assertNothingLeaks('rankClaimsForQuery', await rankClaimsForQuery(marker));
  assertNothingLeaks('findPublishedClaims by query', await findPublishedClaims(parseClaimFilters({ q: marker })));
  assertNothingLeaks(
    'findPublishedClaims by topic',
    await findPublishedClaims(parseClaimFilters({ topic: topic.slug })),
  );
  assertNothingLeaks('getTopicProfileOrNull', await getTopicProfileOrNull(topic.slug));
  assertNothingLeaks('getTopicTimeline', await getTopicTimeline(topic.slug));
  assertNothingLeaks('findTopics', await findTopics({}, 1000));
  assertNothingLeaks('getClaimFilterOptions', await getClaimFilterOptions());
  assertNothingLeaks('getWhoAnsweredWhom', await getWhoAnsweredWhom());
});
