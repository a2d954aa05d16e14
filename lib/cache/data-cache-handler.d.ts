// Types of data-cache-handler.js, which is JavaScript because Next.js loads it outside the bundler.
import type { CacheHandler } from 'next/cache';
import type { CacheRedis } from './redis-connection';

export declare function createDataCacheHandler(
  maxBytes: number,
  options?: {
    redis?: CacheRedis | null;
    prefix?: string;
    manifest?: Map<string, { stale?: number; expired?: number }>;
  },
): CacheHandler;
declare const dataCacheHandler: CacheHandler;
export default dataCacheHandler;
