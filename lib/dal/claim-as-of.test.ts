import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { addDays } from '../domain/delays';
import { makeClaim, makeCounterStatement, makeOrganization, makeStatement, makeUser } from '../testing/factories';
import { getPublishedClaimAsOfOrNull, type ClaimAsOf } from './claim-as-of';
import { updateClaim } from './claim-edits';

after(() => disconnectDb());

const today = parseIsoDay(toIsoDay(new Date()));
const daysAgo = (days: number) => toIsoDay(addDays(today, -days));

const answerDates = (asOf: ClaimAsOf | null) => {
  assert.ok(asOf?.said, 'the claim had been made by then');
  return asOf.timeline.answers.map((answer) => answer.saidOn?.label ?? null);
};

/** A claim said on 19 December 2018, answered over time, published ten days ago (as the seed's were). */
async function claimAnsweredOverTime() {
  const claim = await makeClaim({ verdict: 'FALSE', statement: { saidOn: parseIsoDay('2018-12-19') } });
  await db.claim.update({ where: { id: claim.id }, data: { publishedAt: addDays(today, -10) } });
  const france = await makeOrganization({ countryCode: 'FR' });
  const kurds = await makeOrganization({ name: 'As-of Defence Forces', countryCode: null });
  await makeCounterStatement(claim, { statement: { organization: france, saidOn: parseIsoDay('2018-12-20') } });
  // Known to the month only: some day in January 2019.
  await makeCounterStatement(claim, {
    statement: { organization: kurds, saidOn: parseIsoDay('2019-01-01'), saidOnPrecision: 'MONTH' },
  });
  await makeCounterStatement(claim, { statement: { organization: kurds, saidOn: parseIsoDay('2019-02-10') } });
  await makeCounterStatement(claim, { statement: {} });
  await db.expectedParty.createMany({
    data: [france, kurds].map((organization) => ({ claimId: claim.id, organizationId: organization.id })),
  });
  return claim;
}

test('answers said after the day are left out, a month-dated one until its month has passed, an undated one always', async () => {
  const claim = await claimAnsweredOverTime();
  const midJanuary = await getPublishedClaimAsOfOrNull(claim.slug, '2019-01-15');
  assert.deepEqual(answerDates(midJanuary), ['20 December 2018']);
  assert.ok(midJanuary?.said);
  assert.equal(midJanuary.claim.counterStatementCount, 1);
  assert.deepEqual(
    midJanuary.claim.counterStatementGroups.map((group) => [group.label, group.items.length]),
    [['France', 1]],
  );
  assert.deepEqual(midJanuary.claim.counterStatementsByAffiliation, [{ key: 'country:FR', label: 'France', count: 1 }]);
  assert.deepEqual(
    midJanuary.timeline.parties.map((party) => [party.label, party.delay?.label]),
    [['France', '1 day']],
  );
  // The SDF, expected to answer, had been silent 27 days by then.
  assert.deepEqual(
    midJanuary.expectedParties && [
      midJanuary.expectedParties.answered.map((party) => party.partyLabel),
      midJanuary.expectedParties.notAnswered.map((organization) => organization.name),
      midJanuary.expectedParties.sinceClaim?.label,
    ],
    [['France'], ['As-of Defence Forces'], '27 days'],
  );

  assert.deepEqual(answerDates(await getPublishedClaimAsOfOrNull(claim.slug, '2019-01-31')), [
    '20 December 2018',
    'January 2019',
  ]);
  assert.deepEqual(answerDates(await getPublishedClaimAsOfOrNull(claim.slug, daysAgo(0))), [
    '20 December 2018',
    'January 2019',
    '10 February 2019',
  ]);
});

test('repetitions count by the same rule: a month-dated one once its month has passed, an undated one never', async () => {
  const claim = await makeClaim({ statement: { saidOn: parseIsoDay('2018-12-19') } });
  const repeated = async (statement: Parameters<typeof makeStatement>[0]) =>
    db.claimAppearance.create({
      data: { claimId: claim.id, statementId: (await makeStatement(statement)).id, status: 'PUBLISHED' },
    });
  await repeated({ saidOn: parseIsoDay('2019-01-01'), saidOnPrecision: 'MONTH' });
  await repeated({ saidOn: parseIsoDay('2019-02-06') });
  await repeated({});
  const said = async (day: string) => {
    const asOf = await getPublishedClaimAsOfOrNull(claim.slug, day);
    assert.ok(asOf?.said);
    return [asOf.claim.repetitions.length, asOf.claim.appearances.count, asOf.claim.appearances.last?.label ?? null];
  };
  assert.deepEqual(await said('2019-01-30'), [0, 1, '19 December 2018']);
  assert.deepEqual(await said('2019-01-31'), [1, 2, 'January 2019']);
  assert.deepEqual(await said('2019-02-06'), [2, 3, '6 February 2019']);
  assert.deepEqual(await said(daysAgo(0)), [2, 3, '6 February 2019']);
});

test('the verdict in force is read from the revisions: the old one before an edit, none before publication', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await claimAnsweredOverTime();
  await updateClaim(
    {
      claimId: claim.id,
      version: claim.version,
      summary: claim.summary,
      verdict: 'MOSTLY_TRUE',
      verdictExplanation: 'Rated again.',
      topics: [],
      correctionNote: 'A new source came to light.',
    },
    editor,
  );

  const beforeTheEdit = await getPublishedClaimAsOfOrNull(claim.slug, daysAgo(5));
  assert.ok(beforeTheEdit?.said);
  assert.deepEqual(beforeTheEdit.rating && [beforeTheEdit.rating.verdict, beforeTheEdit.rating.verdictExplanation], [
    'FALSE',
    'Explained by a test.',
  ]);
  assert.equal(beforeTheEdit.claim.corrections.length, 0, 'the correction came with the edit, today');
  assert.ok(!('verdict' in beforeTheEdit.claim), "today's verdict is not on the day's claim");

  const afterTheEdit = await getPublishedClaimAsOfOrNull(claim.slug, daysAgo(0));
  assert.ok(afterTheEdit?.said);
  assert.equal(afterTheEdit.rating?.verdict, 'MOSTLY_TRUE');
  assert.equal(afterTheEdit.claim.corrections.length, 1);

  // Said in 2018, published here ten days ago: in 2019 it had not been rated here yet.
  const in2019 = await getPublishedClaimAsOfOrNull(claim.slug, '2019-01-01');
  assert.ok(in2019?.said);
  assert.equal(in2019.rating, null);
});

test('a claim never edited has its verdict in force from its publication on', async () => {
  const claim = await claimAnsweredOverTime();
  assert.equal(await db.revision.count({ where: { entityId: claim.id } }), 0);
  const asOf = async (day: string) => {
    const record = await getPublishedClaimAsOfOrNull(claim.slug, day);
    assert.ok(record?.said);
    return record.rating?.verdict ?? null;
  };
  assert.equal(await asOf(daysAgo(11)), null);
  assert.equal(await asOf(daysAgo(10)), 'FALSE');
});

test('before the claim was made there is nothing to show; a draft or unknown claim has no record at all', async () => {
  const claim = await claimAnsweredOverTime();
  const before = await getPublishedClaimAsOfOrNull(claim.slug, '2018-12-18');
  assert.deepEqual(before && [before.said, before.claim.slug], [false, claim.slug]);
  const undated = await makeClaim({ statement: {} });
  assert.equal((await getPublishedClaimAsOfOrNull(undated.slug, daysAgo(0)))?.said, false);
  const draft = await makeClaim({ status: 'DRAFT', statement: { saidOn: parseIsoDay('2018-12-19') } });
  assert.equal(await getPublishedClaimAsOfOrNull(draft.slug, daysAgo(0)), null);
  assert.equal(await getPublishedClaimAsOfOrNull('no-such-claim', daysAgo(0)), null);
});
