import net from 'node:net';

// A TCP relay between the app's Prisma client and the test database, for tests of a database
// outage: the test points DATABASE_URL at it, then makes the database vanish mid-transaction or
// altogether, as a stopped server or a cut network would. Test-only.

export type DatabaseRelay = {
  /** DATABASE_URL through the relay. */
  url: string;
  /** From now on, drops the connection that sends SQL matching `pattern`, before the server gets it. */
  dropConnectionOn(pattern: RegExp | null): void;
  /** Drops every connection and refuses new ones, as a stopped server does. */
  stop(): Promise<void>;
};

export async function startDatabaseRelay(databaseUrl: string): Promise<DatabaseRelay> {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let dropOn: RegExp | null = null;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => {
        sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk) => {
      // The SQL of a query message is plain text in the chunk that carries it.
      if (dropOn?.test(chunk.toString('latin1'))) client.destroy();
      else upstream.write(chunk);
    });
    upstream.on('data', (chunk) => client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    dropConnectionOn: (pattern) => void (dropOn = pattern),
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
