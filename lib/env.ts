import { z } from 'zod';
import { parseRateLimits } from './domain/rate-limits';

// The one place that reads process.env. Defaults make the embedded database the zero-setup
// choice; a malformed variable stops the process at start with its name.
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const envSchema = z
  .object({
    /** A PostgreSQL server. When unset, the app runs on embedded PGlite in PGLITE_DIR. */
    DATABASE_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    /**
     * Streaming replicas of DATABASE_URL, comma-separated: the public record's cached reads go to
     * one of them (lib/db.ts), everything else to the primary. Ignored with the embedded database.
     */
    DATABASE_REPLICA_URLS: z.preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(',')
              .map((url) => url.trim())
              .filter(Boolean)
          : value,
      z.array(z.url({ protocol: /^postgres(ql)?$/ })).default([]),
    ),
    /**
     * A Redis server that the app's instances share their cache and rate limits through
     * (docs/scale-out.md). Unset, each process keeps its own. The cache handlers, which Next.js
     * loads apart from the app, read it themselves (lib/cache/redis-connection.js).
     */
    REDIS_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^rediss?$/ }).optional()),
    /** Data folder of the embedded database (git-ignored). */
    PGLITE_DIR: z.preprocess(blankAsUnset, z.string().default('.data/pglite')),
    /** The port the server listens on (`next start` reads it itself); SITE_URL defaults to it. */
    PORT: z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(65535).default(3000)),
    /**
     * The site's public origin. Canonical URLs, link previews, share links and the fact-check markup
     * are built from it, never from a request's Host header, which the client controls. A path is
     * refused: the app is served from the root of its origin.
     */
    SITE_URL: z.preprocess(
      blankAsUnset,
      z
        // abort: a value that is no http(s) URL stops here, before the refine parses it as one.
        .url({ protocol: /^https?$/, normalize: true, abort: true })
        .refine((value) => {
          const url = new URL(value);
          return url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
        }, 'must be an http(s) origin such as https://countercheck.example, with no path, query or credentials')
        .transform((value) => new URL(value).origin)
        .optional(),
    ),
    /**
     * How many proxies of ours stand in front of the app, each appending to X-Forwarded-For: the
     * client's address is then the Nth entry from the right (lib/domain/client-address.ts). 0, the
     * default, trusts no proxy: the address is the socket's.
     */
    TRUSTED_PROXIES: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(10).default(0)),
    /**
     * Overrides of the rate limits' defaults (lib/domain/rate-limits.ts), as
     * `family=points/seconds,...`: `search=120/60,exports=10/600`.
     */
    RATE_LIMITS: z.preprocess(
      blankAsUnset,
      z
        .string()
        .optional()
        .transform((value, context) => {
          try {
            return parseRateLimits(value);
          } catch (error) {
            context.addIssue({ code: 'custom', message: (error as Error).message });
            return z.NEVER;
          }
        }),
    ),
  })
  // With no SITE_URL, the local server on the port actually served, so that a server started with
  // PORT=3917 links to itself and its oEmbed endpoint accepts its own claim URLs.
  // A replica is a copy of a PostgreSQL server: with the embedded database there is none to read.
  .transform(({ SITE_URL, DATABASE_REPLICA_URLS, ...env }) => ({
    ...env,
    DATABASE_REPLICA_URLS: env.DATABASE_URL ? DATABASE_REPLICA_URLS : [],
    SITE_URL: SITE_URL ?? `http://localhost:${env.PORT}`,
  }));

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
