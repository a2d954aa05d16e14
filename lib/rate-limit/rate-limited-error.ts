import { tooManyRequestsMessage } from '../domain/rate-limits';
import { AppError } from '../errors';

/** An account over one of its limits (lib/domain/rate-limits.ts): a form shows when to try again. */
export class RateLimitedError extends AppError {
  // Not lib/errors.ts's RateLimitedError (a sign-in throttle's, with a date): a kind of its own.
  static override readonly kind: string = 'AccountRateLimitedError';

  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', tooManyRequestsMessage(retryAfterSeconds));
  }
}
