import { AsyncLocalStorage } from 'node:async_hooks';

// Which reads may be served by a streaming replica, which may lag the primary by a moment. Only
// the public record's cached reads (lib/cache/public-record.ts) open this scope: a save expires
// their tags only once every replica has replayed it (lib/cache/expire.ts), so a lag never gets
// cached. Everything else (editors' pages, actions, sessions, sign-in throttles, rate limits) must
// see the write just made, and reads the primary, the default. lib/db.ts routes on it.

const scope = new AsyncLocalStorage<'replica' | 'primary'>();

// Both await inside the scope: a Prisma query is a lazy promise that runs when first awaited, so a
// query returned unawaited would otherwise run in the caller's scope, not this one.

/** Runs `read` with its queries outside a transaction sent to a replica, when there is one. */
export function readFromReplica<T>(read: () => PromiseLike<T>): Promise<T> {
  return scope.run('replica', async () => await read());
}

/** Runs `work` on the primary, even inside readFromReplica: a transaction must see its own writes. */
export function onPrimary<T>(work: () => PromiseLike<T>): Promise<T> {
  return scope.run('primary', async () => await work());
}

export function mayReadFromReplica(): boolean {
  return scope.getStore() === 'replica';
}
