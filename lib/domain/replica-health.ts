// Which streaming replicas may serve the public record's reads, from what this process has seen
// of them. A replica is taken out when it is found behind (it had not replayed, within the time a
// save waits, what the primary had committed when the look began) and put back when a later look
// finds it caught up. Pure: the caller does the looking (lib/db.ts) and passes each outcome in.

/** One look at a replica: whether it replayed, in time, the primary's position read at `asOf`. */
export type ReplicaObservation = { replica: string; asOf: number; caughtUp: boolean };

type Standing = { out: boolean; asOf: number };

/** Each replica's standing by name; a replica never observed serves. */
export type ReplicaHealth = ReadonlyMap<string, Standing>;

export type HealthChange = 'taken out' | 'back' | null;

/**
 * The health after `observation`, and whether it took the replica out or put it back. Looks can
 * end out of order (a save's wait and a periodic check overlap): one that began before the last
 * one applied says less about the replica now, and is ignored.
 */
export function observeReplica(
  health: ReplicaHealth,
  observation: ReplicaObservation,
): { health: ReplicaHealth; change: HealthChange } {
  const { replica, asOf, caughtUp } = observation;
  const before = health.get(replica);
  if (before && asOf < before.asOf) return { health, change: null };
  const next = new Map(health).set(replica, { out: !caughtUp, asOf });
  const wasOut = before?.out ?? false;
  const change = wasOut === !caughtUp ? null : caughtUp ? 'back' : 'taken out';
  return { health: next, change };
}

/** The replicas that may serve reads: all but those taken out. */
export function servingReplicas<T>(replicas: readonly T[], health: ReplicaHealth, name: (replica: T) => string): T[] {
  return replicas.filter((replica) => !health.get(name(replica))?.out);
}
