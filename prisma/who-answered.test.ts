import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../lib/db';
import { makeClaim, makeOrganization, makeCounterStatement, makeStatement } from '../lib/testing/factories';

// The triggers of the statement_affiliation and claim_answered_by migrations: every writer gets a
// statement's organization and country, and a claim's answering organizations and countries, right,
// and they follow later changes to counter-statements, roles and organizations.

after(() => disconnectDb());

const affiliationOf = (id: string) =>
  db.statement.findUniqueOrThrow({
    where: { id },
    select: { affiliatedOrganizationId: true, affiliatedCountryCode: true },
  });

test("a member's statement is affiliated with their role's organization and its country", async () => {
  const france = await makeOrganization({ countryCode: 'FR' });
  const statement = await makeStatement({ organization: france });
  assert.deepEqual(await affiliationOf(statement.id), {
    affiliatedOrganizationId: france.id,
    affiliatedCountryCode: 'FR',
  });
});

test("an organization's own statement is affiliated with it; a speaker with no organization with none", async () => {
  const sdf = await makeOrganization({ countryCode: null });
  const own = await makeStatement({ organization: sdf, asOrganization: true });
  assert.deepEqual(await affiliationOf(own.id), { affiliatedOrganizationId: sdf.id, affiliatedCountryCode: null });
  const independent = await makeStatement();
  assert.deepEqual(await affiliationOf(independent.id), {
    affiliatedOrganizationId: null,
    affiliatedCountryCode: null,
  });
});

test('follows a role moved to another organization, and an organization given another country', async () => {
  const before = await makeOrganization({ countryCode: 'GB' });
  const after = await makeOrganization({ countryCode: null });
  const statement = await makeStatement({ organization: before });
  const { roleId } = await db.statement.findUniqueOrThrow({ where: { id: statement.id }, select: { roleId: true } });

  await db.role.update({ where: { id: roleId! }, data: { organizationId: after.id } });
  assert.deepEqual(await affiliationOf(statement.id), {
    affiliatedOrganizationId: after.id,
    affiliatedCountryCode: null,
  });

  await db.organization.update({ where: { id: after.id }, data: { countryCode: 'IQ' } });
  assert.deepEqual(await affiliationOf(statement.id), {
    affiliatedOrganizationId: after.id,
    affiliatedCountryCode: 'IQ',
  });
});

test('a direct write to the derived columns is overridden', async () => {
  const france = await makeOrganization({ countryCode: 'FR' });
  const other = await makeOrganization({ countryCode: 'DE' });
  const statement = await makeStatement({ organization: france });
  await db.statement.update({
    where: { id: statement.id },
    data: { affiliatedOrganizationId: other.id, affiliatedCountryCode: 'DE' },
  });
  assert.deepEqual(await affiliationOf(statement.id), {
    affiliatedOrganizationId: france.id,
    affiliatedCountryCode: 'FR',
  });
});

const answeredBy = (id: string) =>
  db.claim.findUniqueOrThrow({
    where: { id },
    select: { counterStatementCount: true, answeredByOrganizationIds: true, answeredByCountryCodes: true },
  });

test('a claim lists who answered it among its published counter-statements, and follows changes', async () => {
  const france = await makeOrganization({ countryCode: 'FR' });
  const army = await makeOrganization({ countryCode: 'FR' });
  const sdf = await makeOrganization({ countryCode: null });
  const claim = await makeClaim();
  await makeCounterStatement(claim, { statement: { organization: france } });
  await makeCounterStatement(claim, { statement: { organization: army } });
  const draft = await makeCounterStatement(claim, { status: 'DRAFT', statement: { organization: sdf } });
  await makeCounterStatement(claim, { statement: {} }); // a speaker with no organization

  const before = await answeredBy(claim.id);
  assert.equal(before.counterStatementCount, 3);
  assert.deepEqual(new Set(before.answeredByOrganizationIds), new Set([france.id, army.id]));
  assert.deepEqual(before.answeredByCountryCodes, ['FR']);

  await db.counterStatement.update({ where: { id: draft.id }, data: { status: 'PUBLISHED' } });
  assert.deepEqual(
    new Set((await answeredBy(claim.id)).answeredByOrganizationIds),
    new Set([france.id, army.id, sdf.id]),
  );

  await db.organization.update({ where: { id: sdf.id }, data: { countryCode: 'SY' } });
  assert.deepEqual(new Set((await answeredBy(claim.id)).answeredByCountryCodes), new Set(['FR', 'SY']));

  await db.counterStatement.deleteMany({ where: { claimId: claim.id } });
  assert.deepEqual(await answeredBy(claim.id), {
    counterStatementCount: 0,
    answeredByOrganizationIds: [],
    answeredByCountryCodes: [],
  });
});
