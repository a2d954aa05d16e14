import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { disconnectDb } from '../db';
import { AppError } from '../errors';
import { makeClaim, makeUser } from '../testing/factories';
import { findSimilarClaims } from './similar-claims';

after(() => disconnectDb());

// A word no other test writes, so that the claims found are this test's.
const word = () => `zqsimilar${randomUUID().replaceAll('-', '').slice(0, 10)}`;

test('a quote finds the published claims that say it, closest first, and never a draft', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const marker = word();
  const said = await makeClaim({
    summary: `The ${marker} campaign is over`,
    statement: { text: `We have won the ${marker} campaign, it is over` },
  });
  const draft = await makeClaim({
    status: 'DRAFT',
    statement: { text: `We have won the ${marker} campaign, it is over, really` },
  });
  const found = await findSimilarClaims(`we have won the ${marker} campaign`, contributor);
  assert.equal(found[0]?.slug, said.slug);
  assert.equal(found[0]?.summary, `The ${marker} campaign is over`);
  assert.match(found[0]!.claimant, /^Person /);
  assert.ok(!found.some((claim) => claim.slug === draft.slug));
});

test('too short a quote finds nothing, and a visitor may not ask', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  assert.deepEqual(await findSimilarClaims('we won', contributor), []);
  await assert.rejects(
    findSimilarClaims('we have won the campaign', null),
    (error: unknown) => error instanceof AppError && error.code === 'unauthenticated',
  );
});
