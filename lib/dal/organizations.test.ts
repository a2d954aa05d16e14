import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { disconnectDb } from '../db';
import { countQueries, makeClaim, makeOrganization, makeCounterStatement } from '../testing/factories';
import {
  COUNTER_STATEMENTS_LIST_LENGTH,
  findOrganizations,
  getCountryProfileOrNull,
  getOrganizationProfileOrNull,
  type OrganizationSummary,
} from './organizations';

after(() => disconnectDb());

async function walkOrganizationsIndex(pageSize: number): Promise<OrganizationSummary[]> {
  const organizations: OrganizationSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await findOrganizations({ cursor }, pageSize);
    organizations.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return organizations;
}

describe('findOrganizations', () => {
  test('lists organizations that spoke, themselves or through members, in name order, and not those only in drafts', async () => {
    const throughMember = await makeOrganization({ countryCode: 'NZ' });
    await makeCounterStatement(await makeClaim(), { statement: { organization: throughMember } });
    const itself = await makeOrganization();
    await makeClaim({ statement: { organization: itself, asOrganization: true } });
    const spokesperson = await makeOrganization();
    await makeCounterStatement(await makeClaim(), { statement: { organization: spokesperson, asOrganization: true } });
    const onlyInDrafts = await makeOrganization();
    await makeCounterStatement(await makeClaim(), { status: 'DRAFT', statement: { organization: onlyInDrafts } });

    const listed = await walkOrganizationsIndex(3);
    const slugs = listed.map((organization) => organization.slug);
    assert.deepEqual(
      listed.find((organization) => organization.slug === throughMember.slug),
      {
        slug: throughMember.slug,
        name: throughMember.name,
        kind: 'GOVERNMENT',
        country: { code: 'NZ', name: 'New Zealand' },
      },
    );
    assert.ok(slugs.includes(spokesperson.slug) && slugs.includes(itself.slug));
    assert.equal(slugs.includes(onlyInDrafts.slug), false);
    assert.equal(new Set(slugs).size, slugs.length);
    assert.deepEqual(
      slugs,
      (await walkOrganizationsIndex(1000)).map((organization) => organization.slug),
    );
  });
});

describe('getOrganizationProfileOrNull', () => {
  test("groups its members' and spokespeople's answers under the claim they answer, with its members' claims", async () => {
    const organization = await makeOrganization({ name: 'Grouped Government', countryCode: 'GB' });
    const first = await makeClaim({ summary: 'First answered claim' });
    const second = await makeClaim({ summary: 'Second answered claim' });
    const byMember = await makeCounterStatement(first, {
      stance: 'CONTRADICTS',
      statement: { organization, saidOn: new Date('2019-01-02') },
    });
    const bySpokesperson = await makeCounterStatement(first, {
      stance: 'DISPUTES',
      statement: { organization, asOrganization: true, saidOn: new Date('2019-01-01') },
    });
    const later = await makeCounterStatement(second, {
      stance: 'QUALIFIES',
      statement: { organization, saidOn: new Date('2019-02-01') },
    });
    await makeCounterStatement(first, { status: 'DRAFT', statement: { organization } });
    await makeCounterStatement(await makeClaim({ status: 'DRAFT' }), { statement: { organization } });
    const memberClaim = await makeClaim({ statement: { organization } });
    await makeClaim({ status: 'DRAFT', statement: { organization } });
    await makeCounterStatement(first, { statement: { organization: await makeOrganization({ countryCode: 'GB' }) } }); // another organization

    const profile = await getOrganizationProfileOrNull(organization.slug);
    assert.ok(profile);
    assert.deepEqual(profile.country, { code: 'GB', name: 'United Kingdom' });
    assert.deepEqual(
      profile.answeredClaims.map((group) => [
        group.claim.summary,
        group.counterStatements.map((counterStatement) => counterStatement.counterStatementId),
      ]),
      [
        ['Second answered claim', [later.id]],
        ['First answered claim', [byMember.id, bySpokesperson.id]],
      ],
    );
    const spokespersonQuote = profile.answeredClaims[1]!.counterStatements[1]!.statement;
    assert.equal(spokespersonQuote.speakerHref, `/organizations/${organization.slug}`);
    assert.equal(profile.hasMoreCounterStatements, false);
    assert.deepEqual(
      profile.claims.map((claim) => claim.slug),
      [memberClaim.slug],
    );
  });

  test('returns null for an unknown slug', async () => {
    assert.equal(await getOrganizationProfileOrNull('no-such-organization'), null);
  });

  test('runs the same number of queries however much it said, and caps what it shows', async () => {
    // One claim and one answer against many: an empty list may well cost no query at all.
    const quiet = await makeOrganization();
    await makeCounterStatement(await makeClaim(), { statement: { organization: quiet } });
    await makeClaim({ statement: { organization: quiet } });
    const busy = await makeOrganization({ countryCode: 'FR' });
    const claim = await makeClaim();
    for (let i = 0; i <= COUNTER_STATEMENTS_LIST_LENGTH; i++) {
      await makeCounterStatement(i % 2 ? claim : await makeClaim(), {
        statement: { organization: busy, asOrganization: i % 3 === 0 },
      });
    }
    for (let i = 0; i < 3; i++) await makeClaim({ statement: { organization: busy } });

    const quietQueries = await countQueries(() => getOrganizationProfileOrNull(quiet.slug));
    const busyQueries = await countQueries(() => getOrganizationProfileOrNull(busy.slug));
    assert.ok(quietQueries > 0);
    assert.equal(busyQueries, quietQueries);
    const profile = await getOrganizationProfileOrNull(busy.slug);
    assert.equal(
      profile?.answeredClaims.reduce((total, group) => total + group.counterStatements.length, 0),
      COUNTER_STATEMENTS_LIST_LENGTH,
    );
    assert.equal(profile?.hasMoreCounterStatements, true);
  });
});

describe('getCountryProfileOrNull', () => {
  test("gathers a country's organizations and their answers, whatever the code's case", async () => {
    const ministry = await makeOrganization({ name: 'Icelandic Ministry', countryCode: 'IS' });
    const coastGuard = await makeOrganization({ name: 'Icelandic Coast Guard', countryCode: 'IS' });
    const claim = await makeClaim({ summary: 'A claim Iceland answered' });
    const answer = await makeCounterStatement(claim, { statement: { organization: ministry } });
    const spokesperson = await makeCounterStatement(claim, {
      statement: { organization: coastGuard, asOrganization: true },
    });
    await makeCounterStatement(claim, { status: 'DRAFT', statement: { organization: ministry } });

    const country = await getCountryProfileOrNull('is');
    assert.ok(country);
    assert.equal(country.code, 'IS');
    assert.equal(country.name, 'Iceland');
    const names = country.organizations.map((organization) => organization.name);
    assert.ok(names.includes('Icelandic Ministry') && names.includes('Icelandic Coast Guard'));
    const group = country.answeredClaims.find((candidate) => candidate.claim.slug === claim.slug);
    assert.deepEqual(
      group?.counterStatements.map((item) => item.counterStatementId).sort(),
      [answer.id, spokesperson.id].sort(),
    );
  });

  test('returns null for a code no organization has, and for anything that is not a code', async () => {
    for (const code of ['ZZ', 'france', 'F', "F'"]) assert.equal(await getCountryProfileOrNull(code), null, code);
  });

  test('runs the same number of queries however many organizations and answers it has', async () => {
    const small = await makeOrganization({ countryCode: 'MT' });
    await makeCounterStatement(await makeClaim(), { statement: { organization: small } });
    for (let i = 0; i < 5; i++) {
      const organization = await makeOrganization({ countryCode: 'LU' });
      await makeCounterStatement(await makeClaim(), { statement: { organization, asOrganization: i % 2 === 0 } });
    }
    assert.equal(
      await countQueries(() => getCountryProfileOrNull('LU')),
      await countQueries(() => getCountryProfileOrNull('MT')),
    );
  });
});
