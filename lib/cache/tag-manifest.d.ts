// Types of tag-manifest.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
type TagRecord = { stale?: number; expired?: number };
type Manifest = Map<string, TagRecord>;
export declare function recordTagInvalidation(
  manifest: Manifest,
  tags: string[],
  durations?: { expire?: number },
  now?: number,
): void;
export declare function mergeTagRecord(manifest: Manifest, tag: string, heard: unknown, now?: number): void;
export declare function latestInvalidation(manifest: Manifest): number;
export declare function tagsExpiredSince(manifest: Manifest, tags: string[], timestamp: number, now?: number): boolean;
export declare function tagsStaleSince(manifest: Manifest, tags: string[], timestamp: number): boolean;
export declare function latestExpiry(manifest: Manifest, tags: string[]): number;
