import { exportFormatOfFile } from '../export/files';
import { countOf } from './plural';

// What is rate-limited, how much, and which requests count where: pure, so it is unit-tested. The
// counting itself is lib/rate-limit/limiters.ts (PostgreSQL, or memory in the embedded mode).
//
// Reads are counted per client address where each is answered (lib/rate-limit/read-limit.ts);
// writes per account, in the server actions. The defaults leave every person reading or editing by
// hand far below them, and cap what one address or one account can make the server do:
// - search runs a full-text query that no cache answers: one a second, sustained;
// - the API answers from a cache mostly: ten a second;
// - feeds are polled every quarter of an hour by a reader: two a second covers a shared office;
// - an export reads the whole published dataset: 30 downloads in 10 minutes;
// - a share image costs about 0.25 s of CPU: one a second is a quarter of a core per address;
// - writes: one a second per account, which no one typing reaches, and a script does at once;
// - password changes check the current password (argon2, slow on purpose): 5 per quarter hour per
//   account keep a stolen session from guessing it;
// - second-factor codes (sign-in, enrolment, turning 2FA off): 10 per quarter hour per account. Three
//   six-digit codes are valid at a time, so each try has a 3-in-a-million chance: at most about 1 in
//   350 a day, for someone who already has the password.

export const RATE_LIMIT_FAMILIES = [
  'search',
  'api',
  'feeds',
  'exports',
  'shareImages',
  'writes',
  'passwordChanges',
  'secondFactor',
] as const;
export type RateLimitFamily = (typeof RATE_LIMIT_FAMILIES)[number];

/** `points` requests per `durationSeconds`, counted from the first one (a fixed window). */
export type RateLimit = { points: number; durationSeconds: number };
export type RateLimits = Record<RateLimitFamily, RateLimit>;

export const DEFAULT_RATE_LIMITS: RateLimits = {
  search: { points: 60, durationSeconds: 60 },
  api: { points: 600, durationSeconds: 60 },
  feeds: { points: 120, durationSeconds: 60 },
  exports: { points: 30, durationSeconds: 600 },
  shareImages: { points: 60, durationSeconds: 60 },
  writes: { points: 60, durationSeconds: 60 },
  passwordChanges: { points: 5, durationSeconds: 900 },
  secondFactor: { points: 10, durationSeconds: 900 },
};

/**
 * The limits with the overrides of RATE_LIMITS applied: `family=points/seconds`, comma-separated
 * (`search=120/60,exports=10/600`). Throws on anything else, naming the entry.
 */
export function parseRateLimits(overrides: string | undefined): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const entry of (overrides ?? '').split(',').map((part) => part.trim())) {
    if (!entry) continue;
    const match = /^(\w+)=(\d{1,9})\/(\d{1,9})$/.exec(entry);
    const family = RATE_LIMIT_FAMILIES.find((name) => name === match?.[1]);
    const [points, durationSeconds] = [Number(match?.[2]), Number(match?.[3])];
    if (!match || !family || points < 1 || durationSeconds < 1)
      throw new Error(
        `"${entry}" is not family=points/seconds with a family among ${RATE_LIMIT_FAMILIES.join(', ')} and both numbers at least 1`,
      );
    limits[family] = { points, durationSeconds };
  }
  return limits;
}

const FEED_FILE = /^\/(?:(?:people|organizations|topics)\/[^/]+\/)?feed\.(?:xml|json|atom)$/;
const SHARE_IMAGE = /^\/claims\/[^/]+\/share-image\/[^/]+$/;

/** Which per-address limit a read counts against, or null for one that is not limited. */
export function readRateLimitFamily(
  method: string,
  pathname: string,
  searchParams: URLSearchParams,
): RateLimitFamily | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const searching = Boolean(searchParams.get('q')?.trim());
  if (searching && (pathname === '/claims' || pathname === '/api/v1/claims')) return 'search';
  if (pathname.startsWith('/api/v1/')) return 'api';
  if (FEED_FILE.test(pathname)) return 'feeds';
  if (pathname.startsWith('/data/') && exportFormatOfFile(pathname.slice('/data/'.length))) return 'exports';
  if (SHARE_IMAGE.test(pathname)) return 'shareImages';
  return null;
}

/**
 * The reads limited per address (readRateLimitFamily). On PostgreSQL they are counted a
 * batch at a time (lib/rate-limit/batched-counts.ts): a few requests past the limit on another
 * instance cost a read, where a guessed password or code, counted exactly, must not get one more.
 */
const READ_FAMILIES: ReadonlySet<RateLimitFamily> = new Set(['search', 'api', 'feeds', 'exports', 'shareImages']);
export function isReadFamily(family: RateLimitFamily): boolean {
  return READ_FAMILIES.has(family);
}

/** Whole seconds for a Retry-After header: rounded up, and at least 1. */
export function retryAfterSeconds(msBeforeNext: number): number {
  return Math.max(1, Math.ceil(msBeforeNext / 1000));
}

/** What a refused request is told, in a page, a download, the API's JSON or a form. */
export function tooManyRequestsMessage(retryAfter: number): string {
  return `Too many requests. Try again in ${countOf(retryAfter, 'second', 'seconds')}.`;
}
