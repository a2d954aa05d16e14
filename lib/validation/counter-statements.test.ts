import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { proposalForm } from '../testing/proposal-form';
import { counterStatementSchema } from './counter-statements';

const valid = proposalForm('test');

const errorsOf = (input: object) => {
  const result = counterStatementSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

test('a complete proposal parses, blank optional fields become undefined', () => {
  const parsed = counterStatementSchema.parse(valid);
  assert.equal(parsed.translation, undefined);
  assert.equal(parsed.personId, undefined);
  assert.equal(parsed.newPersonName, 'Speaker test');
});

test('only http and https URLs are accepted', () => {
  assert.ok(errorsOf({ ...valid, sourceUrl: 'javascript:alert(1)' }).sourceUrl);
  assert.ok(errorsOf({ ...valid, sourceUrl: 'ftp://example.org/a' }).sourceUrl);
  assert.ok(errorsOf({ ...valid, sourceUrl: 'not a url' }).sourceUrl);
  assert.equal(errorsOf({ ...valid, sourceUrl: 'http://example.org/a' }).sourceUrl, undefined);
});

test('a publication date in the future or malformed is refused', () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  assert.deepEqual(errorsOf({ ...valid, sourcePublishedOn: tomorrow }).sourcePublishedOn, [
    'The date cannot be in the future.',
  ]);
  assert.ok(errorsOf({ ...valid, sourcePublishedOn: '01/05/2024' }).sourcePublishedOn);
});

test('what each kind of speaker needs is required, next to its field', () => {
  assert.ok(errorsOf({ ...valid, newPersonName: '' }).newPersonName);
  assert.ok(errorsOf({ ...valid, newPersonName: '!!!' }).newPersonName, 'a name must give a slug');
  assert.ok(errorsOf({ ...valid, speakerKind: 'person' }).personId);
  assert.ok(
    errorsOf({ ...valid, speakerKind: 'person', personId: '0195f3c2-0000-7000-8000-000000000000', roleId: 'new' })
      .roleTitle,
  );
  assert.ok(errorsOf({ ...valid, speakerKind: 'organization' }).organizationId);
  assert.ok(errorsOf({ ...valid, speakerKind: 'nobody' }).speakerKind);
});

test('lengths are capped and text is trimmed', () => {
  assert.ok(errorsOf({ ...valid, sourceOutlet: 'x'.repeat(201) }).sourceOutlet);
  assert.ok(errorsOf({ ...valid, quote: '   ' }).quote);
  assert.equal(counterStatementSchema.parse({ ...valid, quote: '  we will not  ' }).quote, 'we will not');
});

test('speaker fields the form did not show may be missing altogether', () => {
  const {
    personId: _personId,
    roleId: _roleId,
    organizationId: _organizationId,
    roleOrganizationId: _roleOrganizationId,
    ...onlyNewPerson
  } = valid;
  assert.ok(counterStatementSchema.safeParse(onlyNewPerson).success);
});

test('the date it was said is optional, and cannot be in the future', () => {
  assert.equal(counterStatementSchema.parse(valid).saidOn, undefined);
  assert.equal(counterStatementSchema.parse({ ...valid, saidOn: '2019-01-04' }).saidOn, '2019-01-04');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  assert.ok(errorsOf({ ...valid, saidOn: tomorrow }).saidOn);
  assert.ok(errorsOf({ ...valid, saidOn: 'yesterday' }).saidOn);
});
test('a source on record needs only its id; a new source needs every one of its fields', () => {
  const sourceId = '0195f3c2-0000-7000-8000-000000000000';
  const {
    sourceKind: _kind,
    sourceOutlet: _outlet,
    sourceTitle: _title,
    sourceUrl: _url,
    sourcePublishedOn: _on,
    sourceLanguage: _language,
    sourceText: _text,
    ...withoutNewSource
  } = valid;
  const onRecord = counterStatementSchema.parse({ ...withoutNewSource, sourceChoice: 'existing', sourceId });
  assert.equal(onRecord.sourceId, sourceId);
  assert.equal(onRecord.sourceText, undefined);
  assert.deepEqual(errorsOf({ ...valid, sourceChoice: 'existing' }).sourceId, ['Choose the source on record.']);
  assert.ok(errorsOf({ ...valid, sourceChoice: 'existing', sourceId: 'not-an-id' }).sourceId);
  const missing = errorsOf({ ...withoutNewSource, sourceChoice: 'new', sourceId });
  assert.deepEqual(Object.keys(missing).sort(), [
    'sourceKind',
    'sourceLanguage',
    'sourceOutlet',
    'sourcePublishedOn',
    'sourceText',
    'sourceTitle',
    'sourceUrl',
  ]);
  assert.ok(errorsOf({ ...valid, sourceChoice: 'elsewhere' }).sourceChoice);
});
