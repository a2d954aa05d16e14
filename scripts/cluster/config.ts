// Where each part of the local cluster (npm run cluster:local) runs: its ports on loopback and its
// data folder, from the environment with defaults. Pure, so that the choices are tested apart from
// a run; every script of the cluster (start, stop, bench) reads them here and so agrees.
import path from 'node:path';

export type ClusterConfig = {
  /** Data folder of every part: databases, Redis, nginx's files, logs and pid files (git-ignored). */
  dir: string;
  primaryPort: number;
  replicaPort: number;
  redisPort: number;
  /** One app instance (the standalone build's server) per port. */
  appPorts: number[];
  /** nginx with the micro-cache: the address readers use. */
  edgePort: number;
  /** The benchmark's servers of the same nginx (deploy/nginx/bench.conf): a static file, the instances uncached, the first instance uncached. */
  staticPort: number;
  uncachedPort: number;
  singlePort: number;
};

export const DATABASE_NAME = 'countercheck';
const HOST = '127.0.0.1';

// Ports other work on the project's machines already uses: the system PostgreSQL and Redis, the
// test server, and the other helpers' servers.
const RESERVED_PORTS = new Set([5432, 5440, 6379, 3107, 3201, 3202, 3203]);

function parsePort(name: string, text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1024 || value > 65535)
    throw new Error(`${name} must be a port from 1024 to 65535, not "${text}"`);
  return value;
}

const port = (env: Record<string, string | undefined>, name: string, fallback: number) =>
  env[name]?.trim() ? parsePort(name, env[name].trim()) : fallback;

export function clusterConfig(env: Record<string, string | undefined>, root: string): ClusterConfig {
  const appPorts = (env.CLUSTER_APP_PORTS?.trim() || '3301,3302')
    .split(',')
    .map((text) => parsePort('each of CLUSTER_APP_PORTS', text.trim()));
  const edgePort = port(env, 'CLUSTER_EDGE_PORT', 8088);
  const config: ClusterConfig = {
    dir: path.resolve(root, env.CLUSTER_DIR?.trim() || '.cluster'),
    primaryPort: port(env, 'CLUSTER_PRIMARY_PORT', 5441),
    replicaPort: port(env, 'CLUSTER_REPLICA_PORT', 5442),
    redisPort: port(env, 'CLUSTER_REDIS_PORT', 6380),
    appPorts,
    edgePort,
    // The benchmark's servers take the three ports after the edge's.
    staticPort: edgePort + 1,
    uncachedPort: edgePort + 2,
    singlePort: edgePort + 3,
  };
  const ports = [
    config.primaryPort,
    config.replicaPort,
    config.redisPort,
    ...config.appPorts,
    config.edgePort,
    config.staticPort,
    config.uncachedPort,
    config.singlePort,
  ];
  const reserved = ports.filter((p) => RESERVED_PORTS.has(p));
  if (reserved.length) throw new Error(`port ${reserved.join(', ')} is taken by other services on this machine`);
  const repeated = ports.filter((p, i) => ports.indexOf(p) !== i);
  if (repeated.length)
    throw new Error(`port ${[...new Set(repeated)].join(', ')} is given to two parts of the cluster`);
  return config;
}

export const primaryUrl = (config: ClusterConfig) =>
  `postgresql://postgres@${HOST}:${config.primaryPort}/${DATABASE_NAME}`;
export const replicaUrl = (config: ClusterConfig) =>
  `postgresql://postgres@${HOST}:${config.replicaPort}/${DATABASE_NAME}`;
export const redisUrl = (config: ClusterConfig) => `redis://${HOST}:${config.redisPort}`;
export const origin = (port: number) => `http://${HOST}:${port}`;
/** The name of the app instance on `port`: its pid and log files, and its connections in pg_stat_activity. */
export const appName = (port: number) => `app-${port}`;
/** A database URL whose connections PostgreSQL lists under `name` (pg_stat_activity.application_name). */
export const namedConnections = (url: string, name: string) => `${url}?application_name=${encodeURIComponent(name)}`;
/** The site's public origin: readers come through nginx. */
export const siteUrl = (config: ClusterConfig) => origin(config.edgePort);
export { HOST as CLUSTER_HOST };
