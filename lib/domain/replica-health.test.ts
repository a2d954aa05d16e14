import assert from 'node:assert/strict';
import { test } from 'node:test';
import { observeReplica, servingReplicas, type ReplicaHealth, type ReplicaObservation } from './replica-health';

const replicas = ['replica 1', 'replica 2'];
const serving = (health: ReplicaHealth) => servingReplicas(replicas, health, (name) => name);

/** Applies the observations in order; answers the health and each change. */
function observeAll(observations: ReplicaObservation[]) {
  let health: ReplicaHealth = new Map();
  const changes = observations.map((observation) => {
    const next = observeReplica(health, observation);
    health = next.health;
    return next.change;
  });
  return { health, changes };
}

test('every replica serves until one is observed behind', () => {
  assert.deepEqual(serving(new Map()), replicas);
  const { health, changes } = observeAll([
    { replica: 'replica 1', asOf: 1_000, caughtUp: true },
    { replica: 'replica 2', asOf: 1_000, caughtUp: false },
  ]);
  assert.deepEqual(changes, [null, 'taken out']);
  assert.deepEqual(serving(health), ['replica 1']);
});

test('a replica taken out stays out while found behind, and is back once found caught up', () => {
  const { health, changes } = observeAll([
    { replica: 'replica 1', asOf: 1_000, caughtUp: false },
    { replica: 'replica 1', asOf: 6_000, caughtUp: false },
    { replica: 'replica 1', asOf: 11_000, caughtUp: true },
    { replica: 'replica 1', asOf: 16_000, caughtUp: true },
  ]);
  // Each change reported once: a log line when taken out, one when back.
  assert.deepEqual(changes, ['taken out', null, 'back', null]);
  assert.deepEqual(serving(health), replicas);
});

test('a look that began before the last one applied is ignored', () => {
  // A save's wait began at 2 s and gave up at 3 s; a check that began at 2.5 s found it caught up
  // and ended first: it replayed a later position than the one the wait gave up on.
  const { health, changes } = observeAll([
    { replica: 'replica 1', asOf: 2_500, caughtUp: true },
    { replica: 'replica 1', asOf: 2_000, caughtUp: false },
  ]);
  assert.deepEqual(changes, [null, null]);
  assert.deepEqual(serving(health), replicas);
  // The other way round: a stale all-clear does not put back a replica found behind since.
  const later = observeAll([
    { replica: 'replica 2', asOf: 5_000, caughtUp: false },
    { replica: 'replica 2', asOf: 4_000, caughtUp: true },
  ]);
  assert.deepEqual(later.changes, ['taken out', null]);
  assert.deepEqual(serving(later.health), ['replica 1']);
});

test('with every replica out, none serves', () => {
  const { health } = observeAll(replicas.map((replica) => ({ replica, asOf: 0, caughtUp: false })));
  assert.deepEqual(serving(health), []);
});

test('observing leaves the health it was given unchanged', () => {
  const health: ReplicaHealth = new Map();
  observeReplica(health, { replica: 'replica 1', asOf: 0, caughtUp: false });
  assert.equal(health.size, 0);
});
