// Types of data-cache-handler.js, which is JavaScript because Next.js loads it outside the bundler.
import type { CacheHandler } from 'next/cache';

export declare function createDataCacheHandler(maxBytes: number): CacheHandler;
declare const dataCacheHandler: CacheHandler;
export default dataCacheHandler;
