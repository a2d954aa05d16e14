// Failures the app expects and can name. Actions turn them into a message on the form, pages into
// a redirect or a notice; anything else is unexpected and reaches app/error.tsx.
export type AppErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'rate_limited';

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

/** An expected failure that belongs next to one form field (a name taken, a quote not found). */
export class FieldError<Field extends string = string> extends AppError {
  readonly field: Field;

  constructor(field: Field, code: AppErrorCode, message: string) {
    super(code, message);
    this.field = field;
  }
}
