import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, FieldError, type AppErrorCode } from '../errors';
import { makePerson, makeUser } from '../testing/factories';
import { claimProposalForm } from '../testing/proposal-form';
import { claimProposalSchema, type ClaimProposalInput } from '../validation/claim-proposal';
import { getPublishedClaimHistoryOrNull } from './claim-history';
import { proposeClaim } from './claim-proposals';
import { getPublishedClaimBySlugOrNull } from './claims';
import { getPersonProfileOrNull } from './people';
import { getSourceByIdOrNull } from './sources';
import {
  approveSubmission,
  getSubmissionOrThrow,
  listOwnSubmissions,
  listSubmissionsForReview,
  rejectSubmission,
} from './submissions';

after(() => disconnectDb());

const request = { ip: '192.0.2.45', userAgent: 'test' };
const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const isFieldError = (field: string) => (error: unknown) => error instanceof FieldError && error.field === field;

/** A new claim as the action hands it to the DAL: a form parsed by the shared schema. */
function proposal(overrides: Partial<ReturnType<typeof claimProposalForm>> = {}): ClaimProposalInput {
  return claimProposalSchema.parse({ ...claimProposalForm(randomUUID()), ...overrides });
}

const countRows = async () => ({
  people: await db.person.count(),
  roles: await db.role.count(),
  sources: await db.source.count(),
  statements: await db.statement.count(),
  claims: await db.claim.count(),
  claimTopics: await db.claimTopic.count(),
  revisions: await db.revision.count(),
  auditEvents: await db.auditEvent.count(),
});

const claimWithRows = (id: string) =>
  db.claim.findUniqueOrThrow({
    where: { id },
    include: { topics: true, statement: { include: { speakerPerson: true, role: true, source: true } } },
  });

test('a visitor or a disabled account is refused, and nothing is written', async () => {
  const disabled = await makeUser({ role: 'EDITOR', disabled: true });
  const before = await countRows();
  await assert.rejects(proposeClaim(proposal(), null, request), isAppError('unauthenticated'));
  await assert.rejects(proposeClaim(proposal(), disabled, request), isAppError('forbidden'));
  assert.deepEqual(await countRows(), before);
});

test("a contributor's claim waits for review, invisible to readers with every row it brings, and has its first revision", async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const result = await proposeClaim(proposal({ roleTitle: 'Envoy' }), contributor, request);
  assert.equal(result.status, 'SUBMITTED');
  // Nothing readers see changed: no cached page is expired.
  assert.deepEqual(result.invalidates, []);
  const claim = await claimWithRows(result.claimId);
  assert.equal(claim.proposedById, contributor.id);
  assert.equal(claim.publishedAt, null);
  assert.equal(claim.version, 1);
  assert.equal(claim.statement.speakerPerson?.status, 'SUBMITTED');
  assert.equal(claim.statement.role?.status, 'SUBMITTED');
  assert.equal(claim.statement.source.status, 'SUBMITTED');
  // Readers see none of it: the claim page, its history, the speaker and the source answer "not found".
  assert.equal(await getPublishedClaimBySlugOrNull(claim.slug), null);
  assert.equal(await getPublishedClaimHistoryOrNull(claim.slug), null);
  assert.equal(await getPersonProfileOrNull(claim.statement.speakerPerson!.slug), null);
  assert.equal(await getSourceByIdOrNull(claim.statement.sourceId), null);
  assert.equal(await db.auditEvent.count({ where: { kind: 'PUBLICATION', actorId: contributor.id } }), 0);
  const revision = await db.revision.findUniqueOrThrow({
    where: { entityType_entityId_version: { entityType: 'CLAIM', entityId: claim.id, version: 1 } },
  });
  assert.equal(revision.actorId, contributor.id);
  assert.deepEqual(revision.snapshot, {
    summary: 'She will not sign the treaty',
    verdict: 'MOSTLY_FALSE',
    verdictExplanation: 'She signed it a week later.',
    topics: [],
    status: 'SUBMITTED',
    deleted: false,
  });
  // The contributor follows it; editors find it in the queue.
  assert.deepEqual(
    (await listOwnSubmissions(contributor)).map((item) => [item.kind, item.id]),
    [['claim', claim.id]],
  );
  const queued = (await listSubmissionsForReview(editor)).find((item) => item.id === claim.id);
  assert.equal(queued?.kind, 'claim');
  assert.ok(queued?.excerpt, 'the queue shows where the quote was found');
});

test("an editor's claim is published at once, with its topics, a revision and an audit row", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const topic = await db.topic.create({ data: { slug: `topic-${randomUUID()}`, name: 'Proposed topic' } });
  const person = await makePerson({ name: `Jane Minister ${randomUUID().slice(0, 8)}` });
  const result = await proposeClaim(
    proposal({
      speakerKind: 'person',
      personId: person.id,
      newPersonName: '',
      topics: [topic.slug],
      saidOn: '2019-01-04',
    }),
    editor,
    request,
  );
  assert.equal(result.status, 'PUBLISHED');
  assert.ok(result.slug.startsWith('jane-minister-'), result.slug);
  assert.ok(result.slug.endsWith('-she-will-not-sign-the-treaty'), result.slug);
  const claim = await claimWithRows(result.claimId);
  assert.ok(claim.publishedAt);
  assert.equal(claim.reviewedById, editor.id);
  assert.deepEqual(
    claim.topics.map((row) => row.topicId),
    [topic.id],
  );
  assert.equal(claim.statement.source.status, 'PUBLISHED');
  const shown = await getPublishedClaimBySlugOrNull(result.slug);
  assert.equal(shown?.summary, 'She will not sign the treaty');
  // When it was said dates the claim (lists sort by it).
  assert.equal(claim.claimedOn.toISOString().slice(0, 10), '2019-01-04');
  assert.equal((await getPublishedClaimHistoryOrNull(result.slug))?.entries.length, 1);
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'PUBLICATION', actorId: editor.id } });
  assert.deepEqual(
    [event.detail, event.ip],
    [{ claimId: claim.id, claimSlug: result.slug, via: 'editor' }, request.ip],
  );
});

test('a failure halfway through leaves nothing behind', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const first = proposal();
  await proposeClaim(first, editor, request);
  const before = await countRows();
  // The same pasted text again: refused after the new speaker was written, so that must roll back.
  await assert.rejects(
    proposeClaim({ ...proposal(), sourceText: first.sourceText }, editor, request),
    isFieldError('sourceText'),
  );
  await assert.rejects(proposeClaim(proposal({ topics: ['no-such-topic'] }), editor, request), isFieldError('topics'));
  assert.deepEqual(await countRows(), before);
});

test('a quote not found verbatim is refused for a contributor, as for counter-statements', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const before = await countRows();
  await assert.rejects(
    proposeClaim(proposal({ quote: 'we will sign it', unverifiedReason: 'Trust me.' }), contributor, request),
    isFieldError('quote'),
  );
  assert.deepEqual(await countRows(), before);
});

test("a slug another claim has, or once had, is not taken again: the new claim's is numbered", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const person = await makePerson({ name: `Slug Person ${randomUUID().slice(0, 8)}` });
  const same = () => proposal({ speakerKind: 'person', personId: person.id, newPersonName: '' });
  const first = await proposeClaim(same(), editor, request);
  const second = await proposeClaim(same(), editor, request);
  assert.equal(second.slug, `${first.slug}-2`);
  // The first claim moves to a new address: its old one now redirects to it and stays reserved.
  await db.claim.update({ where: { id: first.claimId }, data: { slug: `moved-${randomUUID()}` } });
  await db.claim.update({ where: { id: second.claimId }, data: { slug: `moved-${randomUUID()}` } });
  const third = await proposeClaim(same(), editor, request);
  assert.equal(third.slug, `${first.slug}-3`);
});

test('an editor approves a claim: a new version, published with the rows it brought, audited; a second decision is refused', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const { claimId, slug } = await proposeClaim(proposal({ roleTitle: 'Envoy' }), contributor, request);
  await assert.rejects(
    approveSubmission({ kind: 'claim', id: claimId }, contributor, request),
    isAppError('forbidden'),
  );
  await assert.rejects(approveSubmission({ kind: 'claim', id: claimId }, null, request), isAppError('unauthenticated'));
  const approved = await approveSubmission({ kind: 'claim', id: claimId }, editor, request);
  // Now they do: its page (cached as "not found" until now) and the lists.
  assert.deepEqual(approved.invalidates, [`claim:${claimId}`, 'claims']);
  const claim = await claimWithRows(claimId);
  assert.equal(claim.status, 'PUBLISHED');
  assert.ok(claim.publishedAt);
  assert.equal(claim.reviewedById, editor.id);
  assert.equal(claim.version, 2);
  assert.equal(claim.statement.speakerPerson?.status, 'PUBLISHED');
  assert.equal(claim.statement.role?.status, 'PUBLISHED');
  assert.equal(claim.statement.source.status, 'PUBLISHED');
  assert.ok(await getPublishedClaimBySlugOrNull(slug));
  const history = await getPublishedClaimHistoryOrNull(slug);
  assert.deepEqual(
    history?.entries.map((entry) => entry.version),
    [2, 1],
  );
  assert.deepEqual(
    history?.entries[0]?.changes.map((change) => [change.field, change.before, change.after]),
    [['status', 'submitted for review', 'published']],
  );
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'PUBLICATION', actorId: editor.id } });
  assert.deepEqual([event.detail, event.ip], [{ claimId, claimSlug: slug, via: 'review' }, request.ip]);
  await assert.rejects(
    rejectSubmission({ kind: 'claim', id: claimId, note: 'Too late.' }, editor, request),
    isAppError('conflict'),
  );
});

test('two editors deciding on the same claim at once: exactly one wins', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const { claimId } = await proposeClaim(proposal(), contributor, request);
  const results = await Promise.allSettled([
    approveSubmission({ kind: 'claim', id: claimId }, first, request),
    rejectSubmission({ kind: 'claim', id: claimId, note: 'Not a claim of fact.' }, second, request),
  ]);
  assert.equal(results.filter((result) => result.status === 'fulfilled').length, 1);
  const refused = results.find((result) => result.status === 'rejected');
  assert.ok(refused && isAppError('conflict')(refused.reason));
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  assert.equal(claim.version, 2, 'one decision, one new version');
  assert.equal(await db.revision.count({ where: { entityType: 'CLAIM', entityId: claimId } }), 2);
  assert.equal(await db.auditEvent.count({ where: { detail: { path: ['claimId'], equals: claimId } } }), 1);
});

test('a rejected claim stays unpublished with the rows it brought; the contributor reads the note', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const { claimId, slug } = await proposeClaim(proposal(), contributor, request);
  await assert.rejects(
    rejectSubmission({ kind: 'claim', id: claimId, note: 'No.' }, contributor, request),
    isAppError('forbidden'),
  );
  await assert.rejects(
    rejectSubmission({ kind: 'claim', id: claimId, note: ' ' }, editor, request),
    isAppError('conflict'),
  );
  await rejectSubmission({ kind: 'claim', id: claimId, note: 'The source is satire.' }, editor, request);
  const [own] = await listOwnSubmissions(contributor);
  assert.equal(own?.kind, 'claim');
  assert.equal(own?.status, 'REJECTED');
  assert.equal(own?.reviewNote, 'The source is satire.');
  assert.equal(await getPublishedClaimBySlugOrNull(slug), null);
  const claim = await claimWithRows(claimId);
  assert.equal(claim.statement.source.status, 'REJECTED');
  assert.equal(claim.statement.speakerPerson?.status, 'REJECTED');
  assert.equal(
    (await listSubmissionsForReview(editor)).some((item) => item.id === claimId),
    false,
  );
});

test("a contributor reads their own proposed claim only; an editor reads anyone's", async () => {
  const author = await makeUser({ role: 'CONTRIBUTOR' });
  const stranger = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const { claimId } = await proposeClaim(proposal(), author, request);
  assert.equal((await getSubmissionOrThrow(claimId, author)).id, claimId);
  assert.equal((await getSubmissionOrThrow(claimId, editor)).id, claimId);
  await assert.rejects(getSubmissionOrThrow(claimId, stranger), isAppError('not_found'));
  assert.deepEqual(
    (await listOwnSubmissions(stranger)).map((item) => item.id),
    [],
  );
});
