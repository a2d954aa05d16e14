// Types of page-cache-handler.js, which is JavaScript because Node loads it outside the bundler.
type CachedValue = { kind: string; html?: unknown; postponed?: unknown; headers?: Record<string, unknown> };
export declare function withPageScriptPolicy<Value extends CachedValue | null | undefined>(value: Value): Value;
declare const PageCacheHandler: new (...args: unknown[]) => object;
export default PageCacheHandler;
