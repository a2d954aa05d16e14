import type { ConcurrentRevision } from './domain/revisions';

// Failures the app expects and can name. The DAL throws them (it never returns a refusal); each
// boundary maps them once: server actions to form state (lib/actions/form-state.ts), pages to a
// sign-in redirect, a 403 or a 404 (lib/auth/page-guard.ts), route handlers to an HTTP status
// (lib/http-errors.ts). Anything else is unexpected and reaches app/error.tsx.
export type AppErrorCode =
  'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'invalid' | 'stale' | 'rate_limited' | 'unavailable';

// The kinds an error is, from its own class up to AppError, on the error itself. Each of the server's
// bundles (pages, route handlers, the proxy) may load a copy of this module, and the database
// client, one per process on globalThis (lib/db.ts), throws the classes of the copy that made it:
// `instanceof` therefore compares kinds, which every copy names alike, not class identities.
const KINDS = Symbol.for('countercheck.appErrorKinds');
type KindedClass = { readonly kind: string };

export abstract class AppError extends Error {
  /** The class's name, kept when the build renames classes. */
  static readonly kind: string = 'AppError';
  readonly code: AppErrorCode;
  private readonly [KINDS]: readonly string[];

  static [Symbol.hasInstance](this: KindedClass, value: unknown): boolean {
    const kinds = typeof value === 'object' && value !== null ? (value as { [KINDS]?: unknown })[KINDS] : undefined;
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }

  protected constructor(code: AppErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    const kinds: string[] = [];
    for (let kind: unknown = new.target; kind !== Error; kind = Object.getPrototypeOf(kind))
      kinds.push((kind as KindedClass).kind);
    this[KINDS] = kinds;
  }
}

/** No one is signed in, or the credentials given do not open a session. */
export class UnauthenticatedError extends AppError {
  static override readonly kind: string = 'UnauthenticatedError';

  constructor(message = 'Please sign in first.') {
    super('unauthenticated', message);
  }
}

/** Signed in, but the account's role does not allow this. */
export class ForbiddenError extends AppError {
  static override readonly kind: string = 'ForbiddenError';

  constructor(message = 'Your account is not allowed to do this.') {
    super('forbidden', message);
  }
}

/** The record does not exist, or the actor may not know that it does. */
export class NotFoundError extends AppError {
  static override readonly kind: string = 'NotFoundError';

  constructor(message: string) {
    super('not_found', message);
  }
}

/** The change collides with the state of other records (a slug taken, a passage quoted already). */
export class ConflictError extends AppError {
  static override readonly kind: string = 'ConflictError';

  constructor(message: string) {
    super('conflict', message);
  }
}

/** Too many attempts: the caller may try again at `retryAt`. */
export class RateLimitedError extends AppError {
  static override readonly kind: string = 'RateLimitedError';

  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super('rate_limited', message);
  }
}

/**
 * How long a client is asked to wait before it tries again while the database is unreachable: a
 * PostgreSQL restart or fail-over takes seconds; a longer outage is asked again at each attempt.
 */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/**
 * The database could not be reached, or dropped the connection: a read has no answer, and a write
 * saved nothing (whatever a transaction had written is rolled back by the server). Made from the
 * driver's failure by the one Prisma client (lib/db.ts), so every action and route handler reports
 * an outage the same way; a form says that nothing was saved (`refusedWriteMessage`), the API only
 * that the database is unavailable.
 */
export class ServiceUnavailableError extends AppError {
  static override readonly kind: string = 'ServiceUnavailableError';

  constructor(
    readonly retryAfterSeconds: number = DATABASE_RETRY_AFTER_SECONDS,
    /** The driver's own failure, for a log: the person is told only that it happened. */
    options?: ErrorOptions,
  ) {
    super('unavailable', `The database is unavailable. Try again in ${retryAfterSeconds} seconds.`, options);
  }

  /** What a form that was sent is told. */
  get refusedWriteMessage(): string {
    return `The database is unavailable; nothing was saved. Try again in ${this.retryAfterSeconds} seconds.`;
  }
}

/** An expected failure that belongs next to one form field (a name taken, a quote not found). */
export class FieldError<Field extends string = string> extends AppError {
  static override readonly kind: string = 'FieldError';

  readonly field: Field;

  constructor(field: Field, code: AppErrorCode, message: string) {
    super(code, message);
    this.field = field;
  }
}

/**
 * The input is well-formed but this field must change before it can be saved (a correction note
 * the change needs, a reason for an unverified quote): said next to the field only.
 */
export class InvalidError<Field extends string = string> extends FieldError<Field> {
  static override readonly kind: string = 'InvalidError';

  constructor(field: Field, message: string) {
    super(field, 'invalid', message);
  }
}

/**
 * A save based on a version someone else has since changed: nothing was written. Carries what the
 * editor needs to merge: the record as saved now, its version, and the saves made meanwhile.
 */
export class StaleError<Snapshot = unknown> extends AppError {
  static override readonly kind: string = 'StaleError';

  constructor(
    message: string,
    readonly current: Snapshot,
    readonly version: number,
    readonly savedMeanwhile: ConcurrentRevision[],
  ) {
    super('stale', message);
  }
}
