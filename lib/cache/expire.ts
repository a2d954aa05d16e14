import 'server-only';
import { updateTag } from 'next/cache';
import { waitForReplicasToReplay } from '../db';
import type { CacheTag } from './tags';

// Expiring what a write changed (its DAL result's `invalidates`), from the server action that made
// it. In this process's cache; several instances share theirs through the cache handler
// (docs/caching.md).

/**
 * updateTag: the next request for a page that showed the change waits for the new version instead
 * of being served the old one once more, so the editor, and every reader after the save, sees the
 * change at once. The page the editor is on is rendered again with the action's answer.
 *
 * With read replicas, that next request reads the record from one (lib/cache/public-record.ts):
 * the tags expire only once every replica has replayed the save, or after about a second, so that
 * the refill does not cache the version the save replaced.
 */
export async function expireTags(tags: readonly CacheTag[]): Promise<void> {
  if (!tags.length) return;
  await waitForReplicasToReplay();
  for (const tag of tags) updateTag(tag);
}
