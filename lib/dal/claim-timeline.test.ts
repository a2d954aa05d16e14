import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { disconnectDb } from '../db';
import { parseIsoDay } from '../domain/dates';
import { countQueries, makeClaim, makeCounterStatement, makeOrganization } from '../testing/factories';
import { getPublishedClaimTimelineOrNull } from './claim-timeline';

after(() => disconnectDb());

test("every published answer in time, each party's first with its delay, month precision as a range", async () => {
  const claim = await makeClaim({ statement: { saidOn: parseIsoDay('2018-12-19') } });
  const france = await makeOrganization({ countryCode: 'FR' });
  const armedGroup = await makeOrganization({ name: 'Timeline Armed Group', countryCode: null });
  await makeCounterStatement(claim, { statement: { organization: france, saidOn: parseIsoDay('2018-12-21') } });
  await makeCounterStatement(claim, { statement: { organization: france, saidOn: parseIsoDay('2018-12-20') } });
  // Known to the month only: said some day in January 2019.
  await makeCounterStatement(claim, {
    statement: {
      organization: armedGroup,
      asOrganization: true,
      saidOn: parseIsoDay('2019-01-01'),
      saidOnPrecision: 'MONTH',
    },
  });
  await makeCounterStatement(claim, { statement: {} });
  // Not on the record: a draft answer, earlier than any.
  await makeCounterStatement(claim, {
    status: 'DRAFT',
    statement: { organization: france, saidOn: parseIsoDay('2018-12-19') },
  });

  // Prisma batches each level of the nested select: as many queries for four answers as for one.
  const answeredOnce = await makeClaim();
  await makeCounterStatement(answeredOnce, { statement: { organization: france } });
  assert.equal(
    await countQueries(() => getPublishedClaimTimelineOrNull(claim.id)),
    await countQueries(() => getPublishedClaimTimelineOrNull(answeredOnce.id)),
  );
  const timeline = await getPublishedClaimTimelineOrNull(claim.id);
  assert.ok(timeline);
  const { parties, answers, claim: claimed } = timeline;
  assert.deepEqual(claimed.saidOn, { label: '19 December 2018', iso: '2018-12-19' });
  assert.deepEqual(
    parties.map((party) => [
      party.label,
      party.answers,
      party.delay && [party.delay.minDays, party.delay.maxDays],
      party.delay?.label,
    ]),
    [
      ['France', 2, [1, 1], '1 day'],
      ['Timeline Armed Group', 1, [13, 43], '13–43 days'],
      ['No stated affiliation', 1, null, undefined],
    ],
  );
  assert.deepEqual(
    answers.map((answer) => answer.saidOn?.label ?? null),
    ['20 December 2018', '21 December 2018', 'January 2019', null],
  );
  assert.equal(answers[2]?.speakerName, 'Timeline Armed Group', 'an organization speaking for itself is its own party');
});

test('a claim that is not published has no timeline', async () => {
  const draft = await makeClaim({ status: 'DRAFT', statement: { saidOn: parseIsoDay('2019-01-01') } });
  assert.equal(await getPublishedClaimTimelineOrNull(draft.id), null);
});
