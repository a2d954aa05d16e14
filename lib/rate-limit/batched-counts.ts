import type { Pool } from 'pg';
import { retryAfterSeconds, type RateLimit } from '../domain/rate-limits';
import type { RateLimitVerdict } from './limiters';

// Per-address counts of the limited reads (./read-limit.ts), kept in PostgreSQL's rate_limits table
// but written a batch at a time: one INSERT … ON CONFLICT for every key counted in the last tenth of a
// second, instead of one per request. Per request that statement cost a round trip on the counters'
// small pool and a transaction on the database, on the same two cores that serve the request: the
// API served at 0.37 of a prerendered page with it, an embed without it at 0.61 (docs/benchmarks.md).
//
// The table holds the count; this process keeps only what it has not written yet (at most one
// batch) and the count the last write returned, to answer the next requests. So the counts are
// shared by every instance as before, a tenth of a second later: an address that spreads its
// requests over several instances gets at most a tenth of a second's requests more on each before
// the others' counts reach it. Only reads are counted this way; a guessed password or second
// factor is counted in the table for each try (./limiters.ts).
//
// The rows are those rate-limiter-flexible's RateLimiterPostgres keeps (key `family:address`,
// points, expire in milliseconds since the epoch): a fixed window from the first request.

/** How long counts wait before they are written: the most another instance lags behind. */
export const BATCH_MS = 100;
/** Rows whose window ended this long ago are deleted, as RateLimiterPostgres does. */
const KEEP_EXPIRED_MS = 60 * 60 * 1000;
const CLEAR_EVERY_MS = 5 * 60 * 1000;

/** One key's window as this process knows it: the table's count at the last write, and its own since. */
type Window = { counted: number; unwritten: number; expire: number };

const ADD_COUNTS = `
  INSERT INTO rate_limits (key, points, expire)
  SELECT * FROM unnest($1::varchar[], $2::integer[], $3::bigint[])
  ON CONFLICT (key) DO UPDATE SET
    points = CASE WHEN rate_limits.expire <= $4 THEN excluded.points ELSE rate_limits.points + excluded.points END,
    expire = CASE WHEN rate_limits.expire <= $4 THEN excluded.expire ELSE rate_limits.expire END
  RETURNING key, points, expire`;

export class BatchedCounts {
  private readonly windows = new Map<string, Window>();
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();
  private clearedAt = 0;

  constructor(
    private readonly family: string,
    private readonly limit: RateLimit,
    private readonly pool: Pool,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request of `address`: allowed while the window's count, this process's included, is under the limit. */
  consume(address: string): RateLimitVerdict {
    const now = this.now();
    const key = `${this.family}:${address}`;
    let window = this.windows.get(key);
    if (!window || window.expire <= now) {
      window = { counted: 0, unwritten: 0, expire: now + this.limit.durationSeconds * 1000 };
      this.windows.set(key, window);
    }
    if (window.counted + window.unwritten >= this.limit.points)
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(window.expire - now) };
    window.unwritten++;
    this.timer ??= setTimeout(() => void this.flush(), BATCH_MS).unref();
    return { allowed: true };
  }

  /** Writes what was counted since the last write, one statement for every key; resolves once written. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    // One write at a time, so that a slow one is not overtaken by the next with an older count.
    this.writing = this.writing.then(() => this.write());
    return this.writing;
  }

  private async write(): Promise<void> {
    const now = this.now();
    for (const [key, window] of this.windows) if (window.expire <= now) this.windows.delete(key);
    const batch = [...this.windows].filter(([, window]) => window.unwritten > 0);
    if (!batch.length) return;
    const points = batch.map(([, window]) => window.unwritten);
    batch.forEach(([, window]) => (window.unwritten = 0));
    try {
      const { rows } = await this.pool.query<{ key: string; points: number; expire: string }>(ADD_COUNTS, [
        batch.map(([key]) => key),
        points,
        batch.map(([, window]) => window.expire),
        now,
      ]);
      for (const row of rows) {
        const window = this.windows.get(row.key);
        if (!window || Number(row.expire) <= this.now()) continue;
        // The table's window: another instance may have begun it earlier.
        window.counted = row.points;
        window.expire = Number(row.expire);
      }
      this.clearExpired(now);
    } catch {
      // The database does not answer: the counts wait for the next write, and this process goes on
      // limiting with what it counted (as rate-limiter-flexible's insurance limiter did).
      batch.forEach(([, window], i) => (window.unwritten += points[i]!));
      this.timer ??= setTimeout(() => void this.flush(), BATCH_MS).unref();
    }
  }

  private clearExpired(now: number) {
    if (now - this.clearedAt < CLEAR_EVERY_MS) return;
    this.clearedAt = now;
    this.pool.query('DELETE FROM rate_limits WHERE expire < $1', [now - KEEP_EXPIRED_MS]).catch(() => {});
  }
}
