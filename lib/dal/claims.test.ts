import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { disconnectDb } from '../db';
import { countQueries, makeClaim, makeOrganization, makeRebuttal } from '../testing/factories';
import { getMostRebuttedClaims, getPublishedClaimBySlug, listPublishedClaims } from './claims';

after(() => disconnectDb());

describe('getPublishedClaimBySlug', () => {
  test('returns a published claim with its counter-statements grouped by country, then organization', async () => {
    const france = await makeOrganization({ countryCode: 'FR' });
    const armedGroup = await makeOrganization({ name: 'Some Armed Group', countryCode: null });
    const claim = await makeClaim({ summary: 'A grouped claim' });
    await makeRebuttal(claim, { stance: 'QUALIFIES', statement: { organization: france } });
    await makeRebuttal(claim, { stance: 'CONTRADICTS', statement: { organization: france } });
    await makeRebuttal(claim, { stance: 'DISPUTES', statement: { organization: armedGroup } });

    const detail = await getPublishedClaimBySlug(claim.slug);
    assert.ok(detail);
    assert.equal(detail.summary, 'A grouped claim');
    assert.equal(detail.rebuttalCount, 3);
    assert.deepEqual(detail.rebuttalGroups.map((group) => [group.label, group.items.map((item) => item.stance)]), [
      ['France', ['CONTRADICTS', 'QUALIFIES']],
      ['Some Armed Group', ['DISPUTES']],
    ]);
    assert.deepEqual(detail.rebuttalsByAffiliation.map((group) => [group.label, group.count]), [['France', 2], ['Some Armed Group', 1]]);
    const quote = detail.rebuttalGroups[0]!.items[0]!.statement;
    assert.equal(quote.verified, true);
    assert.equal(quote.speakerRole, `Spokesperson, ${france.name}`);
  });

  test('hides draft claims and draft counter-statements from readers', async () => {
    const draft = await makeClaim({ status: 'DRAFT' });
    assert.equal(await getPublishedClaimBySlug(draft.slug), null);

    const claim = await makeClaim();
    await makeRebuttal(claim, { status: 'DRAFT' });
    const detail = await getPublishedClaimBySlug(claim.slug);
    assert.equal(detail?.rebuttalCount, 0);
    assert.deepEqual(detail?.rebuttalGroups, []);
  });

  test('returns null for an unknown slug', async () => {
    assert.equal(await getPublishedClaimBySlug('no-such-claim'), null);
  });

  test('shows a statement that was not found in its source as unverified', async () => {
    const claim = await makeClaim({ statement: { text: 'Words the source never printed', sourceText: 'Something else entirely.' } });
    const detail = await getPublishedClaimBySlug(claim.slug);
    assert.equal(detail?.claim.verified, false);
  });

  test('runs the same number of queries for 1 counter-statement as for 12 (no N+1)', async () => {
    const organization = await makeOrganization({ countryCode: 'GB' });
    const small = await makeClaim();
    await makeRebuttal(small, { statement: { organization } });
    const large = await makeClaim();
    for (let i = 0; i < 12; i++) await makeRebuttal(large, { statement: { organization: await makeOrganization({ countryCode: i % 2 ? 'FR' : null }) } });

    const smallQueries = await countQueries(() => getPublishedClaimBySlug(small.slug));
    const largeQueries = await countQueries(() => getPublishedClaimBySlug(large.slug));
    assert.ok(smallQueries > 0);
    assert.equal(largeQueries, smallQueries);
  });
});

describe('claim lists', () => {
  test('listPublishedClaims includes published claims only, with rebuttal counts', async () => {
    const published = await makeClaim();
    await makeRebuttal(published);
    const draft = await makeClaim({ status: 'DRAFT' });
    const slugs = new Map((await listPublishedClaims()).map((claim) => [claim.slug, claim]));
    assert.equal(slugs.get(published.slug)?.rebuttalCount, 1);
    assert.equal(slugs.has(draft.slug), false);
  });

  test('listPublishedClaims puts the most recently said claim first', async () => {
    const older = await makeClaim({ statement: { saidOn: new Date('2000-01-01') } });
    const newer = await makeClaim({ statement: { saidOn: new Date('2000-01-02') } });
    const order = (await listPublishedClaims()).map((claim) => claim.slug);
    assert.ok(order.indexOf(newer.slug) < order.indexOf(older.slug));
  });

  test('getMostRebuttedClaims orders by published counter-statements and leaves out unanswered claims', async () => {
    const many = await makeClaim();
    for (let i = 0; i < 25; i++) await makeRebuttal(many);
    const unanswered = await makeClaim();
    const top = await getMostRebuttedClaims(100);
    assert.equal(top[0]?.slug, many.slug);
    assert.equal(top.some((claim) => claim.slug === unanswered.slug), false);
  });
});
