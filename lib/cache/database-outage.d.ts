// Types of database-outage.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
export declare const OUTAGE_REMEMBERED_MS: number;
export declare function noteDatabaseUnavailable(now?: number): void;
export declare function databaseRecentlyUnavailable(now?: number): boolean;
