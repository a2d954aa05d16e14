import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { parseIsoDay } from '../domain/dates';
import { saidTimesLabel } from '../domain/appearances';
import { AppError, FieldError, type AppErrorCode } from '../errors';
import { makeClaim, makePerson, makeSource, makeStatement, makeUser } from '../testing/factories';
import { repetitionForm } from '../testing/proposal-form';
import {
  claimAppearanceSchema,
  type ClaimAppearanceField,
  type ClaimAppearanceInput,
} from '../validation/claim-appearances';
import { recordClaimAppearance } from './claim-appearances';
import { findPublishedClaims, getPublishedClaimBySlugOrNull } from './claims';
import { getPersonProfileOrNull } from './people';
import { getSourceByIdOrNull } from './sources';

after(() => disconnectDb());

const request = { ip: '192.0.2.45', userAgent: 'test' };
const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const isFieldError = (field: string, code: AppErrorCode) => (error: unknown) =>
  error instanceof FieldError && error.field === field && error.code === code;

/** A repetition as the action hands it to the DAL: a form parsed by the shared schema. */
function repetition(overrides: Partial<Record<ClaimAppearanceField, string>> = {}): ClaimAppearanceInput {
  return claimAppearanceSchema.parse({ ...repetitionForm(randomUUID()), ...overrides });
}

/** A published claim said by a person in December 2018 (known to the month only), and a later interview of theirs on record. */
async function claimSaidInDecember() {
  const person = await makePerson();
  const claim = await makeClaim({
    statement: { person, saidOn: parseIsoDay('2018-12-01'), saidOnPrecision: 'MONTH' },
  });
  const source = await makeSource(`Interview ${randomUUID()}. He said: "We have won against them." Then he left.`);
  const input = repetition({
    speakerKind: 'person',
    personId: person.id,
    newPersonName: '',
    sourceChoice: 'existing',
    sourceId: source.id,
    quote: 'We have won against them.',
    saidOn: '2019-02-06',
  });
  return { person, claim, source, input };
}

const countRows = async () => ({
  appearances: await db.claimAppearance.count(),
  statements: await db.statement.count(),
  people: await db.person.count(),
  sources: await db.source.count(),
});

test("an editor's repetition is published at once: the claim is said 2 times, December 2018 to 6 February 2019", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { person, claim, source, input } = await claimSaidInDecember();
  const result = await recordClaimAppearance({ claimSlug: claim.slug, input }, editor, request);
  assert.deepEqual(result.invalidates, [`claim:${claim.id}`, 'claims']);

  const page = await getPublishedClaimBySlugOrNull(claim.slug);
  assert.equal(page?.appearances.count, 2);
  assert.equal(saidTimesLabel(page!.appearances), 'said 2 times, December 2018 to 6 February 2019');
  assert.equal(page.repetitions.length, 1);
  assert.equal(page.repetitions[0]!.statement.text, 'We have won against them.');
  assert.equal(page.repetitions[0]!.statement.source.id, source.id);
  assert.equal(page.repetitions[0]!.statement.verified, true);
  // The cards of the lists carry the same count and span.
  const { claims } = await findPublishedClaims({ person: person.slug });
  assert.deepEqual(
    claims.map((card) => [card.slug, saidTimesLabel(card.appearances)]),
    [[claim.slug, 'said 2 times, December 2018 to 6 February 2019']],
  );

  // The source now quotes a public statement, so readers may open it.
  assert.ok(await getSourceByIdOrNull(source.id));
  const audit = await db.auditEvent.findFirst({
    where: { kind: 'PUBLICATION', actorId: editor.id },
    orderBy: { createdAt: 'desc' },
  });
  assert.deepEqual(audit?.detail, {
    claimAppearanceId: result.claimAppearanceId,
    claimSlug: claim.slug,
    via: 'editor',
  });
  // The speaker's scorecard counts it.
  assert.equal((await getPersonProfileOrNull(person.slug))?.repetitionCount, 1);
  const statement = page.repetitions[0]!.statement;
  assert.equal(await db.revision.count({ where: { entityType: 'STATEMENT', entityId: statement.id } }), 1);
});

test('another speaker may repeat the claim, as a new person quoted from a new source', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  await recordClaimAppearance({ claimSlug: claim.slug, input: repetition() }, editor, request);
  const page = await getPublishedClaimBySlugOrNull(claim.slug);
  assert.equal(page?.appearances.count, 2);
  assert.match(page.repetitions[0]!.statement.speakerName, /^Speaker /);
  // Its date is unknown: it counts, and dates nothing.
  assert.equal(saidTimesLabel(page.appearances), 'said 2 times');
});

test('a repetition waiting for review, rejected, withdrawn or of a draft claim is never counted or listed', async () => {
  const claim = await makeClaim({ statement: { saidOn: parseIsoDay('2018-12-19') } });
  const draft = await makeClaim({ status: 'DRAFT' });
  for (const status of ['SUBMITTED', 'REJECTED', 'DRAFT'] as const) {
    const statement = await makeStatement({ saidOn: parseIsoDay('2020-01-01') });
    await db.claimAppearance.create({ data: { claimId: claim.id, statementId: statement.id, status } });
  }
  const statement = await makeStatement();
  await db.claimAppearance.create({
    data: { claimId: draft.id, statementId: statement.id, status: 'PUBLISHED' },
  });
  const page = await getPublishedClaimBySlugOrNull(claim.slug);
  assert.equal(page?.appearances.count, 1);
  assert.deepEqual(page.repetitions, []);
  assert.equal(saidTimesLabel(page.appearances), null);
  // The database refuses a withdrawn (deleted) repetition that is published.
  const deleted = await makeStatement();
  await assert.rejects(
    db.claimAppearance.create({
      data: { claimId: claim.id, statementId: deleted.id, status: 'PUBLISHED', deletedAt: new Date() },
    }),
  );
});

test('visitors and contributors may not record a repetition, and nothing is written', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const { claim, input } = await claimSaidInDecember();
  const before = await countRows();
  await assert.rejects(
    recordClaimAppearance({ claimSlug: claim.slug, input }, null, request),
    isAppError('unauthenticated'),
  );
  await assert.rejects(
    recordClaimAppearance({ claimSlug: claim.slug, input }, contributor, request),
    isAppError('forbidden'),
  );
  assert.deepEqual(await countRows(), before);
});

test('a quote not found verbatim in the source is refused without a reason, and nothing is written', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { claim, input } = await claimSaidInDecember();
  const before = await countRows();
  await assert.rejects(
    recordClaimAppearance(
      { claimSlug: claim.slug, input: { ...input, quote: 'We have lost against them.' } },
      editor,
      request,
    ),
    isFieldError('unverifiedReason', 'conflict'),
  );
  assert.deepEqual(await countRows(), before);
});

test('the claim itself, a passage recorded already, or a draft claim are refused', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const { claim, input } = await claimSaidInDecember();
  await recordClaimAppearance({ claimSlug: claim.slug, input }, editor, request);
  await assert.rejects(
    recordClaimAppearance({ claimSlug: claim.slug, input }, editor, request),
    isFieldError('quote', 'conflict'),
  );

  const own = await db.statement.findUniqueOrThrow({
    where: { id: claim.statementId },
    select: { text: true, sourceId: true, speakerPersonId: true, roleId: true },
  });
  await assert.rejects(
    recordClaimAppearance(
      {
        claimSlug: claim.slug,
        input: {
          ...input,
          sourceId: own.sourceId,
          quote: own.text,
          personId: own.speakerPersonId!,
          roleId: own.roleId!,
        },
      },
      editor,
      request,
    ),
    isFieldError('quote', 'conflict'),
  );

  const draft = await makeClaim({ status: 'DRAFT' });
  await assert.rejects(
    recordClaimAppearance({ claimSlug: draft.slug, input: repetition() }, editor, request),
    isAppError('not_found'),
  );
  const page = await getPublishedClaimBySlugOrNull(claim.slug);
  assert.equal(page?.appearances.count, 2);
});
