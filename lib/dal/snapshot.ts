import 'server-only';
import { readTransaction, type Transaction } from '../db';
import { env } from '../env';

/**
 * How long one snapshot may stay open: a download streams at its client's pace, and holds a pooled
 * connection (and on PostgreSQL keeps old row versions from being vacuumed) until it ends. A
 * download slower than this fails rather than hold them longer.
 */
const SNAPSHOT_TIMEOUT_MS = 10 * 60_000;

/**
 * Rows read ahead of the consumer. On PostgreSQL two batches, so memory stays flat whatever the
 * size of the dataset. The embedded database runs one query at a time and makes every other query
 * wait while a transaction is open: there the whole read is taken at once and the transaction ends
 * before the client has the first line (its datasets are small; a reader's page must not wait for a
 * download).
 */
const READ_AHEAD = env.DATABASE_URL ? 1000 : Infinity;

/**
 * What `read` yields, every query of it in one REPEATABLE READ transaction: each batch sees the
 * database as the first one did, so a change saved meanwhile is in all of the output or none of it.
 * Read only. The consumer may stop early: the transaction then ends.
 */
export async function* inOneSnapshot<T>(read: (tx: Transaction) => AsyncIterable<T>): AsyncGenerator<T> {
  const items: T[] = [];
  let head = 0;
  let stopped = false;
  let ended = false;
  let wakeConsumer: (() => void) | undefined;
  let wakeProducer: (() => void) | undefined;
  const wake = (waiting: (() => void) | undefined) => waiting?.();

  const done = readTransaction(
    async (tx) => {
      // The first statement of the transaction, as PostgreSQL requires (the embedded database's
      // adapter would set Prisma's isolationLevel option outside the transaction, to no effect).
      await tx.$executeRaw`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY`;
      for await (const item of read(tx)) {
        items.push(item);
        wake(wakeConsumer);
        while (items.length - head >= READ_AHEAD && !stopped) await new Promise<void>((go) => (wakeProducer = go));
        if (stopped) return;
      }
    },
    { timeout: SNAPSHOT_TIMEOUT_MS },
  ).finally(() => {
    ended = true;
    wake(wakeConsumer);
  });
  // Its failure reaches the consumer below, when it asks for what is left.
  done.catch(() => {});

  try {
    for (;;) {
      if (head < items.length) {
        const item = items[head++]!;
        // Drop what was taken, now and then, rather than shift the array at every item.
        if (head >= 1024 && head * 2 >= items.length) {
          items.splice(0, head);
          head = 0;
        }
        wake(wakeProducer);
        yield item;
      } else if (ended) {
        await done;
        return;
      } else {
        await new Promise<void>((go) => (wakeConsumer = go));
      }
    }
  } finally {
    stopped = true;
    wake(wakeProducer);
    await done.catch(() => {});
  }
}
