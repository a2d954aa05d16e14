import { cacheLife, cacheTag } from 'next/cache';
import type { CacheTag } from './tags';

// Next.js compiles the app with process.env.NEXT_RUNTIME set ('nodejs'); the node tests that call
// route handlers and data functions directly run them without Next.js, where 'use cache' is an
// inert string, there is no cache entry to describe, and cacheLife and cacheTag would throw.
export const underNextJs = Boolean(process.env.NEXT_RUNTIME);

/** Gives the enclosing 'use cache' entry its lifetime and tags (lib/cache/life.ts, ./tags.ts). */
export function describeEntry(life: { stale: number; revalidate: number; expire: number }, tags: readonly CacheTag[]) {
  if (!underNextJs) return;
  cacheLife(life);
  if (tags.length) cacheTag(...tags);
}
