import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorCount, non2xxCount, parseWrkOutput } from './wrk-output';

// Outputs of wrk 4.1.0 (Debian) with readers.lua, copied from runs against the production build.
const WITH_TIMEOUTS = `Running 4s test @ http://127.0.0.1:3311
  2 threads and 50 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.42s    80.33ms   1.49s    80.00%
    Req/Sec    39.10     34.68    90.00     40.00%
  60 requests in 4.03s, 5.21MB read
  Socket errors: connect 0, read 0, write 0, timeout 50
Requests/sec:     14.88
Transfer/sec:      1.29MB
statuses 200=60
latency p50=1442290 p99=1492140 max=1492140
`;

const WITH_404S = `Running 1s test @ http://127.0.0.1:3311
  2 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   211.01ms  170.18ms 700.41ms   85.25%
    Req/Sec    35.14     21.12    70.00     64.29%
  53 requests in 1.10s, 1.18MB read
  Non-2xx or 3xx responses: 26
Requests/sec:     48.13
Transfer/sec:      1.07MB
statuses 200=27 404=26
latency p50=114301 p99=700409 max=700409
`;

test('a run with timeouts: rate, latency in milliseconds, and the timeouts as errors', () => {
  const figures = parseWrkOutput(WITH_TIMEOUTS);
  assert.deepEqual(figures, {
    requests: 60,
    requestsPerSecond: 14.88,
    p50Ms: 1442.29,
    p99Ms: 1492.14,
    maxMs: 1492.14,
    socketErrors: { connect: 0, read: 0, write: 0, timeout: 50 },
    statuses: { '200': 60 },
  });
  assert.equal(errorCount(figures), 50);
  assert.equal(non2xxCount(figures), 0);
});

test('a run without socket errors has none, and every status but 2xx counts as non-2xx, redirects too', () => {
  const figures = parseWrkOutput(WITH_404S);
  assert.deepEqual(figures.statuses, { '200': 27, '404': 26 });
  assert.equal(errorCount(figures), 0);
  assert.equal(non2xxCount(figures), 26);
  assert.equal(non2xxCount({ ...figures, statuses: { '200': 5, '204': 1, '303': 2, '503': 1 } }), 3);
});

test('a run that got no answer at all reports no statuses', () => {
  const output = WITH_TIMEOUTS.replace('60 requests', '0 requests').replace('statuses 200=60', 'statuses ');
  const figures = parseWrkOutput(output);
  assert.equal(figures.requests, 0);
  assert.deepEqual(figures.statuses, {});
});

test('output without the lines of readers.lua (wrk run without the script) or from a failed wrk is refused', () => {
  assert.throws(() => parseWrkOutput(WITH_404S.replace(/^statuses.*$/m, '')), /readers\.lua/);
  assert.throws(() => parseWrkOutput('unable to connect to 127.0.0.1:3311 Connection refused\n'), /readers\.lua/);
});
