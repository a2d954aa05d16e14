import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { makeClaim, makeStatement } from '../testing/factories';
import { findCurrentClaimSlug } from './claim-slug-redirects';

after(() => disconnectDb());

const rename = (id: string, slug: string) => db.claim.update({ where: { id }, data: { slug } });

describe('claim slug history (database triggers)', () => {
  test('a renamed claim leaves its old slug pointing at the current one, through several renames', async () => {
    const claim = await makeClaim();
    await rename(claim.id, `${claim.slug}-second`);
    await rename(claim.id, `${claim.slug}-third`);

    assert.equal(await findCurrentClaimSlug(claim.slug), `${claim.slug}-third`);
    assert.equal(await findCurrentClaimSlug(`${claim.slug}-second`), `${claim.slug}-third`);
    assert.equal(await findCurrentClaimSlug(`${claim.slug}-third`), null, 'the current slug is no redirect');
  });

  test('a claim may take back its own old slug, which then stops redirecting', async () => {
    const claim = await makeClaim();
    await rename(claim.id, `${claim.slug}-renamed`);
    await rename(claim.id, claim.slug);

    assert.equal(await findCurrentClaimSlug(claim.slug), null);
    assert.equal(await findCurrentClaimSlug(`${claim.slug}-renamed`), claim.slug);
  });

  test('another claim cannot take a slug that is reserved as an old one, on insert or on update', async () => {
    const first = await makeClaim();
    await rename(first.id, `${first.slug}-renamed`);
    const second = await makeClaim();

    // unique_violation, so that a writer sees the same P2002 conflict as for a slug in use.
    await assert.rejects(rename(second.id, first.slug), { code: 'P2002' });
    const statement = await makeStatement();
    await assert.rejects(
      db.claim.create({ data: { slug: first.slug, statementId: statement.id, summary: 'x', verdictExplanation: 'x' } }),
      { code: 'P2002' },
    );
    assert.equal(
      await findCurrentClaimSlug(first.slug),
      `${first.slug}-renamed`,
      'the old link still leads to its claim',
    );
  });

  test('an update that leaves the slug alone records nothing', async () => {
    const claim = await makeClaim();
    await db.claim.update({ where: { id: claim.id }, data: { summary: 'Reworded summary', slug: claim.slug } });
    assert.equal(await db.claimSlugRedirect.count({ where: { claimId: claim.id } }), 0);
  });

  test('an old slug of a draft claim leads nowhere, and unknown slugs are null', async () => {
    const draft = await makeClaim({ status: 'DRAFT' });
    await rename(draft.id, `${draft.slug}-renamed`);
    assert.equal(await findCurrentClaimSlug(draft.slug), null);
    assert.equal(await findCurrentClaimSlug('no-such-slug'), null);
  });
});
