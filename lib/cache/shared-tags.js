// Tag invalidations shared by the instances through Redis: each one records its invalidations in a
// hash and announces them on a channel; the others apply them to their own tag manifest, which both
// their caches consult. A message carries the tags and the kind of invalidation, not a time, so the
// instance that hears it dates it by its own clock (a copy it made before hearing is out of date);
// the hash, read again each time the subscription (re)connects, makes up for messages missed while
// an instance was cut off.
import { replicasCaughtUp } from './replica-catch-up.js';
import { mergeTagRecord, recordTagInvalidation } from './tag-manifest.js';

/** Announces an invalidation this instance has recorded in `manifest`. Fails when Redis is down. */
export async function shareTagInvalidation(redis, prefix, manifest, tags, durations) {
  const records = tags.flatMap((tag) => [tag, JSON.stringify(manifest.get(tag) ?? {})]);
  await redis.commands
    .multi()
    .hset(`${prefix}tags`, ...records)
    .publish(`${prefix}tags`, JSON.stringify({ origin: redis.id, tags, durations }))
    .exec();
}

/** Applies the other instances' invalidations to `manifest`, as they come and on each (re)connection. */
export function followTagInvalidations(redis, prefix, manifest) {
  const channel = `${prefix}tags`;
  redis.subscriber.subscribe(channel).catch(() => {});
  redis.subscriber.on('message', (from, message) => {
    const heard = from === channel ? parsed(message) : null;
    // Anything else on the channel (another version's message, a hand-typed PUBLISH) is ignored:
    // a subscriber's exception would end this instance's process.
    if (!Array.isArray(heard?.tags) || heard.origin === redis.id) return;
    const tags = heard.tags.filter(isTag);
    // Applied once this instance's replicas show the save (replica-catch-up.js); until then the
    // old version is served, as it was before the save. The wait never fails; should it, the
    // invalidation is applied all the same.
    replicasCaughtUp()
      .catch(() => {})
      .then(() => recordTagInvalidation(manifest, tags, heard.durations ?? undefined));
  });
  redis.onUp(async () => {
    const records = await redis.commands.hgetall(`${prefix}tags`).catch(() => ({}));
    for (const [tag, record] of Object.entries(records)) mergeTagRecord(manifest, tag, parsed(record));
  });
}

const isTag = (tag) => typeof tag === 'string' && tag.length > 0;

function parsed(json) {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
