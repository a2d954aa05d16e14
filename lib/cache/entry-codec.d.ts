// Types of entry-codec.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
export declare function encodeEntry(entry: object, bytes: Uint8Array): Buffer;
export declare function decodeEntry(
  buffer: Buffer | null,
): { entry: Record<string, unknown>; value: Uint8Array } | null;
