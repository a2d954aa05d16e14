import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { disconnectDb } from '../db';
import { countQueries, makeClaim, makeOrganization, makePerson, makeCounterStatement } from '../testing/factories';
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
