// Types of page-cache-handler.js, which is JavaScript because Node loads it outside the bundler.
import type { CacheRedis } from './redis-connection.js';

type CachedValue = { kind: string; html?: unknown; postponed?: unknown; headers?: Record<string, unknown> };
export declare function withPageScriptPolicy<Value extends CachedValue | null | undefined>(value: Value): Value;
export declare const SHARED_COPY_MARGIN_MS: number;
type CacheEntry = {
  value: (CachedValue & Record<string, unknown>) | null;
  lastModified?: number;
  cacheControl?: { revalidate?: number | false; expire?: number };
};
// The part of Next.js's cache handler interface the tests use.
declare class PageCacheHandler {
  constructor(context: Record<string, unknown>);
  get(key: string, context: Record<string, unknown>): Promise<CacheEntry | null>;
  set(key: string, value: CachedValue | null, context: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
}
export declare function definePageCacheHandler(options?: {
  connect?: () => CacheRedis | null;
  prefix?: string;
}): typeof PageCacheHandler;
export default PageCacheHandler;
