import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError, FieldError, type AppErrorCode } from '../errors';
import { makeClaim, makeOrganization, makePerson, makeUser } from '../testing/factories';
import { proposalForm } from '../testing/proposal-form';
import {
  counterStatementSchema,
  type CounterStatementField,
  type CounterStatementInput,
} from '../validation/counter-statements';
import { getPublishedClaimBySlugOrNull } from './claims';
import { proposeCounterStatement } from './counter-statements';
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

/** Where the acting editor's request came from: the audit rows of publications and rejections keep it. */
const request = { ip: '192.0.2.44', userAgent: 'test' };
const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const isFieldError = (field: string) => (error: unknown) => error instanceof FieldError && error.field === field;

/** A proposal as the action hands it to the DAL: a form parsed by the shared schema. */
function proposal(overrides: Partial<Record<CounterStatementField, string>> = {}): CounterStatementInput {
  return counterStatementSchema.parse({ ...proposalForm(randomUUID()), ...overrides });
}

const countRows = async () => ({
  people: await db.person.count(),
  roles: await db.role.count(),
  sources: await db.source.count(),
  statements: await db.statement.count(),
  counterStatements: await db.counterStatement.count(),
});

test('a visitor is refused, and nothing is written', async () => {
  const claim = await makeClaim();
  const before = await countRows();
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input: proposal() }, null, request),
    isAppError('unauthenticated'),
  );
  await assert.rejects(listOwnSubmissions(null), isAppError('unauthenticated'));
  assert.deepEqual(await countRows(), before);
});

test("a contributor's proposal waits for review, with every row it brings hidden from readers", async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const claim = await makeClaim();
  const input = proposal({ roleTitle: 'Envoy' });
  const result = await proposeCounterStatement({ claimSlug: claim.slug, input }, contributor, request);
  assert.equal(result.status, 'SUBMITTED');
  const counterStatement = await db.counterStatement.findUniqueOrThrow({
    where: { id: result.counterStatementId },
    include: { statement: { include: { speakerPerson: true, source: true, role: true } } },
  });
  assert.equal(counterStatement.proposedById, contributor.id);
  assert.equal(counterStatement.statement.speakerPerson?.status, 'SUBMITTED');
  assert.equal(counterStatement.statement.role?.status, 'SUBMITTED');
  assert.equal(counterStatement.statement.source.status, 'SUBMITTED');
  // The quote is located in the text as pasted, line break and curly quotes included.
  assert.equal(
    counterStatement.statement.source.archiveText.slice(
      counterStatement.statement.quoteStart!,
      counterStatement.statement.quoteEnd!,
    ),
    '\u201cwe  will not\nsign it\u201d',
  );
  // Readers see none of it.
  assert.equal((await getPublishedClaimBySlugOrNull(claim.slug))!.counterStatementCount, 0);
  assert.equal(await getPersonProfileOrNull(counterStatement.statement.speakerPerson!.slug), null);
  assert.equal(await getSourceByIdOrNull(counterStatement.statement.sourceId), null);
  // No publication was audited.
  assert.equal(await db.auditEvent.count({ where: { kind: 'PUBLICATION', actorId: contributor.id } }), 0);
});

test('a quote not found verbatim is refused for a contributor, and for an editor without a reason', async () => {
  const claim = await makeClaim();
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const before = await countRows();
  const unverified = proposal({ quote: 'we will sign it' });
  await assert.rejects(
    proposeCounterStatement(
      { claimSlug: claim.slug, input: { ...unverified, unverifiedReason: 'The video says so.' } },
      contributor,
      request,
    ),
    isFieldError('quote'),
  );
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input: unverified }, editor, request),
    isFieldError('unverifiedReason'),
  );
  assert.deepEqual(await countRows(), before);
  // An editor with a reason saves it, published and shown to readers as unverified.
  const result = await proposeCounterStatement(
    { claimSlug: claim.slug, input: { ...unverified, unverifiedReason: 'Transcribed from the video.' } },
    editor,
    request,
  );
  assert.equal(result.status, 'PUBLISHED');
  const statement = await db.statement.findFirstOrThrow({
    where: { counterStatements: { some: { id: result.counterStatementId } } },
  });
  assert.equal(statement.quoteStart, null);
  assert.equal(statement.unverifiedReason, 'Transcribed from the video.');
  const shown = (await getPublishedClaimBySlugOrNull(claim.slug))!.counterStatementGroups.flatMap(
    (group) => group.items,
  );
  assert.equal(shown.find((item) => item.id === result.counterStatementId)?.statement.verified, false);
  const publications = await db.auditEvent.findMany({ where: { kind: 'PUBLICATION', actorId: editor.id } });
  assert.deepEqual(
    publications.map((event) => [event.detail, event.ip]),
    [[{ counterStatementId: result.counterStatementId, claimSlug: claim.slug, via: 'editor' }, request.ip]],
  );
});

test('a failure halfway through leaves nothing behind', async () => {
  const claim = await makeClaim();
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const before = await countRows();
  // The new person is written first; the role's organization does not exist, so the role fails after it.
  await assert.rejects(
    proposeCounterStatement(
      { claimSlug: claim.slug, input: proposal({ roleTitle: 'Envoy', roleOrganizationId: randomUUID() }) },
      contributor,
      request,
    ),
    isAppError('not_found'),
  );
  assert.deepEqual(await countRows(), before);
});

test('a new person whose name is taken, a role of someone else, and a text archived already are refused next to their fields', async () => {
  const claim = await makeClaim();
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const existing = await makePerson();
  await assert.rejects(
    proposeCounterStatement(
      { claimSlug: claim.slug, input: proposal({ newPersonName: existing.name }) },
      contributor,
      request,
    ),
    isFieldError('newPersonName'),
  );
  const other = await makePerson();
  const othersRole = await db.role.create({ data: { personId: other.id, title: 'Mayor' } });
  await assert.rejects(
    proposeCounterStatement(
      {
        claimSlug: claim.slug,
        input: proposal({ speakerKind: 'person', personId: existing.id, roleId: othersRole.id }),
      },
      contributor,
      request,
    ),
    isFieldError('roleId'),
  );
  const first = proposal();
  await proposeCounterStatement({ claimSlug: claim.slug, input: first }, contributor, request);
  await assert.rejects(
    proposeCounterStatement(
      { claimSlug: claim.slug, input: proposal({ sourceText: first.sourceText }) },
      contributor,
      request,
    ),
    isFieldError('sourceText'),
  );
});

test('an organization may speak for itself; an unpublished claim cannot be answered', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const organization = await makeOrganization();
  const claim = await makeClaim();
  const result = await proposeCounterStatement(
    { claimSlug: claim.slug, input: proposal({ speakerKind: 'organization', organizationId: organization.id }) },
    editor,
    request,
  );
  const statement = await db.statement.findFirstOrThrow({
    where: { counterStatements: { some: { id: result.counterStatementId } } },
  });
  assert.equal(statement.speakerOrganizationId, organization.id);
  const draft = await makeClaim({ status: 'DRAFT' });
  await assert.rejects(
    proposeCounterStatement({ claimSlug: draft.slug, input: proposal() }, editor, request),
    isAppError('not_found'),
  );
});

test('an editor approves a submission: it and the rows it brought are published together, with an audit row', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const { counterStatementId } = await proposeCounterStatement(
    { claimSlug: claim.slug, input: proposal({ roleTitle: 'Envoy' }) },
    contributor,
    request,
  );
  const queue = await listSubmissionsForReview(editor);
  const queued = queue.find((item) => item.id === counterStatementId);
  assert.ok(queued?.excerpt, 'the queue shows where the quote was found');
  assert.deepEqual(
    queue.map((item) => item.createdAt.getTime()),
    queue.map((item) => item.createdAt.getTime()).sort((a, b) => a - b),
    'oldest first',
  );

  await assert.rejects(
    approveSubmission({ kind: 'counterStatement', id: counterStatementId }, contributor, request),
    isAppError('forbidden'),
  );
  await assert.rejects(
    approveSubmission({ kind: 'counterStatement', id: counterStatementId }, null, request),
    isAppError('unauthenticated'),
  );
  await approveSubmission({ kind: 'counterStatement', id: counterStatementId }, editor, request);
  const counterStatement = await db.counterStatement.findUniqueOrThrow({
    where: { id: counterStatementId },
    include: { statement: { include: { speakerPerson: true, role: true, source: true } } },
  });
  assert.equal(counterStatement.status, 'PUBLISHED');
  assert.equal(counterStatement.reviewedById, editor.id);
  assert.equal(counterStatement.statement.speakerPerson?.status, 'PUBLISHED');
  assert.equal(counterStatement.statement.role?.status, 'PUBLISHED');
  assert.equal(counterStatement.statement.source.status, 'PUBLISHED');
  assert.equal((await getPublishedClaimBySlugOrNull(claim.slug))!.counterStatementCount, 1);
  assert.ok(await getPersonProfileOrNull(counterStatement.statement.speakerPerson!.slug));
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'PUBLICATION', actorId: editor.id } });
  assert.deepEqual(
    [event.detail, event.ip],
    [{ counterStatementId, claimSlug: claim.slug, via: 'review' }, request.ip],
  );
  // Deciding twice is refused.
  await assert.rejects(
    rejectSubmission({ kind: 'counterStatement', id: counterStatementId, note: 'Too late.' }, editor, request),
    isAppError('conflict'),
  );

  // The counter-statement's history: proposed by the contributor, approved by the editor; and its quote's first version.
  const revisions = await db.revision.findMany({
    where: { entityType: 'COUNTER_STATEMENT', entityId: counterStatementId },
    orderBy: { version: 'asc' },
  });
  assert.deepEqual(
    revisions.map((revision) => [
      revision.version,
      revision.actorId,
      revision.reason,
      (revision.snapshot as { status: string }).status,
    ]),
    [
      [1, contributor.id, null, 'SUBMITTED'],
      [2, editor.id, 'Approved in review.', 'PUBLISHED'],
    ],
  );
  assert.equal(
    await db.revision.count({
      where: { entityType: 'STATEMENT', entityId: counterStatement.statementId, version: 1, actorId: contributor.id },
    }),
    1,
  );
  // The person and the source the proposal brought have their first revision too, by the contributor.
  assert.equal(
    await db.revision.count({
      where: {
        entityType: 'PERSON',
        entityId: counterStatement.statement.speakerPersonId!,
        version: 1,
        actorId: contributor.id,
      },
    }),
    1,
  );
  assert.equal(
    await db.revision.count({
      where: {
        entityType: 'SOURCE',
        entityId: counterStatement.statement.sourceId,
        version: 1,
        actorId: contributor.id,
      },
    }),
    1,
  );
});

test('two editors deciding one submission at once: one decision stands, the other is told it was decided', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const { counterStatementId } = await proposeCounterStatement(
    { claimSlug: (await makeClaim()).slug, input: proposal() },
    contributor,
    request,
  );
  const outcomes = await Promise.allSettled([
    approveSubmission({ kind: 'counterStatement', id: counterStatementId }, first, request),
    rejectSubmission({ kind: 'counterStatement', id: counterStatementId, note: 'Off topic.' }, second, request),
  ]);
  assert.deepEqual(outcomes.map((outcome) => outcome.status).sort(), ['fulfilled', 'rejected']);
  const refused = outcomes.find((outcome) => outcome.status === 'rejected') as PromiseRejectedResult;
  assert.ok(isAppError('conflict')(refused.reason), String(refused.reason));
  assert.equal(
    await db.revision.count({ where: { entityType: 'COUNTER_STATEMENT', entityId: counterStatementId } }),
    2,
  );
});

test('a rejection needs a note, which the contributor reads; the review queue is for editors only', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const { counterStatementId } = await proposeCounterStatement(
    { claimSlug: claim.slug, input: proposal() },
    contributor,
    request,
  );
  await assert.rejects(listSubmissionsForReview(contributor), isAppError('forbidden'));
  await assert.rejects(
    rejectSubmission({ kind: 'counterStatement', id: counterStatementId, note: 'No.' }, contributor, request),
    isAppError('forbidden'),
  );
  await assert.rejects(
    rejectSubmission({ kind: 'counterStatement', id: counterStatementId, note: '  ' }, editor, request),
    isAppError('conflict'),
  );
  await rejectSubmission(
    { kind: 'counterStatement', id: counterStatementId, note: 'The source is an opinion column.' },
    editor,
    request,
  );
  const [own] = await listOwnSubmissions(contributor);
  assert.equal(own?.status, 'REJECTED');
  assert.equal(own?.reviewNote, 'The source is an opinion column.');
  const [rejection, ...more] = await db.auditEvent.findMany({ where: { kind: 'REJECTION', actorId: editor.id } });
  assert.deepEqual(
    [rejection?.detail, rejection?.ip, more.length],
    [{ counterStatementId, claimSlug: claim.slug, via: 'review' }, request.ip, 0],
  );
  assert.equal((await getPublishedClaimBySlugOrNull(claim.slug))!.counterStatementCount, 0);
});

test("a contributor reads their own submissions only; an editor reads anyone's", async () => {
  const author = await makeUser({ role: 'CONTRIBUTOR' });
  const stranger = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const { counterStatementId } = await proposeCounterStatement(
    { claimSlug: claim.slug, input: proposal() },
    author,
    request,
  );
  assert.equal((await getSubmissionOrThrow(counterStatementId, author)).id, counterStatementId);
  assert.equal((await getSubmissionOrThrow(counterStatementId, editor)).id, counterStatementId);
  await assert.rejects(getSubmissionOrThrow(counterStatementId, stranger), isAppError('not_found'));
  await assert.rejects(getSubmissionOrThrow(counterStatementId, null), isAppError('unauthenticated'));
  await assert.rejects(getSubmissionOrThrow('not-a-uuid', author), isAppError('not_found'));
  assert.deepEqual(
    (await listOwnSubmissions(stranger)).map((item) => item.id),
    [],
  );
});

test('an editor names an organization not on record as the speaker; a contributor is refused next to the field, and a name on record is refused', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const claim = await makeClaim();
  const name = `Harbour Authority ${randomUUID()}`;
  const asNewOrganization = () =>
    proposal({ speakerKind: 'newOrganization', newOrganizationName: name, newOrganizationKind: 'OTHER' });

  const before = await countRows();
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input: asNewOrganization() }, contributor, request),
    isFieldError('newOrganizationName'),
  );
  assert.deepEqual(await countRows(), before);

  const result = await proposeCounterStatement({ claimSlug: claim.slug, input: asNewOrganization() }, editor, request);
  const written = await db.counterStatement.findUniqueOrThrow({
    where: { id: result.counterStatementId },
    select: { statement: { select: { speakerOrganization: { select: { name: true, kind: true } } } } },
  });
  assert.deepEqual(written.statement.speakerOrganization, { name, kind: 'OTHER' });
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input: asNewOrganization() }, editor, request),
    (error: unknown) => isFieldError('newOrganizationName')(error) && (error as FieldError).code === 'conflict',
  );
});
