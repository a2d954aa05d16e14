// What a wrk run reports, read from its output: wrk's own summary (requests, rate, socket errors)
// and the lines readers.lua adds (responses by status, latency percentiles). Pure, so the parsing
// is tested apart from a run.

export type SocketErrors = { connect: number; read: number; write: number; timeout: number };

export type WrkFigures = {
  requests: number;
  requestsPerSecond: number;
  /** Latency of the answered requests, in milliseconds (wrk leaves timed-out ones out). */
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  socketErrors: SocketErrors;
  /** Responses by HTTP status, e.g. { '200': 5120, '503': 3 }. */
  statuses: Record<string, number>;
};

/** Socket errors of every kind: refused or reset connections, failed writes and timeouts. */
export const errorCount = ({ socketErrors: e }: WrkFigures) => e.connect + e.read + e.write + e.timeout;

/** Responses whose status is not 2xx (a redirect is not the page asked for, so it counts here too). */
export const non2xxCount = ({ statuses }: WrkFigures) =>
  Object.entries(statuses).reduce((sum, [status, count]) => (/^2\d\d$/.test(status) ? sum : sum + count), 0);

function number(output: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(output);
  if (!match) throw new Error(`wrk's output has no ${what}:\n${output}`);
  return Number(match[1]);
}

export function parseWrkOutput(output: string): WrkFigures {
  const statusLine = /^statuses(.*)$/m.exec(output);
  const latencyLine = /^latency p50=(\d+) p99=(\d+) max=(\d+)$/m.exec(output);
  if (!statusLine || !latencyLine) throw new Error(`wrk's output lacks the lines of readers.lua:\n${output}`);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const [connect, read, write, timeout] = (socketErrors?.slice(1) ?? [0, 0, 0, 0]).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  return {
    requests: number(output, /(\d+) requests in /, 'request count'),
    requestsPerSecond: number(output, /Requests\/sec:\s+([\d.]+)/, 'Requests/sec'),
    p50Ms: Number(latencyLine[1]) / 1000,
    p99Ms: Number(latencyLine[2]) / 1000,
    maxMs: Number(latencyLine[3]) / 1000,
    socketErrors: { connect, read, write, timeout },
    statuses: Object.fromEntries(
      statusLine[1]!
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((pair) => {
          const [status, count] = pair.split('=');
          return [status!, Number(count)];
        }),
    ),
  };
}
