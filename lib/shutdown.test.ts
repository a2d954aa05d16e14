import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closeBeforeExit, runClosersOnExit } from './shutdown';

// A stand-in for the server's process: exit() records its code instead of ending the test run.
function fakeProcess() {
  const exits: (number | undefined)[] = [];
  const target = { exit: (code?: number) => void exits.push(code) };
  return { target, exits };
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));

test('exit waits for the database to close, then exits with the code it was given', async () => {
  const { target, exits } = fakeProcess();
  runClosersOnExit(target);
  const order: string[] = [];
  const unregister = closeBeforeExit(async () => {
    await tick();
    order.push('closed');
  });
  try {
    target.exit(143);
    assert.deepEqual(exits, [], 'not before the database is closed');
    await tick(50);
    assert.deepEqual(order, ['closed']);
    assert.deepEqual(exits, [143]);
  } finally {
    unregister();
  }
});

test('a second exit (a second signal) neither closes twice nor exits twice', async () => {
  const { target, exits } = fakeProcess();
  runClosersOnExit(target);
  let closes = 0;
  const unregister = closeBeforeExit(async () => void closes++);
  try {
    target.exit(130);
    target.exit(143);
    await tick(50);
    assert.equal(closes, 1);
    assert.deepEqual(exits, [130]);
  } finally {
    unregister();
  }
});

test('a close that fails or hangs does not keep the process from exiting', async () => {
  const { target, exits } = fakeProcess();
  runClosersOnExit(target, 50);
  const unregisterFailing = closeBeforeExit(() => Promise.reject(new Error('pool already ended')));
  const unregisterHanging = closeBeforeExit(() => new Promise(() => {}));
  const errors: unknown[] = [];
  const consoleError = console.error;
  console.error = (...args: unknown[]) => void errors.push(args[0]);
  try {
    target.exit(143);
    await tick(150);
    assert.deepEqual(exits, [143]);
    assert.equal(errors.length, 2, 'both are logged');
  } finally {
    console.error = consoleError;
    unregisterFailing();
    unregisterHanging();
  }
});
