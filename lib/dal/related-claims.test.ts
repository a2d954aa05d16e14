import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { claimTag } from '../cache/tags';
import { MAX_RELATED_CLAIMS } from '../domain/related-claims';
import { FieldError, ForbiddenError, InvalidError, UnauthenticatedError } from '../errors';
import { makeClaim, makeUser } from '../testing/factories';
import { refusalOf } from '../testing/refusals';
import {
  getPublishedRelatedClaims,
  getRelatedClaimsForEdit,
  linkRelatedClaims,
  unlinkRelatedClaims,
} from './related-claims';

after(() => disconnectDb());

const slugsRelatedTo = async (claimId: string) =>
  (await getPublishedRelatedClaims(claimId)).claims.map((claim) => claim.slug);

test('an editor links two claims: both pages show the other, the audit log records it, and both claims are invalidated', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const [a, b] = [await makeClaim(), await makeClaim()];
  const result = await linkRelatedClaims({ claimId: b.id, relatedClaimSlug: a.slug }, editor);
  assert.deepEqual(result.invalidates, [claimTag(b.id), claimTag(a.id)]);
  assert.deepEqual(await slugsRelatedTo(a.id), [b.slug]);
  assert.deepEqual(await slugsRelatedTo(b.id), [a.slug]);
  const link = await db.relatedClaim.findFirstOrThrow({
    where: { OR: [{ firstClaimId: a.id }, { secondClaimId: a.id }] },
  });
  assert.equal(link.linkedById, editor.id);
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'CLAIMS_LINKED', actorId: editor.id } });
  assert.deepEqual(event.detail, { claim: b.slug, relatedClaim: a.slug });
});

test('an editor unlinks two claims from either side: neither page shows the other any more', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const [a, b] = [await makeClaim(), await makeClaim()];
  await linkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, editor);
  const result = await unlinkRelatedClaims({ claimId: b.id, relatedClaimSlug: a.slug }, editor);
  assert.deepEqual(result.invalidates, [claimTag(b.id), claimTag(a.id)]);
  assert.deepEqual(await slugsRelatedTo(a.id), []);
  assert.deepEqual(await slugsRelatedTo(b.id), []);
  assert.equal(await db.auditEvent.count({ where: { kind: 'CLAIMS_UNLINKED', actorId: editor.id } }), 1);
  const again = await refusalOf(unlinkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, editor), InvalidError);
  assert.equal(again.field, 'relatedClaimSlug');
});

test('signed out or a contributor: refused, nothing written', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const [a, b] = [await makeClaim(), await makeClaim()];
  await refusalOf(linkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, null), UnauthenticatedError);
  await refusalOf(linkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, contributor), ForbiddenError);
  await refusalOf(getRelatedClaimsForEdit(a.id, contributor), ForbiddenError);
  assert.deepEqual(await slugsRelatedTo(a.id), []);
  const editor = await makeUser({ role: 'EDITOR' });
  await linkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, editor);
  await refusalOf(unlinkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, contributor), ForbiddenError);
  assert.deepEqual(await slugsRelatedTo(a.id), [b.slug]);
});

test('the claim itself, a claim linked already (from either side), an unknown or unpublished claim: refused next to the picker', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const [a, b, draft] = [await makeClaim(), await makeClaim(), await makeClaim({ status: 'DRAFT' })];
  const self = await refusalOf(linkRelatedClaims({ claimId: a.id, relatedClaimSlug: a.slug }, editor), InvalidError);
  assert.match(self.message, /cannot be related to itself/);
  await linkRelatedClaims({ claimId: a.id, relatedClaimSlug: b.slug }, editor);
  const twice = await refusalOf(linkRelatedClaims({ claimId: b.id, relatedClaimSlug: a.slug }, editor), InvalidError);
  assert.match(twice.message, new RegExp(`already related to ${a.slug}`));
  for (const relatedClaimSlug of [draft.slug, 'no-such-claim']) {
    const refused = await refusalOf(linkRelatedClaims({ claimId: a.id, relatedClaimSlug }, editor), FieldError);
    assert.equal(refused.field, 'relatedClaimSlug');
    assert.equal(refused.code, 'not_found');
  }
  assert.equal(await db.relatedClaim.count({ where: { OR: [{ firstClaimId: a.id }, { secondClaimId: a.id }] } }), 1);
});

test('the database refuses a pair out of order or a claim with itself, whoever writes', async () => {
  const [a, b] = [await makeClaim(), await makeClaim()];
  const [first, second] = [a.id, b.id].sort() as [string, string];
  await assert.rejects(db.relatedClaim.create({ data: { firstClaimId: second, secondClaimId: first } }));
  await assert.rejects(db.relatedClaim.create({ data: { firstClaimId: first, secondClaimId: first } }));
});

test('readers see a related claim only while it is published; its tag stays on the page so that publishing it shows it', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const other = await makeClaim();
  await linkRelatedClaims({ claimId: claim.id, relatedClaimSlug: other.slug }, editor);
  await db.claim.update({ where: { id: other.id }, data: { status: 'DRAFT' } });
  const related = await getPublishedRelatedClaims(claim.id);
  assert.deepEqual(related.claims, []);
  assert.deepEqual(related.linkedClaimIds, [other.id]);
  // The editor still sees (and may unlink) it.
  assert.deepEqual(
    (await getRelatedClaimsForEdit(claim.id, editor)).map((row) => [row.slug, row.status]),
    [[other.slug, 'DRAFT']],
  );
});

test(`a claim is related to at most ${MAX_RELATED_CLAIMS} claims`, async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  for (let i = 0; i < MAX_RELATED_CLAIMS; i++)
    await linkRelatedClaims({ claimId: claim.id, relatedClaimSlug: (await makeClaim()).slug }, editor);
  const refused = await refusalOf(
    linkRelatedClaims({ claimId: claim.id, relatedClaimSlug: (await makeClaim()).slug }, editor),
    InvalidError,
  );
  assert.match(refused.message, /unlink one first/);
});
