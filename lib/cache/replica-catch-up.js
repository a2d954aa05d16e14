// What an instance does before it applies an invalidation another instance made (shared-tags.js):
// wait until its own read replicas show the save, or have been taken out of reads for lagging
// (lib/db.ts registers that wait). Otherwise the page it refills next could be read from a replica
// that has not replayed the save, and cache the version the save replaced. JavaScript, and kept on
// globalThis, because Next.js loads the cache handlers outside the bundle that holds the database
// client: the two must see one function in the process. Without replicas nothing is registered.

const CATCH_UP = Symbol.for('countercheck.replicaCatchUp');

/** Registers the wait (lib/db.ts's waitForReplicasToReplay), which must never fail. */
export function setReplicaCatchUp(wait) {
  globalThis[CATCH_UP] = wait;
}

/** Resolves once this process's replicas show what the primary has committed, or at once without replicas. */
export async function replicasCaughtUp() {
  await globalThis[CATCH_UP]?.();
}
