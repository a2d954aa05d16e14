import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { generateSessionToken, sessionIdFromToken } from './session-token';

test('tokens carry 256 random bits and never repeat', () => {
  const tokens = new Set(Array.from({ length: 100 }, generateSessionToken));
  assert.equal(tokens.size, 100);
  for (const token of tokens) assert.equal(Buffer.from(token, 'base64url').length, 32);
});

test('the stored id is the SHA-256 of the token, not the token', () => {
  const token = generateSessionToken();
  const id = sessionIdFromToken(token);
  assert.match(id, /^[0-9a-f]{64}$/);
  assert.equal(id, createHash('sha256').update(token).digest('hex'));
  assert.notEqual(id, token);
});
