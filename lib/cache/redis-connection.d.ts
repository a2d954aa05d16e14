// Types of redis-connection.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
import type Redis from 'ioredis';

export declare const LIFETIME_WITHOUT_REDIS_SECONDS: number;
export declare const CACHE_KEY_PREFIX: string;
export type CacheRedis = {
  id: string;
  commands: Redis;
  subscriber: Redis;
  isUp(): boolean;
  onUp(listener: () => void): void;
  disconnect(): void;
};
export declare function connectCacheRedis(
  url: string,
  options?: { onChange?: (up: boolean, url: string) => void },
): CacheRedis;
export declare function cacheRedis(): CacheRedis | null;
