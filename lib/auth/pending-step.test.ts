import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertCan, can } from './permissions';
import { pendingStepOf } from './pending-step';

test('an admin without two-factor sign-in must turn it on; other roles may go without', () => {
  assert.equal(
    pendingStepOf({ role: 'ADMIN', mustChangePassword: false, twoFactorEnabled: false }),
    'enrol_two_factor',
  );
  assert.equal(pendingStepOf({ role: 'ADMIN', mustChangePassword: false, twoFactorEnabled: true }), null);
  for (const role of ['EDITOR', 'CONTRIBUTOR'] as const)
    assert.equal(pendingStepOf({ role, mustChangePassword: false, twoFactorEnabled: false }), null);
});

test('a new password an admin asked for comes first, whatever the role', () => {
  for (const role of ['ADMIN', 'EDITOR', 'CONTRIBUTOR'] as const)
    for (const twoFactorEnabled of [false, true])
      assert.equal(pendingStepOf({ role, mustChangePassword: true, twoFactorEnabled }), 'change_password');
});

test('an account with a pending step may do nothing, and is told what to do first', () => {
  const admin = { id: 'a', role: 'ADMIN' } as const;
  assert.equal(can(admin, 'user.manage'), true);
  assert.equal(can({ ...admin, pendingStep: 'enrol_two_factor' }, 'user.manage'), false);
  assert.equal(can({ ...admin, pendingStep: 'change_password' }, 'claim.propose'), false);
  assert.throws(() => assertCan({ ...admin, pendingStep: 'enrol_two_factor' }, 'audit.read'), {
    code: 'forbidden',
    message: 'Turn on two-factor sign-in first: admins must have it.',
  });
  assert.throws(() => assertCan({ ...admin, pendingStep: 'change_password' }, 'audit.read'), {
    code: 'forbidden',
    message: 'Choose a new password first: an admin asked for it.',
  });
});
