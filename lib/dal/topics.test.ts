import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { countQueries, makeClaim, makeCounterStatement, makeUser } from '../testing/factories';
import { updateClaim } from './claim-edits';
import {
  findTopics,
  getTopicProfileOrNull,
  getTopicTimeline,
  getTopicTimelineAsOf,
  type TimelineEntry,
  type TopicSummary,
} from './topics';

after(() => disconnectDb());

async function makeTopic(name = 'Test topic') {
  return db.topic.create({ data: { slug: `topic-${randomUUID().slice(0, 8)}`, name } });
}

async function tag(claim: { id: string }, topic: { id: string }) {
  await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
}

async function walkTopicsIndex(pageSize: number): Promise<TopicSummary[]> {
  const topics: TopicSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await findTopics({ cursor }, pageSize);
    topics.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return topics;
}

describe('findTopics', () => {
  test('lists topics with published claims only', async () => {
    const topic = await makeTopic('Listed topic');
    await tag(await makeClaim(), topic);
    await tag(await makeClaim({ status: 'DRAFT' }), topic);
    const draftsOnly = await makeTopic();
    await tag(await makeClaim({ status: 'DRAFT' }), draftsOnly);

    const listed = await walkTopicsIndex(2);
    assert.deepEqual(
      listed.find((candidate) => candidate.slug === topic.slug),
      { slug: topic.slug, name: 'Listed topic' },
    );
    assert.equal(
      listed.some((candidate) => candidate.slug === draftsOnly.slug),
      false,
    );
    assert.deepEqual(listed, await walkTopicsIndex(1000));
  });
});

describe('getTopicProfileOrNull', () => {
  test("returns the topic's published claims, newest first", async () => {
    const topic = await makeTopic('Profiled topic');
    const older = await makeClaim({ statement: { saidOn: new Date('2001-01-01') } });
    const newer = await makeClaim({ statement: { saidOn: new Date('2002-01-01') } });
    const draft = await makeClaim({ status: 'DRAFT' });
    for (const claim of [older, newer, draft]) await tag(claim, topic);

    const profile = await getTopicProfileOrNull(topic.slug);
    assert.equal(profile?.name, 'Profiled topic');
    assert.deepEqual(
      profile?.claims.claims.map((claim) => claim.slug),
      [newer.slug, older.slug],
    );
  });

  test('returns null for an unknown slug', async () => {
    assert.equal(await getTopicProfileOrNull('no-such-topic'), null);
    assert.equal(await getTopicTimeline('no-such-topic'), null);
  });
});

describe('getTopicTimeline', () => {
  const describeEntry = (entry: TimelineEntry) =>
    `${entry.statement.saidOn?.iso ?? 'undated'} ${entry.claim ? `claim ${entry.claim.summary}` : ''}${entry.counterStatements.map((counterStatement) => `answers ${counterStatement.claim.summary}`).join(', ')}`;

  test("orders the topic's claims and their answers by the date said, undated last, published only", async () => {
    const topic = await makeTopic('Timeline topic');
    const claim = await makeClaim({ summary: 'Timeline claim', statement: { saidOn: new Date('2018-12-19') } });
    await tag(claim, topic);
    await makeCounterStatement(claim, { statement: { saidOn: new Date('2018-12-20') } });
    await makeCounterStatement(claim, { statement: { saidOn: new Date('2019-02-10') } });
    await makeCounterStatement(claim, {}); // undated
    await makeCounterStatement(claim, { status: 'DRAFT', statement: { saidOn: new Date('2018-12-21') } });
    const earlier = await makeClaim({ summary: 'Earlier claim', statement: { saidOn: new Date('2015-11-23') } });
    await tag(earlier, topic);
    await tag(await makeClaim({ status: 'DRAFT', statement: { saidOn: new Date('2016-01-01') } }), topic);
    await makeCounterStatement(await makeClaim({ statement: { saidOn: new Date('2017-01-01') } }), {}); // another topic's

    const timeline = await getTopicTimeline(topic.slug);
    assert.ok(timeline);
    assert.deepEqual(timeline.entries.map(describeEntry), [
      '2015-11-23 claim Earlier claim',
      '2018-12-19 claim Timeline claim',
      '2018-12-20 answers Timeline claim',
      '2019-02-10 answers Timeline claim',
      'undated answers Timeline claim',
    ]);
    assert.equal(timeline.nextCursor, undefined);
  });

  test('as of a day: only what was said by then, a month-dated answer once its month is over, and the verdict in force then', async () => {
    const topic = await makeTopic();
    const editor = await makeUser({ role: 'EDITOR' });
    const claim = await makeClaim({ summary: 'As-of timeline claim', statement: { saidOn: new Date('2018-12-19') } });
    await tag(claim, topic);
    await makeCounterStatement(claim, { statement: { saidOn: new Date('2018-12-20') } });
    await makeCounterStatement(claim, { statement: { saidOn: new Date('2019-01-01'), saidOnPrecision: 'MONTH' } });
    await makeCounterStatement(claim, {}); // undated
    const later = await makeClaim({ summary: 'Later claim', statement: { saidOn: new Date('2019-02-06') } });
    await tag(later, topic);
    // Published here a year ago, and rated again today through the edit path.
    const yearAgo = new Date(Date.now() - 365 * 86_400_000);
    await db.claim.update({ where: { id: claim.id }, data: { publishedAt: yearAgo } });
    await updateClaim(
      {
        claimId: claim.id,
        version: claim.version,
        summary: claim.summary,
        verdict: 'MIXED',
        verdictExplanation: 'Rated again.',
        topics: [topic.slug],
        correctionNote: 'New reporting.',
      },
      editor,
    );

    const verdicts = (timeline: Awaited<ReturnType<typeof getTopicTimelineAsOf>>) =>
      timeline?.entries.map((entry) => `${describeEntry(entry)}${entry.claim ? ` ${entry.claim.verdict}` : ''}`);
    // In January 2019 nothing here had been rated yet.
    assert.deepEqual(verdicts(await getTopicTimelineAsOf(topic.slug, '2019-01-30')), [
      '2018-12-19 claim As-of timeline claim null',
      '2018-12-20 answers As-of timeline claim',
    ]);
    assert.deepEqual(
      verdicts(await getTopicTimelineAsOf(topic.slug, '2019-01-31'))?.at(-1),
      '2019-01 answers As-of timeline claim',
    );
    // Half a year ago: the verdict it was published with, not today's.
    const halfAYearAgo = new Date(Date.now() - 182 * 86_400_000).toISOString().slice(0, 10);
    assert.deepEqual(verdicts(await getTopicTimelineAsOf(topic.slug, halfAYearAgo)), [
      '2018-12-19 claim As-of timeline claim FALSE',
      '2018-12-20 answers As-of timeline claim',
      '2019-01 answers As-of timeline claim',
      '2019-02-06 claim Later claim null',
    ]);
    assert.equal(verdicts(await getTopicTimeline(topic.slug))?.[0], '2018-12-19 claim As-of timeline claim MIXED');
  });

  test('pages through dated and undated entries without skipping or repeating; a constant number of queries', async () => {
    const topic = await makeTopic();
    const claim = await makeClaim({ statement: { saidOn: new Date('2000-01-01') } });
    await tag(claim, topic);
    for (const day of ['02', '03', '03', '04'])
      await makeCounterStatement(claim, { statement: { saidOn: new Date(`2000-01-${day}`) } });
    for (let i = 0; i < 3; i++) await makeCounterStatement(claim, {});

    const whole = (await getTopicTimeline(topic.slug, undefined, 100))!.entries.map((entry) => entry.statement.id);
    assert.equal(whole.length, 8);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await getTopicTimeline(topic.slug, cursor, 3))!;
      paged.push(...page.entries.map((entry) => entry.statement.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(paged, whole);

    const small = await makeTopic();
    await tag(await makeClaim(), small);
    assert.equal(
      await countQueries(() => getTopicTimeline(topic.slug)),
      await countQueries(() => getTopicTimeline(small.slug)),
    );
    assert.equal(
      await countQueries(() => getTopicProfileOrNull(topic.slug)),
      await countQueries(() => getTopicProfileOrNull(small.slug)),
    );
  });
});
