import assert from 'node:assert/strict';
import { test } from 'node:test';
import { changePasswordSchema, createUserSchema } from './accounts';

const valid = { email: '  Ed@Example.ORG ', name: ' Ed Itor ', role: 'EDITOR', password: 'twelve chars' };

test('an email is trimmed and lower-cased, a name trimmed, a password kept exactly', () => {
  const parsed = createUserSchema.parse({ ...valid, password: ' twelve chars ' });
  assert.deepEqual(parsed, { email: 'ed@example.org', name: 'Ed Itor', role: 'EDITOR', password: ' twelve chars ' });
});

test('a password has 12 to 256 characters', () => {
  assert.equal(createUserSchema.safeParse({ ...valid, password: 'elevenchars' }).success, false);
  assert.equal(createUserSchema.safeParse({ ...valid, password: 'x'.repeat(256) }).success, true);
  assert.equal(createUserSchema.safeParse({ ...valid, password: 'x'.repeat(257) }).success, false);
});

test('refuses a malformed email, a blank name and an unknown role, each on its own field', () => {
  const result = createUserSchema.safeParse({
    email: 'not-an-email',
    name: '   ',
    role: 'OWNER',
    password: 'long enough password',
  });
  assert.equal(result.success, false);
  const fields = new Set(result.error?.issues.map((issue) => issue.path[0]));
  assert.deepEqual(fields, new Set(['email', 'name', 'role']));
});

test('a new password must be typed the same twice, and the error sits on the second field', () => {
  const result = changePasswordSchema.safeParse({
    currentPassword: 'old password',
    newPassword: 'new password 1',
    confirmPassword: 'new password 2',
  });
  assert.equal(result.success, false);
  assert.deepEqual(
    result.error?.issues.map((issue) => issue.path),
    [['confirmPassword']],
  );
});
