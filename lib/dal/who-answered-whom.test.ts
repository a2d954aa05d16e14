import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { parseIsoDay } from '../domain/dates';
import {
  countQueries,
  makeClaim,
  makeOrganization,
  makePerson,
  makeCounterStatement,
  makeTopic,
} from '../testing/factories';
import { parseClaimFilters } from '../validation/claim-filters';
import { answerFiltersOf, type AnswerFilters } from '../validation/answer-filters';
import { getMedianResponseTimes } from './response-times';
import { getWhoAnsweredWhom, MATRIX_LIMIT } from './who-answered-whom';

after(() => disconnectDb());

test('counts published answers per claimant and country or organization, in one query, top ones only', async () => {
  // More answers than anything else in the test database, so this claimant and its answerers make the top.
  const ANSWERS = 30;
  const claimant = await makePerson({ name: 'Much Answered Claimant' });
  const claim = await makeClaim({ statement: { person: claimant } });
  const otherClaim = await makeClaim({ statement: { person: claimant } });
  const newZealand = [await makeOrganization({ countryCode: 'NZ' }), await makeOrganization({ countryCode: 'NZ' })];
  const armedGroup = await makeOrganization({ name: 'Stateless Armed Group', countryCode: null });
  for (let i = 0; i < ANSWERS; i++) {
    await makeCounterStatement(i % 2 ? claim : otherClaim, {
      statement: { organization: newZealand[i % 2]!, asOrganization: i % 3 === 0 },
    });
  }
  for (let i = 0; i < ANSWERS + 1; i++) await makeCounterStatement(claim, { statement: { organization: armedGroup } });
  // Neither counts: a draft answer, and an answer to a draft claim.
  await makeCounterStatement(claim, { status: 'DRAFT', statement: { organization: newZealand[0]! } });
  await makeCounterStatement(await makeClaim({ status: 'DRAFT', statement: { person: claimant } }), {
    statement: { organization: armedGroup },
  });

  let matrix: Awaited<ReturnType<typeof getWhoAnsweredWhom>> | undefined;
  assert.equal(await countQueries(async () => (matrix = await getWhoAnsweredWhom())), 1);
  assert.ok(matrix);

  const row = matrix.claimants.find((candidate) => candidate.slug === claimant.slug);
  assert.ok(row, 'the claimant is among the top claimants');
  assert.equal(row.total, ANSWERS * 2 + 1);
  const newZealandColumn = matrix.answerers.findIndex((answerer) => answerer.countryCode === 'NZ');
  const armedGroupColumn = matrix.answerers.findIndex((answerer) => answerer.organizationSlug === armedGroup.slug);
  assert.equal(matrix.answerers[newZealandColumn]?.label, 'New Zealand');
  assert.equal(matrix.answerers[armedGroupColumn]?.label, 'Stateless Armed Group');
  assert.equal(row.cells[newZealandColumn], ANSWERS);
  assert.equal(row.cells[armedGroupColumn], ANSWERS + 1);

  assert.ok(matrix.claimants.length <= MATRIX_LIMIT && matrix.answerers.length <= MATRIX_LIMIT);
  assert.ok(matrix.claimantCount >= matrix.claimants.length && matrix.answererCount >= matrix.answerers.length);
  for (const claimantRow of matrix.claimants) assert.equal(claimantRow.cells.length, matrix.answerers.length);
});

test('under a topic or a range of claim dates: only those claims counted, and the median time to answer over them', async () => {
  const claimant = await makePerson({ name: 'Filtered Claimant' });
  const answerer = await makeOrganization({ name: 'Filtered Answerer', countryCode: null });
  const topic = await makeTopic();
  const claimOn = async (saidOn: string, answeredOn: string, answers: number, onTopic: boolean) => {
    const claim = await makeClaim({ statement: { person: claimant, saidOn: parseIsoDay(saidOn) } });
    if (onTopic) await db.claimTopic.create({ data: { claimId: claim.id, topicId: topic.id } });
    for (let i = 0; i < answers; i++) {
      await makeCounterStatement(claim, { statement: { organization: answerer, saidOn: parseIsoDay(answeredOn) } });
    }
  };
  await claimOn('2018-12-19', '2018-12-20', 2, true); // on the topic, answered after 1 day
  await claimOn('2019-02-06', '2019-02-16', 3, true); // on the topic, after 10 days
  await claimOn('2019-06-01', '2019-07-01', 4, false); // off the topic, after 30 days

  const cell = async (filters: AnswerFilters) => {
    const matrix = await getWhoAnsweredWhom(filters);
    const row = matrix.claimants.find((candidate) => candidate.slug === claimant.slug);
    const column = matrix.answerers.findIndex((candidate) => candidate.organizationSlug === answerer.slug);
    return row ? row.cells[column] : 0;
  };
  const median = async (filters: AnswerFilters) =>
    (await getMedianResponseTimes(filters)).find((candidate) => candidate.key === `organization:${answerer.slug}`);

  assert.equal(await cell({ topic: topic.slug }), 5);
  assert.equal(await cell({ topic: topic.slug, from: '2019-01-01' }), 3);
  assert.equal(await cell({ from: '2019-02-06', to: '2019-06-01' }), 7);
  assert.equal(await cell({ to: '2018-12-18' }), 0);
  assert.equal(await cell({ topic: 'no-such-topic' }), 0);
  // Over the two claims on the topic, 1 and 10 days: the lower median is 1.
  assert.deepEqual(await median({ topic: topic.slug }), {
    key: `organization:${answerer.slug}`,
    claims: 2,
    minDays: 1,
    maxDays: 1,
  });
  assert.deepEqual(await median({ topic: topic.slug, from: '2019-01-01' }), {
    key: `organization:${answerer.slug}`,
    claims: 1,
    minDays: 10,
    maxDays: 10,
  });
  assert.equal((await median({}))?.claims, 3);
});

test("the page's filters: a bad value is dropped, the good ones kept, the claims list's other filters ignored", () => {
  assert.deepEqual(
    answerFiltersOf(parseClaimFilters({ topic: 'Not A Slug!', from: '2019-13-45', to: '2019-01-31', q: 'words' })),
    { to: '2019-01-31' },
  );
  assert.deepEqual(answerFiltersOf(parseClaimFilters({ topic: 'syria', from: ['2018-12-01', '2019-01-01'] })), {
    topic: 'syria',
    from: '2018-12-01',
  });
});
