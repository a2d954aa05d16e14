// The cluster's Redis (scripts/cluster.ts): the cache's and the rate limits' shared store.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ClusterConfig } from './config';
import { logDir, startRecorded, stopRecorded } from './processes';

/** Starts Redis on the cluster's port, keeping nothing on disk, and waits until it answers. */
export async function startRedis(config: ClusterConfig): Promise<void> {
  const folder = path.join(config.dir, 'redis');
  mkdirSync(folder, { recursive: true });
  // A cache and a counter store: nothing in it needs to outlive the process.
  const redis = startRecorded(config, 'redis', 'redis-server', [
    '--port',
    String(config.redisPort),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    // Bounded: under pressure the least used of the keys with a lifetime go (cached entries, rate
    // limit counters), never the invalidations' hash (docs/scale-out.md, "Redis's memory").
    '--maxmemory',
    '256mb',
    '--maxmemory-policy',
    'volatile-lru',
    '--dir',
    folder,
  ]);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (redis.exited()) break;
    const pong = spawnSync('redis-cli', ['-p', String(config.redisPort), 'ping'], {
      encoding: 'utf8',
    }).stdout;
    if (pong.trim() === 'PONG') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Redis did not answer on port ${config.redisPort}: see ${logDir(config)}/redis.log`);
}

/** Stops the cluster's Redis, if it runs. */
export const stopRedis = (config: ClusterConfig) => stopRecorded(config, 'redis');
