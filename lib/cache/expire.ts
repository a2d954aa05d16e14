import 'server-only';
import { updateTag } from 'next/cache';
import type { CacheTag } from './tags';

/**
 * Expires what a write changed (its DAL result's `invalidates`), from the server action that made it.
 * updateTag, not revalidateTag: the next request for a page that showed it waits for the new version
 * instead of being served the old one once more, so the editor, and every reader after the save, sees
 * the change at once. In this process's cache; several instances share theirs through the cache
 * handler (docs/caching.md).
 */
export function expireTags(tags: readonly CacheTag[]): void {
  for (const tag of tags) updateTag(tag);
}
