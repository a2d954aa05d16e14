import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeAuditDetail } from './audit-events';

test('describes an event detail as readable pairs in a stable order', () => {
  assert.deepEqual(describeAuditDetail({ to: 'EDITOR', from: 'CONTRIBUTOR' }), ['from: contributor', 'to: editor']);
  assert.deepEqual(describeAuditDetail({ reason: 'wrong_password' }), ['reason: wrong password']);
  assert.deepEqual(describeAuditDetail({ sessionsEnded: 2 }), ['sessions ended: 2']);
});

test('shows nothing for a detail that is no object', () => {
  assert.deepEqual(describeAuditDetail(null), []);
  assert.deepEqual(describeAuditDetail([1, 2]), []);
  assert.deepEqual(describeAuditDetail('text'), []);
});
