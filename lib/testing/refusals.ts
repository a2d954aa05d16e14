import assert from 'node:assert/strict';

/**
 * The error `promise` was refused with, checked to be a `kind`, for a test to look into (a stale
 * save's current values, a field error's field). Fails the test when it resolves.
 */
export async function refusalOf<E extends Error>(
  promise: Promise<unknown>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any constructor of E, whatever it takes
  kind: abstract new (...args: any[]) => E,
): Promise<E> {
  let refusal: unknown;
  await assert.rejects(promise, (error) => {
    refusal = error;
    return error instanceof kind;
  });
  return refusal as E;
}
