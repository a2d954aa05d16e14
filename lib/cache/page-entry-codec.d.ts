// Types of page-entry-codec.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
export type PageEntry = {
  value: { kind: string; [field: string]: unknown } | null;
  lastModified?: number;
  cacheControl?: { revalidate?: number | false; expire?: number };
};
export declare function encodePageEntry(entry: PageEntry): Buffer | null;
export declare function decodePageEntry(buffer: Buffer | null): PageEntry | null;
