import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appName, clusterConfig, namedConnections, primaryUrl, siteUrl } from './config';

test('with no environment, the documented ports, the benchmark servers right after the edge, and .cluster in the checkout', () => {
  const config = clusterConfig({}, '/repo');
  assert.deepEqual(config, {
    dir: '/repo/.cluster',
    primaryPort: 5441,
    replicaPort: 5442,
    redisPort: 6380,
    appPorts: [3301, 3302],
    edgePort: 8088,
    staticPort: 8089,
    uncachedPort: 8090,
    singlePort: 8091,
  });
  assert.equal(primaryUrl(config), 'postgresql://postgres@127.0.0.1:5441/countercheck');
  assert.equal(siteUrl(config), 'http://127.0.0.1:8088');
});

test('every port and the folder can be moved by the environment; blank means the default', () => {
  const config = clusterConfig(
    { CLUSTER_DIR: '/tmp/c', CLUSTER_APP_PORTS: '4001, 4002,4003', CLUSTER_EDGE_PORT: '9000', CLUSTER_REDIS_PORT: ' ' },
    '/repo',
  );
  assert.equal(config.dir, '/tmp/c');
  assert.deepEqual(config.appPorts, [4001, 4002, 4003]);
  assert.deepEqual(
    [config.edgePort, config.staticPort, config.uncachedPort, config.singlePort],
    [9000, 9001, 9002, 9003],
  );
  assert.equal(config.redisPort, 6380);
});

test('a malformed port is refused with its variable name', () => {
  assert.throws(() => clusterConfig({ CLUSTER_PRIMARY_PORT: '54x1' }, '/r'), /CLUSTER_PRIMARY_PORT must be a port/);
  assert.throws(() => clusterConfig({ CLUSTER_EDGE_PORT: '80' }, '/r'), /CLUSTER_EDGE_PORT/);
  assert.throws(() => clusterConfig({ CLUSTER_APP_PORTS: '3301,' }, '/r'), /CLUSTER_APP_PORTS/);
});

test('a port given to two parts, or one the machine reserves for other services, is refused', () => {
  assert.throws(() => clusterConfig({ CLUSTER_REPLICA_PORT: '5441' }, '/r'), /port 5441 is given to two parts/);
  // The edge's benchmark servers count too: 8089 is the static server's.
  assert.throws(() => clusterConfig({ CLUSTER_APP_PORTS: '3301,8089' }, '/r'), /port 8089 is given to two parts/);
  assert.throws(() => clusterConfig({ CLUSTER_REDIS_PORT: '6379' }, '/r'), /port 6379 is taken/);
  assert.throws(() => clusterConfig({ CLUSTER_PRIMARY_PORT: '5432' }, '/r'), /port 5432 is taken/);
});

test('each instance’s connections carry its name, as pg_stat_activity shows them', () => {
  const url = namedConnections(primaryUrl(clusterConfig({}, '/repo')), appName(3301));
  assert.equal(url, 'postgresql://postgres@127.0.0.1:5441/countercheck?application_name=app-3301');
  assert.equal(new URL(url).searchParams.get('application_name'), 'app-3301');
});
