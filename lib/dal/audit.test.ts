import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { db, disconnectDb } from '../db';
import { AppError } from '../errors';
import { makeUser } from '../testing/factories';
import { listAuditEvents, recordAuditEvent } from './audit';

after(() => disconnectDb());

test('the audit log refuses to be rewritten or emptied, whoever asks', async () => {
  const user = await makeUser();
  const event = await db.$transaction((tx) =>
    recordAuditEvent(tx, { kind: 'SIGN_OUT', actorId: user.id, subjectUserId: user.id }),
  );
  await assert.rejects(db.auditEvent.update({ where: { id: event.id }, data: { ip: '10.0.0.1' } }), /append-only/);
  await assert.rejects(db.auditEvent.delete({ where: { id: event.id } }), /append-only/);
  await assert.rejects(db.$executeRawUnsafe('TRUNCATE audit_events'), /append-only/);
  assert.equal((await db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).ip, null);
});

test('admins read the log newest first, page after page without overlap; nobody else reads it', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  for (let i = 0; i < 5; i++) {
    await db.$transaction((tx) => recordAuditEvent(tx, { kind: 'SIGN_IN_FAILURE', email: `probe-${i}@example.test` }));
  }
  const first = await listAuditEvents({}, admin, 3);
  const second = await listAuditEvents({ cursor: first.nextCursor }, admin, 3);
  assert.equal(first.items.length, 3);
  assert.ok(first.nextCursor);
  const seen = [...first.items, ...second.items];
  assert.equal(new Set(seen.map((event) => event.id)).size, seen.length, 'no event on two pages');
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i - 1]!.createdAt >= seen[i]!.createdAt, 'newest first');
  const probes = seen
    .map((event) => event.email)
    .filter((email) => email?.startsWith('probe-'))
    .sort();
  assert.deepEqual(
    probes,
    [0, 1, 2, 3, 4].map((i) => `probe-${i}@example.test`),
    'the newest events come first',
  );

  for (const role of ['CONTRIBUTOR', 'EDITOR'] as const) {
    await assert.rejects(
      listAuditEvents({}, await makeUser({ role })),
      (error: unknown) => error instanceof AppError && error.code === 'forbidden',
    );
  }
  await assert.rejects(
    listAuditEvents({}, null),
    (error: unknown) => error instanceof AppError && error.code === 'unauthenticated',
  );
});

test('a forged cursor means the first page', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const first = await listAuditEvents({}, admin, 2);
  assert.deepEqual((await listAuditEvents({ cursor: 'bm9wZQ' }, admin, 2)).items, first.items);
});
