import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../errors';
import { assertCan, can, permissionsOf } from './permissions';

const contributor = { id: 'c', role: 'CONTRIBUTOR' } as const;
const editor = { id: 'e', role: 'EDITOR' } as const;
const admin = { id: 'a', role: 'ADMIN' } as const;

test('a contributor proposes but neither publishes nor manages accounts', () => {
  assert.equal(can(contributor, 'counterStatement.propose'), true);
  assert.equal(can(contributor, 'claim.propose'), true);
  assert.equal(can(contributor, 'claim.publish'), false);
  assert.equal(can(contributor, 'review.decide'), false);
  assert.equal(can(contributor, 'statement.saveUnverified'), false);
  assert.equal(can(contributor, 'user.manage'), false);
});

test('an editor publishes and reviews but does not manage accounts or read the audit log', () => {
  assert.equal(can(editor, 'claim.publish'), true);
  assert.equal(can(editor, 'review.decide'), true);
  assert.equal(can(editor, 'statement.saveUnverified'), true);
  assert.equal(can(editor, 'user.manage'), false);
  assert.equal(can(editor, 'audit.read'), false);
});

test('each role holds everything the role below it holds, and an admin holds everything', () => {
  const contributorPermissions = permissionsOf('CONTRIBUTOR');
  const editorPermissions = permissionsOf('EDITOR');
  for (const permission of contributorPermissions) assert.ok(editorPermissions.includes(permission), permission);
  for (const permission of editorPermissions) assert.ok(can(admin, permission), permission);
  assert.ok(can(admin, 'user.manage') && can(admin, 'audit.read'));
  assert.ok(editorPermissions.length > contributorPermissions.length);
});

test('a visitor and a disabled account may do nothing', () => {
  assert.equal(can(null, 'claim.propose'), false);
  assert.equal(can(undefined, 'claim.propose'), false);
  assert.equal(can({ ...admin, disabledAt: new Date() }, 'claim.propose'), false);
});

test('assertCan tells a visitor to sign in and refuses a role without the permission', () => {
  assert.throws(
    () => assertCan(null, 'user.manage'),
    (error: unknown) => error instanceof AppError && error.code === 'unauthenticated',
  );
  assert.throws(
    () => assertCan(editor, 'user.manage'),
    (error: unknown) => error instanceof AppError && error.code === 'forbidden',
  );
  assert.doesNotThrow(() => assertCan(admin, 'user.manage'));
});
