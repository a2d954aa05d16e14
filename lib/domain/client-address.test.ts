import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddress, normalizeAddress } from './client-address';

test('with no proxy, the address is the one Next.js wrote from the socket', () => {
  assert.equal(clientAddress('203.0.113.7', 0), '203.0.113.7');
  assert.equal(clientAddress('2001:db8::1', 0), '2001:db8::1');
});

test('with no proxy, entries a client put in front of the last are never read', () => {
  assert.equal(clientAddress('1.1.1.1, 203.0.113.7', 0), '203.0.113.7');
});

test('behind N proxies, the client is the Nth entry from the right; what the client wrote to its left is ignored', () => {
  // The client forged "6.6.6.6"; the one proxy in front appended the address it saw.
  assert.equal(clientAddress('6.6.6.6, 198.51.100.20', 1), '198.51.100.20');
  // Two proxies: the outer one appended the client, the inner one appended the outer proxy.
  assert.equal(clientAddress('6.6.6.6, 198.51.100.20, 10.0.0.5', 2), '198.51.100.20');
  assert.equal(clientAddress(' 198.51.100.20 ,10.0.0.5 ', 2), '198.51.100.20');
});

test('fewer entries than trusted proxies, or none at all, give no address rather than a guess', () => {
  assert.equal(clientAddress('10.0.0.5', 2), null);
  assert.equal(clientAddress('', 0), null);
  assert.equal(clientAddress(null, 1), null);
  assert.equal(clientAddress(undefined, 0), null);
});

test('an entry that is no IP address gives null, so no forged text reaches the audit log', () => {
  assert.equal(clientAddress('<script>', 0), null);
  assert.equal(clientAddress('unknown', 1), null);
  assert.equal(clientAddress('1.2.3.4, ', 1), null);
  assert.equal(clientAddress('999.1.1.1', 0), null);
  assert.equal(clientAddress('1.2.3.4\u0000', 0), null);
});

test('ports, brackets, letter case and IPv4-mapped IPv6 spellings name one client once', () => {
  assert.equal(normalizeAddress('203.0.113.7:51234'), '203.0.113.7');
  assert.equal(normalizeAddress('[2001:DB8::1]:443'), '2001:db8::1');
  assert.equal(normalizeAddress('[2001:db8::1]'), '2001:db8::1');
  assert.equal(normalizeAddress('::ffff:127.0.0.1'), '127.0.0.1');
  assert.equal(normalizeAddress('::FFFF:203.0.113.7'), '203.0.113.7');
});
