// Closing the database when the server stops. `next start` handles SIGTERM and SIGINT itself: it
// stops accepting connections, lets the requests in flight finish, then calls process.exit(), which
// ends the process at once, before anything asynchronous could run. Closing the PostgreSQL pool,
// and above all PGlite's close(), which leaves its files consistent, are asynchronous: so the
// server's process.exit first waits for the closers registered here (lib/db.ts registers the
// database's), at most CLOSE_TIMEOUT_MS, then exits with the code it was given.

type Closer = () => Promise<void>;

const CLOSE_TIMEOUT_MS = 10_000;

// On globalThis: Next.js bundles this module separately into instrumentation.ts and into the app.
const registry = globalThis as unknown as { closersBeforeExit?: Set<Closer> };
const closers = (registry.closersBeforeExit ??= new Set());

/** Runs `close` before the server's process exits; answers a function that takes it back. */
export function closeBeforeExit(close: Closer): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

/** Makes `target.exit` (the server's process.exit) run the closers first, once. */
export function runClosersOnExit(target: { exit: (code?: number) => void } = process, timeoutMs = CLOSE_TIMEOUT_MS) {
  const exit = target.exit.bind(target);
  let closing: Promise<void> | undefined;
  target.exit = (code?: number) => {
    closing ??= closeAll(timeoutMs).finally(() => exit(code));
  };
}

async function closeAll(timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      console.error(`Shutting down: the database did not close within ${timeoutMs} ms; exiting anyway.`);
      resolve();
    }, timeoutMs);
  });
  const closed = Promise.all(
    [...closers].map((close) =>
      close().catch((error: unknown) => console.error('Shutting down: closing the database failed.', error)),
    ),
  );
  await Promise.race([closed, timeout]);
  clearTimeout(timer);
}
