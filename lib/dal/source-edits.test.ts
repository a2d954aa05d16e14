import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { sha256Hex } from '../domain/archive';
import { AppError, type AppErrorCode, FieldError, StaleError } from '../errors';
import type { SourceSnapshot } from '../domain/source-revisions';
import { refusalOf } from '../testing/refusals';
import { makeSource, makeStatement, makeUser } from '../testing/factories';
import { sourceDeleteSchema, sourceEditSchema } from '../validation/record-edits';
import { deleteSource, getSourceForEditOrNull, updateSource } from './source-edits';

after(() => disconnectDb());

const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;
const revisionsOf = (id: string) =>
  db.revision.findMany({ where: { entityType: 'SOURCE', entityId: id }, orderBy: { version: 'asc' } });
type Source = { id: string; outlet: string | null; title: string | null };
const edit = (source: Source, version: number, changes: Record<string, string> = {}) =>
  sourceEditSchema.parse({
    sourceId: source.id,
    version: String(version),
    kind: 'NEWS_ARTICLE',
    outlet: source.outlet ?? '',
    title: source.title ?? '',
    url: '',
    publishedOn: '',
    language: 'en',
    provenanceNote: '',
    ...changes,
  });

test('an editor corrects a source; its unquoted text may be replaced, with a new fingerprint, the old text kept in the history', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const source = await makeSource();
  // Archived texts are unique: each run replaces with its own.
  const text = `A better capture of ${source.id}.\nSecond line.`;
  const result = await updateSource(
    edit(source, 1, {
      url: 'https://example.org/a',
      publishedOn: '2020-02-03',
      archiveText: text.replace('\n', '\r\n'),
      reason: 'Recaptured.',
    }),
    editor,
  );
  assert.deepEqual(result, { id: source.id, version: 2, changed: true, invalidates: ['sources'] });
  const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  assert.deepEqual(
    [stored.url, stored.archiveText, stored.archiveSha256],
    ['https://example.org/a', text, sha256Hex(text)],
  );
  const revisions = await revisionsOf(source.id);
  assert.deepEqual(
    revisions.map((revision) => [
      revision.version,
      revision.reason,
      (revision.snapshot as { archiveText: string }).archiveText,
    ]),
    [
      [1, null, source.archiveText],
      [2, 'Recaptured.', text],
    ],
  );
});

test("a quoted source's text is fixed and it cannot be deleted; a text archived already elsewhere is refused", async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const statement = await makeStatement();
  const source = await db.source.findUniqueOrThrow({ where: { id: statement.sourceId } });
  await assert.rejects(
    updateSource(edit(source, 1, { archiveText: 'Rewritten.' }), editor),
    (error) => error instanceof FieldError && error.field === 'archiveText',
  );
  await assert.rejects(
    deleteSource(sourceDeleteSchema.parse({ sourceId: source.id, version: '1', reason: 'Duplicate.' }), editor),
    /cannot be deleted: a statement quotes it/,
  );
  // The rest of it may change, with the text sent back as it is.
  assert.equal(
    (await updateSource(edit(source, 1, { title: 'Corrected headline', archiveText: source.archiveText }), editor))
      .changed,
    true,
  );
  assert.equal((await db.source.findUniqueOrThrow({ where: { id: source.id } })).archiveText, source.archiveText);

  const unquoted = await makeSource();
  await assert.rejects(
    updateSource(edit(unquoted, 1, { archiveText: source.archiveText }), editor),
    /Another source has exactly this text/,
  );
  assert.equal((await getSourceForEditOrNull(source.id, editor))?.quotedBy, 1);
});

test('an unquoted source is soft-deleted with a reason and leaves the public record', async () => {
  const editor = await makeUser({ role: 'EDITOR' });
  const source = await makeSource();
  const result = await deleteSource(
    sourceDeleteSchema.parse({ sourceId: source.id, version: '1', reason: 'Not a real article.' }),
    editor,
  );
  assert.equal(result.version, 2);
  const stored = await db.source.findUniqueOrThrow({ where: { id: source.id } });
  assert.equal(stored.status, 'DRAFT');
  assert.ok(stored.deletedAt);
  assert.equal(await getSourceForEditOrNull(source.id, editor), null);
});

test('a stale save is refused with who changed what and writes nothing; contributors and visitors are refused', async () => {
  const [first, second] = [await makeUser({ role: 'EDITOR' }), await makeUser({ role: 'EDITOR' })];
  const source = await makeSource();
  assert.equal((await updateSource(edit(source, 1, { outlet: 'Renamed Outlet' }), first)).changed, true);
  const refused = await refusalOf(
    updateSource(edit(source, 1, { title: 'Second editor title' }), second),
    StaleError<SourceSnapshot>,
  );
  assert.match(refused.message, new RegExp(`${first.name} changed Outlet: Test Outlet → Renamed Outlet on `));
  assert.equal((await db.source.findUniqueOrThrow({ where: { id: source.id } })).title, source.title);
  for (const [actor, code] of [
    [await makeUser({ role: 'CONTRIBUTOR' }), 'forbidden'],
    [null, 'unauthenticated'],
  ] as const) {
    await assert.rejects(updateSource(edit(source, 2, { title: 'Forged' }), actor), isAppError(code));
    await assert.rejects(
      deleteSource(sourceDeleteSchema.parse({ sourceId: source.id, version: '2', reason: 'Forged.' }), actor),
      isAppError(code),
    );
  }
  assert.equal((await revisionsOf(source.id)).length, 2);
});
