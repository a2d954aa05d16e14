import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { organizationCreateSchema, personCreateSchema, roleSaveSchema, sourceEditSchema } from './record-edits';

const errorsOf = (schema: z.ZodType, input: object) => {
  const result = schema.safeParse(input);
  return result.success ? {} : (z.flattenError(result.error).fieldErrors as Record<string, string[]>);
};
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

test('a blank slug is made from the name; a typed one must be a slug, and not "new"', () => {
  assert.equal(personCreateSchema.parse({ name: 'Recep Tayyip Erdoğan', slug: ' ' }).slug, 'recep-tayyip-erdogan');
  assert.equal(personCreateSchema.parse({ name: 'X', slug: 'x-2' }).slug, 'x-2');
  assert.ok(errorsOf(personCreateSchema, { name: 'X', slug: 'Not A Slug' }).slug);
  assert.ok(errorsOf(personCreateSchema, { name: 'X', slug: 'new' }).slug);
  assert.deepEqual(errorsOf(personCreateSchema, { name: '!!!', slug: '' }).slug, [
    'Enter a slug: the name has no letter or digit to make one from.',
  ]);
});

test('a Wikidata id is Q and digits', () => {
  assert.equal(personCreateSchema.parse({ name: 'X', wikidataId: 'Q42' }).wikidataId, 'Q42');
  assert.equal(personCreateSchema.parse({ name: 'X', wikidataId: '' }).wikidataId, undefined);
  for (const wikidataId of ['42', 'q42', 'Q042', 'Q4x'])
    assert.ok(errorsOf(personCreateSchema, { name: 'X', wikidataId }).wikidataId, wikidataId);
});

test('a role starts before it ends, and neither date is in the future', () => {
  const role = { personId: '0195f0e4-0000-7000-8000-000000000000', version: '1', title: 'Minister' };
  assert.deepEqual(errorsOf(roleSaveSchema, { ...role, startDate: '2021-01-01', endDate: '2020-01-01' }).endDate, [
    'A role cannot end before it starts.',
  ]);
  assert.deepEqual(errorsOf(roleSaveSchema, { ...role, startDate: tomorrow() }).startDate, [
    'The date cannot be in the future.',
  ]);
  const open = roleSaveSchema.parse({ ...role, startDate: '2020-01-01', endDate: '', organizationId: '' });
  assert.deepEqual([open.startDate, open.endDate, open.organizationId], ['2020-01-01', undefined, undefined]);
});

test('an organization has a kind; its country is upper-cased and must be one', () => {
  assert.ok(errorsOf(organizationCreateSchema, { name: 'X', kind: 'CLUB' }).kind);
  assert.equal(organizationCreateSchema.parse({ name: 'X', kind: 'OTHER', countryCode: 'tr' }).countryCode, 'TR');
  assert.ok(errorsOf(organizationCreateSchema, { name: 'X', kind: 'OTHER', countryCode: 'UN' }).countryCode);
});

test('a source URL is http(s), its date not in the future, its language a tag; its text keeps its spacing with LF line breaks', () => {
  const source = { sourceId: '0195f0e4-0000-7000-8000-000000000000', version: '2', kind: 'TRANSCRIPT', language: 'en' };
  assert.ok(errorsOf(sourceEditSchema, { ...source, url: 'javascript:alert(1)' }).url);
  assert.ok(errorsOf(sourceEditSchema, { ...source, publishedOn: tomorrow() }).publishedOn);
  assert.ok(errorsOf(sourceEditSchema, { ...source, language: 'English' }).language);
  assert.ok(errorsOf(sourceEditSchema, { ...source, archiveText: ' \r\n ' }).archiveText);
  const parsed = sourceEditSchema.parse({ ...source, url: '', outlet: ' ', archiveText: '  Line one.\r\nLine two.\n' });
  assert.deepEqual([parsed.url, parsed.outlet, parsed.archiveText], [undefined, undefined, '  Line one.\nLine two.\n']);
  assert.equal(sourceEditSchema.parse(source).archiveText, undefined, 'a form without the text leaves it as it is');
});
