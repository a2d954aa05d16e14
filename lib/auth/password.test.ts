import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

test('hashes with argon2id at the OWASP parameters, salted so that one password hashes two ways', async () => {
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  assert.match(first, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.notEqual(first, second);
});

test('verifies the right password and refuses a wrong one or a malformed hash', async () => {
  const stored = await hashPassword('correct horse battery staple');
  assert.equal(await verifyPassword(stored, 'correct horse battery staple'), true);
  assert.equal(await verifyPassword(stored, 'correct horse battery stapl'), false);
  assert.equal(await verifyPassword('not a hash', 'anything'), false);
});

test('the dummy verification always fails, and costs about what a real one does', async () => {
  const stored = await hashPassword('correct horse battery staple');
  await verifyAgainstDummy('warm up'); // the dummy hash is made on first use
  // CPU time of this process (argon2 runs on its thread pool), not the wall clock: other processes on
  // a loaded machine stretch the wall clock of both runs by different amounts, not their CPU time.
  const cpuMilliseconds = async (run: () => Promise<unknown>) => {
    const start = process.cpuUsage();
    for (let i = 0; i < 5; i++) await run();
    const { user, system } = process.cpuUsage(start);
    return (user + system) / 1000;
  };
  const real = await cpuMilliseconds(() => verifyPassword(stored, 'wrong password here'));
  const dummy = await cpuMilliseconds(() => verifyAgainstDummy('wrong password here'));
  assert.equal(await verifyAgainstDummy('correct horse battery staple'), false);
  // Loose bounds: the point is the same order of magnitude, not a benchmark.
  assert.ok(dummy > real / 3 && dummy < real * 3, `real ${real.toFixed(1)} ms, dummy ${dummy.toFixed(1)} ms of CPU`);
});
