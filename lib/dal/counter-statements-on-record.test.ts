import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { FieldError } from '../errors';
import { makeClaim, makeOrganization, makePerson, makeSource, makeUser } from '../testing/factories';
import { proposalForm } from '../testing/proposal-form';
import {
  counterStatementSchema,
  type CounterStatementField,
  type CounterStatementInput,
} from '../validation/counter-statements';
import { proposeCounterStatement } from './counter-statements';
import { approveSubmission, rejectSubmission } from './submissions';

const request = { ip: '192.0.2.46', userAgent: 'test' };

// Proposals that use what is on record: a source chosen from the record, whose stored text the
// quote is checked against, and a passage of it that may be a statement already.

after(() => disconnectDb());

const isFieldError = (field: CounterStatementField) => (error: unknown) =>
  error instanceof FieldError && error.field === field;

/** A published person with a published role, and a published source holding a quote of theirs. */
async function recordedSpeakerAndSource() {
  const person = await makePerson();
  const role = await db.role.create({ data: { personId: person.id, title: 'Minister' } });
  const quote = `We have not won, ${randomUUID().slice(0, 8)}, not yet`;
  const source = await makeSource(`Paris. The minister said: \u201c${quote}.\u201d Then she left.`);
  return { person, role, source, quote };
}

/** The form as sent for a quote of `sourceId` by `personId`: no new source, the pasted-text field left empty. */
function onRecord(
  fields: { personId: string; sourceId: string; quote: string } & Partial<Record<CounterStatementField, string>>,
): CounterStatementInput {
  return counterStatementSchema.parse({
    ...proposalForm(randomUUID()),
    speakerKind: 'person',
    sourceChoice: 'existing',
    sourceText: '',
    ...fields,
  });
}

const statementOf = (counterStatementId: string) =>
  db.statement.findFirstOrThrow({ where: { counterStatements: { some: { id: counterStatementId } } } });
const counts = async () => ({
  people: await db.person.count(),
  roles: await db.role.count(),
  sources: await db.source.count(),
  statements: await db.statement.count(),
  counterStatements: await db.counterStatement.count(),
});

test("a quote from a source on record is checked against its stored text, never the browser's", async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const { person, source, quote } = await recordedSpeakerAndSource();
  const claim = await makeClaim();
  const before = await counts();
  // A forged text that holds the invented quote changes nothing: the stored text does not.
  const invented = onRecord({
    personId: person.id,
    sourceId: source.id,
    quote: 'We have won',
    sourceText: 'She said: We have won.',
  });
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input: invented }, contributor, request),
    isFieldError('quote'),
  );
  assert.deepEqual(await counts(), before);

  const { counterStatementId } = await proposeCounterStatement(
    { claimSlug: claim.slug, input: onRecord({ personId: person.id, sourceId: source.id, quote }) },
    contributor,
    request,
  );
  const statement = await statementOf(counterStatementId);
  assert.equal(statement.sourceId, source.id);
  assert.equal(source.archiveText.slice(statement.quoteStart!, statement.quoteEnd!), quote);
  assert.equal(await db.source.count(), before.sources, 'no source is added');
});

test('the same passage quoted for a second claim answers with the statement on record; for the same claim twice, it is a form error', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const { person, role, source, quote } = await recordedSpeakerAndSource();
  const [first, second] = [await makeClaim(), await makeClaim()];
  const answered = await proposeCounterStatement(
    { claimSlug: first.slug, input: onRecord({ personId: person.id, roleId: role.id, sourceId: source.id, quote }) },
    editor,
    request,
  );
  const recorded = await statementOf(answered.counterStatementId);

  // Quoted again with other white space, with no role named: the same passage.
  const before = await counts();
  const again = onRecord({
    personId: person.id,
    sourceId: source.id,
    quote: quote.replaceAll(' ', '  '),
    stance: 'QUALIFIES',
  });
  const reused = await proposeCounterStatement({ claimSlug: second.slug, input: again }, contributor, request);
  assert.equal((await statementOf(reused.counterStatementId)).id, recorded.id);
  assert.deepEqual(await counts(), { ...before, counterStatements: before.counterStatements + 1 });
  assert.equal(
    (await statementOf(reused.counterStatementId)).roleId,
    role.id,
    'the statement keeps its speaker and role',
  );

  // The same passage for the same claim again, awaiting review or published, is refused next to the quote.
  await assert.rejects(
    proposeCounterStatement({ claimSlug: second.slug, input: again }, contributor, request),
    isFieldError('quote'),
  );
  await assert.rejects(
    proposeCounterStatement({ claimSlug: first.slug, input: again }, editor, request),
    isFieldError('quote'),
  );
  assert.equal(await db.counterStatement.count(), before.counterStatements + 1);
});

test('a passage on record keeps its speaker: another person, a new person or another role is refused next to its field', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const { person, role, source, quote } = await recordedSpeakerAndSource();
  await proposeCounterStatement(
    {
      claimSlug: (await makeClaim()).slug,
      input: onRecord({ personId: person.id, roleId: role.id, sourceId: source.id, quote }),
    },
    editor,
    request,
  );
  const claim = await makeClaim();
  const other = await makePerson();
  const otherRole = await db.role.create({ data: { personId: person.id, title: 'Senator' } });
  const before = await counts();
  const propose = (fields: Partial<Record<CounterStatementField, string>>) =>
    proposeCounterStatement(
      { claimSlug: claim.slug, input: onRecord({ personId: person.id, sourceId: source.id, quote, ...fields }) },
      contributor,
      request,
    );
  await assert.rejects(propose({ personId: other.id }), isFieldError('personId'));
  await assert.rejects(propose({ roleId: otherRole.id }), isFieldError('roleId'));
  await assert.rejects(propose({ roleId: 'new', roleTitle: 'Envoy' }), isFieldError('roleId'));
  await assert.rejects(
    propose({ speakerKind: 'newPerson', newPersonName: `Someone ${randomUUID()}` }),
    isFieldError('newPersonName'),
  );
  await assert.rejects(
    propose({ speakerKind: 'organization', organizationId: (await makeOrganization()).id }),
    isFieldError('organizationId'),
  );
  assert.deepEqual(await counts(), before);
});

test('the passage that is the claim itself cannot answer it', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const claim = await makeClaim();
  const statement = await db.statement.findUniqueOrThrow({ where: { id: claim.statementId } });
  const input = onRecord({ personId: statement.speakerPersonId!, sourceId: statement.sourceId, quote: statement.text });
  await assert.rejects(
    proposeCounterStatement({ claimSlug: claim.slug, input }, editor, request),
    isFieldError('quote'),
  );
});

test("another contributor's source or person awaiting review, and ids that name nothing, are refused next to their fields", async () => {
  const author = await makeUser({ role: 'CONTRIBUTOR' });
  const stranger = await makeUser({ role: 'CONTRIBUTOR' });
  const pending = await proposeCounterStatement(
    { claimSlug: (await makeClaim()).slug, input: counterStatementSchema.parse(proposalForm(randomUUID())) },
    author,
    request,
  );
  const { speakerPersonId, sourceId } = await statementOf(pending.counterStatementId);
  const { person, source, quote } = await recordedSpeakerAndSource();
  const claim = await makeClaim();
  const before = await counts();
  const propose = (fields: Partial<Record<CounterStatementField, string>>) =>
    proposeCounterStatement(
      { claimSlug: claim.slug, input: onRecord({ personId: person.id, sourceId: source.id, quote, ...fields }) },
      stranger,
      request,
    );
  await assert.rejects(propose({ sourceId }), isFieldError('sourceId'));
  await assert.rejects(propose({ sourceId: randomUUID() }), isFieldError('sourceId'));
  await assert.rejects(propose({ personId: speakerPersonId! }), isFieldError('personId'));
  await assert.rejects(propose({ personId: randomUUID() }), isFieldError('personId'));
  await assert.rejects(
    propose({ speakerKind: 'organization', organizationId: randomUUID() }),
    isFieldError('organizationId'),
  );
  await assert.rejects(
    propose({ roleId: 'new', roleTitle: 'Envoy', roleOrganizationId: randomUUID() }),
    isFieldError('roleOrganizationId'),
  );
  assert.deepEqual(await counts(), before);
});

test('a contributor quotes their own source awaiting review again; rejecting one proposal leaves it waiting for the other, approving that one publishes it', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const first = await proposeCounterStatement(
    { claimSlug: (await makeClaim()).slug, input: counterStatementSchema.parse(proposalForm(randomUUID())) },
    contributor,
    request,
  );
  const { sourceId, speakerPersonId } = await statementOf(first.counterStatementId);
  const second = await proposeCounterStatement(
    {
      claimSlug: (await makeClaim()).slug,
      input: onRecord({ personId: speakerPersonId!, sourceId, quote: 'and left' }),
    },
    contributor,
    request,
  );
  await rejectSubmission(
    { kind: 'counterStatement', id: first.counterStatementId, note: 'Wrong claim.' },
    editor,
    request,
  );
  assert.equal((await db.source.findUniqueOrThrow({ where: { id: sourceId } })).status, 'SUBMITTED');
  assert.equal((await db.person.findUniqueOrThrow({ where: { id: speakerPersonId! } })).status, 'SUBMITTED');
  await approveSubmission({ kind: 'counterStatement', id: second.counterStatementId }, editor, request);
  assert.equal((await db.source.findUniqueOrThrow({ where: { id: sourceId } })).status, 'PUBLISHED');
  assert.equal((await db.person.findUniqueOrThrow({ where: { id: speakerPersonId! } })).status, 'PUBLISHED');
});

test('an editor who answers with a source awaiting review publishes it with the answer', async () => {
  const contributor = await makeUser({ role: 'CONTRIBUTOR' });
  const editor = await makeUser({ role: 'EDITOR' });
  const pending = await proposeCounterStatement(
    { claimSlug: (await makeClaim()).slug, input: counterStatementSchema.parse(proposalForm(randomUUID())) },
    contributor,
    request,
  );
  const { sourceId } = await statementOf(pending.counterStatementId);
  const person = await makePerson();
  const result = await proposeCounterStatement(
    { claimSlug: (await makeClaim()).slug, input: onRecord({ personId: person.id, sourceId, quote: 'and left' }) },
    editor,
    request,
  );
  assert.equal(result.status, 'PUBLISHED');
  assert.equal((await db.source.findUniqueOrThrow({ where: { id: sourceId } })).status, 'PUBLISHED');
});
