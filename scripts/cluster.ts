// npm run cluster:local -- [--skip-build] [--detach]      npm run cluster:stop
//
// The scale-out topology on loopback (docs/scale-out.md): a PostgreSQL primary and a streaming
// replica, Redis, the standalone production build served by two app instances, as a deployment
// serves it (npm run build:standalone), and nginx in front with the micro-cache of deploy/nginx/.
// Everything lives in .cluster/ (CLUSTER_DIR); ports from the environment (scripts/cluster/config.ts).
// Migrates and seeds the primary, then builds against it (Cache Components prerenders from the
// database); --skip-build serves the standalone build already in .next/standalone.
//
// It stays in the foreground and Ctrl-C stops everything it started; --detach returns once all is
// up, and `npm run cluster:stop` stops it later. Both stop only what the pid files of .cluster/run
// (and PostgreSQL's own postmaster.pid) name.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  appName,
  clusterConfig,
  namedConnections,
  origin,
  primaryUrl,
  redisUrl,
  replicaUrl,
  siteUrl,
  type ClusterConfig,
} from './cluster/config';
import {
  NGINX_TEMPLATES,
  nginxPrefix,
  renderLocalNginx,
  staticRoot,
  type NginxTemplates,
} from './cluster/nginx-config';
import { isPostgresRunning, postgresNodes, startPrimary, startReplica, stopPostgres } from './cluster/postgres';
import { isRunning, logDir, runStep, startRecorded, stopRecorded } from './cluster/processes';
import { startRedis } from './cluster/redis';
import { waitForAnswer } from './production-server';
import { STANDALONE_DIR, standaloneServerCommand } from './standalone/standalone-build';

const ROOT = path.resolve(import.meta.dirname, '..');
const READY_PATH = '/methodology';

/** The recorded processes, in the order they stop: the edge first, the databases last (pg_ctl's, apart). */
const recordedNames = (config: ClusterConfig) => ['nginx', ...config.appPorts.map(appName), 'redis'];

/** What every app instance is given. The replica and Redis are passed before the app uses them (docs/scale-out.md). */
function appEnv(config: ClusterConfig, port: number): Record<string, string> {
  return {
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PORT: String(port),
    // Every interface, as `next start` listens by default: not 127.0.0.1 (scripts/production-server.ts
    // says why), and never a HOSTNAME inherited from the shell or a container, which names the machine.
    HOSTNAME: '0.0.0.0',
    // Named, so that each instance's connections are told apart on the servers (pg_stat_activity).
    DATABASE_URL: namedConnections(primaryUrl(config), appName(port)),
    DATABASE_REPLICA_URLS: namedConnections(replicaUrl(config), appName(port)),
    REDIS_URL: redisUrl(config),
    SITE_URL: siteUrl(config),
    // nginx, the one proxy of ours, appends the client's address to X-Forwarded-For.
    TRUSTED_PROXIES: '1',
  };
}

function writeNginxConfig(config: ClusterConfig): string {
  const templates = Object.fromEntries(
    NGINX_TEMPLATES.map((name) => [name, readFileSync(path.join(ROOT, 'deploy/nginx', name), 'utf8')]),
  ) as NginxTemplates;
  const prefix = nginxPrefix(config);
  mkdirSync(path.join(prefix, 'temp'), { recursive: true });
  mkdirSync(path.join(prefix, 'static'), { recursive: true });
  for (const [name, text] of Object.entries(renderLocalNginx(templates, config)))
    writeFileSync(path.join(prefix, name), text);
  return path.join(prefix, 'local.conf');
}

async function start(config: ClusterConfig, { build }: { build: boolean }): Promise<void> {
  const running = recordedNames(config).filter((name) => isRunning(config, name));
  if (running.length || postgresNodes(config).some(isPostgresRunning))
    throw new Error(`the cluster in ${config.dir} is running already: npm run cluster:stop first`);
  mkdirSync(config.dir, { recursive: true });

  console.log('cluster: PostgreSQL primary and replica');
  startPrimary(config);
  startReplica(config);
  console.log('cluster: Redis');
  await startRedis(config);

  const database = { DATABASE_URL: primaryUrl(config), SITE_URL: siteUrl(config), NEXT_TELEMETRY_DISABLED: '1' };
  console.log('cluster: migrations and seed on the primary');
  runStep('migrations and seed', 'npm', ['run', '--silent', 'db:setup'], database);
  if (build) {
    console.log('cluster: standalone production build against the primary');
    runStep('npm run build:standalone', 'node_modules/.bin/tsx', ['scripts/build-standalone.ts'], database);
  }
  const { command, args } = standaloneServerCommand(ROOT);
  if (!existsSync(args[0]!)) throw new Error(`no standalone build in ${STANDALONE_DIR}: start without --skip-build`);

  for (const port of config.appPorts) {
    console.log(`cluster: app instance on ${port}`);
    const app = startRecorded(config, appName(port), command, args, appEnv(config, port));
    await waitForAnswer(origin(port) + READY_PATH, app.exited).catch((error: Error) => {
      throw new Error(`${error.message}: see ${logDir(config)}/${appName(port)}.log`);
    });
  }

  console.log('cluster: nginx');
  const nginxConf = writeNginxConfig(config);
  runStep('nginx -t', 'nginx', ['-q', '-t', '-p', nginxPrefix(config), '-c', nginxConf]);
  const nginx = startRecorded(config, 'nginx', 'nginx', ['-p', nginxPrefix(config), '-c', nginxConf]);
  await waitForAnswer(siteUrl(config) + READY_PATH, nginx.exited, 10);

  const [primary, replica] = postgresNodes(config);
  const parts: [string, string, string][] = [
    ['nginx, the edge (readers)', siteUrl(config), nginxPrefix(config)],
    ...config.appPorts.map((port): [string, string, string] => [
      'app instance',
      origin(port),
      `${logDir(config)}/${appName(port)}.log`,
    ]),
    ['PostgreSQL primary', primaryUrl(config), primary!.dataDir],
    ['PostgreSQL replica', replicaUrl(config), replica!.dataDir],
    ['Redis', redisUrl(config), `${logDir(config)}/redis.log`],
    ['bench: static files', origin(config.staticPort), staticRoot(config)],
    ['bench: instances, uncached', origin(config.uncachedPort), ''],
    ['bench: first instance, uncached', origin(config.singlePort), ''],
  ];
  const width = (column: 0 | 1) => Math.max(...parts.map((part) => part[column].length));
  console.log('');
  for (const part of parts)
    console.log(`${part[0].padEnd(width(0))}  ${part[1].padEnd(width(1))}  ${part[2]}`.trimEnd());
}

async function stop(config: ClusterConfig): Promise<string[]> {
  const stopped: string[] = [];
  for (const name of recordedNames(config)) if (await stopRecorded(config, name)) stopped.push(name);
  return [...stopped, ...stopPostgres(config)];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'skip-build': { type: 'boolean', default: false }, detach: { type: 'boolean', default: false } },
  });
  const config = clusterConfig(process.env, ROOT);
  if (positionals[0] === 'stop') {
    const stopped = await stop(config);
    console.log(stopped.length ? `cluster: stopped ${stopped.join(', ')}` : 'cluster: nothing was running');
    return 0;
  }
  if (positionals[0] !== 'start') {
    console.error('usage: tsx scripts/cluster.ts start [--skip-build] [--detach] | stop');
    return 2;
  }
  try {
    await start(config, { build: !values['skip-build'] });
  } catch (error) {
    console.error(`cluster: ${(error as Error).message}\ncluster: stopping what was started`);
    await stop(config);
    return 1;
  }
  if (values.detach) {
    console.log('\ncluster: running; npm run cluster:stop stops it');
    return 0;
  }
  console.log('\ncluster: running; Ctrl-C stops it');
  // Says when a part stops on its own; it also keeps this process alive, which a pending promise
  // and signal handlers alone do not.
  const reported = new Set<string>();
  const watch = setInterval(() => {
    for (const name of recordedNames(config))
      if (!reported.has(name) && !isRunning(config, name)) {
        reported.add(name);
        console.log(`cluster: ${name} has stopped: see ${logDir(config)}/${name}.log`);
      }
  }, 5000);
  // SIGHUP too: a closed terminal must not leave the cluster running without its script.
  const signal = await new Promise<string>((resolve) => {
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(name, () => resolve(name));
  });
  clearInterval(watch);
  console.log(`\ncluster: ${signal}, stopping`);
  console.log(`cluster: stopped ${(await stop(config)).join(', ')}`);
  return 0;
}

process.exit(await main());
