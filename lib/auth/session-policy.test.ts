import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ABSOLUTE_TIMEOUT_MS,
  IDLE_TIMEOUT_MS,
  TOUCH_INTERVAL_MS,
  isSessionExpired,
  sessionExpiresAt,
  shouldTouchSession,
} from './session-policy';

const signedInAt = new Date('2026-11-22T08:00:00Z');
const at = (ms: number) => new Date(signedInAt.getTime() + ms);
const fresh = { lastSeenAt: signedInAt, expiresAt: sessionExpiresAt(signedInAt) };

test('a session ends after 30 idle minutes, not a moment before', () => {
  assert.equal(isSessionExpired(fresh, at(IDLE_TIMEOUT_MS - 1)), false);
  assert.equal(isSessionExpired(fresh, at(IDLE_TIMEOUT_MS)), true);
});

test('activity keeps a session alive, but never past 12 hours after signing in', () => {
  assert.equal(ABSOLUTE_TIMEOUT_MS, 12 * 60 * 60 * 1000);
  const justSeen = { ...fresh, lastSeenAt: at(ABSOLUTE_TIMEOUT_MS - 1000) };
  assert.equal(isSessionExpired(justSeen, at(ABSOLUTE_TIMEOUT_MS - 1)), false);
  assert.equal(isSessionExpired(justSeen, at(ABSOLUTE_TIMEOUT_MS)), true);
});

test('activity is recorded at most once a minute', () => {
  assert.equal(shouldTouchSession(fresh, at(TOUCH_INTERVAL_MS - 1)), false);
  assert.equal(shouldTouchSession(fresh, at(TOUCH_INTERVAL_MS)), true);
});
