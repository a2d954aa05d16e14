// Next.js's page cache (the `cacheHandler` of next.config.js): its own file-system store, plus a
// Content-Security-Policy kept with every cached page, whose script-src allows the page's inline
// scripts by hash (lib/security/page-script-policy.js). The header is computed once, when a page
// enters the cache, and Next.js sends a cached entry's headers with every response it makes from
// it: the first render, fresh and stale hits (docs/security.md, "Content-Security-Policy").
import fileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { pageScriptPolicy } from '../security/page-script-policy.js';

// A CommonJS module compiled from ESM. Node (next build loads this file itself) hands over its
// exports object as the default import; the server's bundle, where Turbopack compiles this file
// into each page, hands over the class.
const FileSystemCache = fileSystemCacheModule.default ?? fileSystemCacheModule;

const POLICY_HEADER = 'content-security-policy';

/**
 * Adds the script policy to a cached page's headers, in place: Next.js sends the headers of the
 * very object it stored, so the render that fills the entry gets the header too. Build-time pages
 * read from disk lack it and get it on their first read. Other kinds (route handlers, fetches)
 * are not documents and are left as they are, and so is a page with postponed parts: its cached
 * HTML is only a shell, and the rest, scripts included, is rendered for each request (such pages
 * get a nonce from proxy.ts instead).
 */
export function withPageScriptPolicy(value) {
  if (value?.kind !== 'APP_PAGE' || typeof value.html !== 'string' || typeof value.postponed === 'string') return value;
  value.headers ??= {};
  value.headers[POLICY_HEADER] ??= pageScriptPolicy(value.html);
  return value;
}

export default class PageCacheHandler extends FileSystemCache {
  async get(key, context) {
    const entry = await super.get(key, context);
    withPageScriptPolicy(entry?.value);
    return entry;
  }

  async set(key, value, context) {
    withPageScriptPolicy(value);
    return super.set(key, value, context);
  }
}
