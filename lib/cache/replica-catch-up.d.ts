// Types of replica-catch-up.js, which is JavaScript because Next.js loads the cache handlers outside the bundler.
export declare function setReplicaCatchUp(wait: () => Promise<void>): void;
export declare function replicasCaughtUp(): Promise<void>;
