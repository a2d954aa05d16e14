import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { sessionIdFromToken } from '../auth/session-token';
import { db, disconnectDb } from '../db';
import { AppError, InvalidError, RateLimitedError, type AppErrorCode } from '../errors';
import { env } from '../env';
import { makeUser, signInWithPassword as signIn } from '../testing/factories';
import { refusalOf } from '../testing/refusals';
import { validateSessionToken } from './sessions';
import {
  changeOwnPassword,
  changeUserRole,
  createUser,
  createUserFromCommandLine,
  disableUser,
  enableUser,
  listUsers,
} from './users';

after(() => disconnectDb());

const request = { ip: '198.51.100.1', userAgent: 'test' };
const newAccount = () => ({
  email: `new-${randomUUID().slice(0, 8)}@example.test`,
  name: 'New Person',
  role: 'EDITOR' as const,
  password: 'a long enough password',
});
const isAppError = (code: AppErrorCode) => (error: unknown) => error instanceof AppError && error.code === code;

test('contributors, editors and visitors are refused every account-management call, and nothing is written', async () => {
  const target = await makeUser();
  const disabledTarget = await makeUser({ disabled: true });
  const auditRowsBefore = await db.auditEvent.count();
  for (const role of ['CONTRIBUTOR', 'EDITOR'] as const) {
    const actor = await makeUser({ role });
    const input = newAccount();
    await assert.rejects(listUsers(actor), isAppError('forbidden'));
    await assert.rejects(createUser(input, actor, request), isAppError('forbidden'));
    await assert.rejects(changeUserRole({ userId: target.id, role: 'ADMIN' }, actor, request), isAppError('forbidden'));
    await assert.rejects(
      changeUserRole({ userId: actor.id, role: 'ADMIN' }, actor, request),
      isAppError('forbidden'),
      'nor promote oneself',
    );
    await assert.rejects(disableUser({ userId: target.id }, actor, request), isAppError('forbidden'));
    await assert.rejects(enableUser({ userId: disabledTarget.id }, actor, request), isAppError('forbidden'));
    assert.equal(await db.user.count({ where: { email: input.email } }), 0);
  }
  await assert.rejects(listUsers(null), isAppError('unauthenticated'));
  await assert.rejects(createUser(newAccount(), null, request), isAppError('unauthenticated'));
  await assert.rejects(enableUser({ userId: disabledTarget.id }, null, request), isAppError('unauthenticated'));
  assert.notEqual((await db.user.findUniqueOrThrow({ where: { id: disabledTarget.id } })).disabledAt, null);
  const after = await db.user.findUniqueOrThrow({ where: { id: target.id } });
  assert.equal(after.role, 'CONTRIBUTOR');
  assert.equal(after.disabledAt, null);
  assert.equal(await db.auditEvent.count(), auditRowsBefore);
});

test('an admin creates an account that can sign in, recorded with who created it', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const input = newAccount();
  const user = await createUser(input, admin, request);
  assert.equal(user.role, 'EDITOR');
  assert.ok((await signIn({ email: input.email, password: input.password }, request)).token);
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'USER_CREATED', subjectUserId: user.id } });
  assert.equal(event.actorId, admin.id);
  assert.deepEqual(event.detail, { role: 'EDITOR', via: 'admin' });
  assert.ok((await listUsers(admin)).some((listed) => listed.id === user.id && !('passwordHash' in listed)));
});

test('an email is taken whatever its case', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const input = newAccount();
  await createUserFromCommandLine(input);
  await assert.rejects(createUser({ ...input }, admin, request), isAppError('conflict'));
  // The schema lower-cases; the database refuses an upper-case address that slipped past it.
  await assert.rejects(
    db.user.create({
      data: { email: input.email.toUpperCase(), name: 'x', role: 'ADMIN', passwordHash: '$argon2id$x' },
    }),
  );
});

test('the command line creates an account audited with no actor', async () => {
  const user = await createUserFromCommandLine({ ...newAccount(), role: 'ADMIN' });
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'USER_CREATED', subjectUserId: user.id } });
  assert.equal(event.actorId, null);
  assert.deepEqual(event.detail, { role: 'ADMIN', via: 'command_line' });
});

test('an admin changes a role, recorded with the old and the new one, but not their own role', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const user = await makeUser();
  await changeUserRole({ userId: user.id, role: 'EDITOR' }, admin, request);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role, 'EDITOR');
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'ROLE_CHANGED', subjectUserId: user.id } });
  assert.deepEqual([event.actorId, event.detail], [admin.id, { from: 'CONTRIBUTOR', to: 'EDITOR' }]);
  await assert.rejects(
    changeUserRole({ userId: admin.id, role: 'CONTRIBUTOR' }, admin, request),
    isAppError('conflict'),
  );
  await assert.rejects(
    changeUserRole({ userId: randomUUID(), role: 'EDITOR' }, admin, request),
    isAppError('not_found'),
  );
});

test('a change and its audit row are one transaction: when the audit row cannot be written, the change is undone', async () => {
  // An admin whose account row does not exist: the permission check passes, the audit row's
  // foreign key to its actor fails, after the change itself was written.
  const ghostAdmin = { id: randomUUID(), role: 'ADMIN' as const };
  const user = await makeUser();
  const login = await signIn({ email: user.email, password: user.password }, request);

  await assert.rejects(changeUserRole({ userId: user.id, role: 'EDITOR' }, ghostAdmin, request));
  await assert.rejects(disableUser({ userId: user.id }, ghostAdmin, request));
  const disabled = await makeUser({ disabled: true });
  await assert.rejects(enableUser({ userId: disabled.id }, ghostAdmin, request));
  assert.notEqual(
    (await db.user.findUniqueOrThrow({ where: { id: disabled.id } })).disabledAt,
    null,
    'the undone enable left it disabled',
  );
  const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
  assert.equal(after.role, 'CONTRIBUTOR');
  assert.equal(after.disabledAt, null);
  assert.ok(await validateSessionToken(login.token), 'the session survived the undone disable');
});

test('a disabled account is signed out everywhere at once and cannot sign in again', async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const user = await makeUser();
  await signIn({ email: user.email, password: user.password }, request);
  await disableUser({ userId: user.id }, admin, request);
  assert.equal(await db.session.count({ where: { userId: user.id } }), 0);
  await assert.rejects(signIn({ email: user.email, password: user.password }, request), isAppError('unauthenticated'));
  assert.equal(
    await db.auditEvent.count({ where: { kind: 'USER_DISABLED', subjectUserId: user.id, actorId: admin.id } }),
    1,
  );
  await assert.rejects(
    disableUser({ userId: admin.id }, admin, request),
    isAppError('conflict'),
    "not one's own account",
  );
});

test("an admin enables a disabled account, which signs in again with its password; recorded once, not for one's own account", async () => {
  const admin = await makeUser({ role: 'ADMIN' });
  const user = await makeUser();
  await disableUser({ userId: user.id }, admin, request);
  assert.ok((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt);
  await enableUser({ userId: user.id }, admin, request);
  assert.equal((await db.user.findUniqueOrThrow({ where: { id: user.id } })).disabledAt, null);
  assert.ok((await signIn({ email: user.email, password: user.password }, request)).token);
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'USER_ENABLED', subjectUserId: user.id } });
  assert.deepEqual([event.actorId, event.ip], [admin.id, request.ip]);

  await enableUser({ userId: user.id }, admin, request); // enabled already (a second admin, a double click): nothing to record
  assert.equal(await db.auditEvent.count({ where: { kind: 'USER_ENABLED', subjectUserId: user.id } }), 1);
  await assert.rejects(
    enableUser({ userId: admin.id }, admin, request),
    isAppError('conflict'),
    "not one's own account",
  );
  await assert.rejects(enableUser({ userId: randomUUID() }, admin, request), isAppError('not_found'));
});

test("changing one's password ends every other session, keeps the current one, and needs the current password", async () => {
  const user = await makeUser({ role: 'EDITOR' });
  const here = await signIn({ email: user.email, password: user.password }, request);
  const elsewhere = await signIn({ email: user.email, password: user.password }, request);
  const actor = { ...user, sessionId: sessionIdFromToken(here.token) };

  await assert.rejects(
    changeOwnPassword({ currentPassword: 'not my password', newPassword: 'a brand new password' }, actor, request),
    (error) => error instanceof InvalidError && error.field === 'currentPassword',
  );
  assert.ok(await validateSessionToken(elsewhere.token), 'a refused change ends nothing');

  await changeOwnPassword({ currentPassword: user.password, newPassword: 'a brand new password' }, actor, request);
  assert.ok(await validateSessionToken(here.token));
  assert.equal(await validateSessionToken(elsewhere.token), null);
  await assert.rejects(signIn({ email: user.email, password: user.password }, request), isAppError('unauthenticated'));
  assert.ok((await signIn({ email: user.email, password: 'a brand new password' }, request)).token);
  const event = await db.auditEvent.findFirstOrThrow({ where: { kind: 'PASSWORD_CHANGE', subjectUserId: user.id } });
  assert.deepEqual(event.detail, { sessionsEnded: 1 });
  await assert.rejects(
    changeOwnPassword({ currentPassword: 'x', newPassword: 'a brand new password' }, null, request),
    isAppError('unauthenticated'),
  );
});

test('a refused password change is audited, and past the limit every attempt is refused unchecked', async () => {
  const user = await makeUser({ role: 'EDITOR' });
  const here = await signIn({ email: user.email, password: user.password }, request);
  const actor = { ...user, sessionId: sessionIdFromToken(here.token) };
  const attempt = (currentPassword: string) =>
    changeOwnPassword({ currentPassword, newPassword: 'a brand new password' }, actor, request);

  const { points, durationSeconds } = env.RATE_LIMITS.passwordChanges;
  for (let i = 0; i < points; i++) await assert.rejects(attempt(`guess ${i}`), InvalidError);
  const startedAt = Date.now();
  const limited = await refusalOf(attempt(user.password), RateLimitedError);
  const waitSeconds = (limited.retryAt.getTime() - startedAt) / 1000;
  assert.ok(waitSeconds > 0 && waitSeconds <= durationSeconds + 1, 'even the right password is not checked');

  const refusals = await db.auditEvent.findMany({
    where: { kind: 'PASSWORD_REFUSED', subjectUserId: user.id },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  assert.deepEqual(
    refusals.map((event) => [event.actorId, event.ip, event.detail]),
    [
      ...Array.from({ length: points }, () => [user.id, request.ip, { reason: 'wrong_current_password' }]),
      [user.id, request.ip, { reason: 'rate_limited' }],
    ],
  );
  assert.equal(await db.auditEvent.count({ where: { kind: 'PASSWORD_CHANGE', subjectUserId: user.id } }), 0);
});
