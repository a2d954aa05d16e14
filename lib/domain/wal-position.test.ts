import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hasReplayed, parseWalPosition } from './wal-position';

test('a WAL position is its two hexadecimal halves as one 64-bit offset', () => {
  assert.equal(parseWalPosition('0/0'), 0n);
  assert.equal(parseWalPosition('0/16B3748'), 0x16b3748n);
  assert.equal(parseWalPosition('16/B374D848'), (0x16n << 32n) + 0xb374d848n);
  assert.equal(parseWalPosition('ffffffff/FFFFFFFF'), 2n ** 64n - 1n);
});

test('anything PostgreSQL would not print is refused', () => {
  for (const bad of ['', '0', '0/', '/0', '0/0/0', 'G/0', '123456789/0', '-1/0', '0x1/0'])
    assert.throws(() => parseWalPosition(bad), /not a WAL position/, bad);
});

test('positions compare as numbers, not as text', () => {
  assert.equal(hasReplayed('10/0', '9/FFFFFFFF'), true);
  assert.equal(hasReplayed('9/FFFFFFFF', '10/0'), false);
  assert.equal(hasReplayed('0/A0', '0/9F'), true);
  assert.equal(hasReplayed('0/9F', '0/A0'), false);
});

test('a replica has replayed a commit once it reached its position, not before', () => {
  assert.equal(hasReplayed('0/3000060', '0/3000060'), true);
  assert.equal(hasReplayed('0/3000061', '0/3000060'), true);
  assert.equal(hasReplayed('0/300005F', '0/3000060'), false);
});

test('a server that is no standby (null) has nothing to replay', () => {
  assert.equal(hasReplayed(null, '0/3000060'), true);
});
