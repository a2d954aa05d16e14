import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { disconnectDb } from '../db';
import { parseIsoDay } from '../domain/dates';
import { countQueries, makeClaim, makeCounterStatement, makeOrganization, makePerson } from '../testing/factories';
import { getMedianResponseTimes } from './response-times';

after(() => disconnectDb());

const on = parseIsoDay;

test("each party's median delay to its first answer, a range where dates are known to the month only", async () => {
  const claimant = await makePerson();
  const armedGroup = await makeOrganization({ name: 'Median Armed Group', countryCode: null });
  const answer = (claim: { id: string }, saidOn: Date | undefined, saidOnPrecision: 'DAY' | 'MONTH' = 'DAY') =>
    makeCounterStatement(claim, { statement: { organization: armedGroup, saidOn, saidOnPrecision } });

  // Answered after 2 days (its later answer does not count: the first one does).
  const quick = await makeClaim({ statement: { person: claimant, saidOn: on('2019-01-01') } });
  await answer(quick, on('2019-01-03'));
  await answer(quick, on('2019-01-20'));
  // Answered some day in February: 31 to 58 days after 1 January.
  const monthly = await makeClaim({ statement: { person: claimant, saidOn: on('2019-01-01') } });
  await answer(monthly, on('2019-02-01'), 'MONTH');
  // Answered after 10 days.
  const slow = await makeClaim({ statement: { person: claimant, saidOn: on('2019-03-01') } });
  await answer(slow, on('2019-03-11'));
  // Not counted: an undated answer, an undated claim, a draft answer.
  await answer(await makeClaim({ statement: { person: claimant, saidOn: on('2019-01-01') } }), undefined);
  await answer(await makeClaim({ statement: { person: claimant } }), on('2019-01-02'));
  await makeCounterStatement(quick, {
    status: 'DRAFT',
    statement: { organization: armedGroup, saidOn: on('2019-01-01') },
  });

  let medians: Awaited<ReturnType<typeof getMedianResponseTimes>> = [];
  assert.equal(await countQueries(async () => (medians = await getMedianResponseTimes())), 1);
  // Lower bounds 2, 10, 31: median 10; upper bounds 2, 10, 58: median 10.
  assert.deepEqual(
    medians.find((median) => median.key === `organization:${armedGroup.slug}`),
    { key: `organization:${armedGroup.slug}`, claims: 3, minDays: 10, maxDays: 10 },
  );
});

test('a median over month-precision answers is a range, and a country is one party', async () => {
  const claimant = await makePerson();
  const iceland = [await makeOrganization({ countryCode: 'IS' }), await makeOrganization({ countryCode: 'IS' })];
  for (const [index, organization] of iceland.entries()) {
    const claim = await makeClaim({ statement: { person: claimant, saidOn: on('2019-01-01') } });
    await makeCounterStatement(claim, {
      statement: { organization, saidOn: on('2019-02-01'), saidOnPrecision: index ? 'MONTH' : 'DAY' },
    });
  }
  // With a third claim answered some day in February, the bounds are (31, 31), (31, 58) and
  // (31, 58): the median is 31 to 58 days.
  const third = await makeClaim({ statement: { person: claimant, saidOn: on('2019-01-01') } });
  await makeCounterStatement(third, {
    statement: { organization: iceland[0]!, saidOn: on('2019-02-01'), saidOnPrecision: 'MONTH' },
  });
  const median = (await getMedianResponseTimes()).find((candidate) => candidate.key === 'country:IS');
  assert.deepEqual(median, { key: 'country:IS', claims: 3, minDays: 31, maxDays: 58 });
});
