import { createServer } from 'node:net';

/** A loopback port that was free a moment ago: taken, then given back (a database that does not answer). */
export function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
