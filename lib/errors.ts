// Failures the app expects and can name. Actions turn them into a message on the form, pages into
// a redirect or a notice; anything else is unexpected and reaches app/error.tsx.
export type AppErrorCode = 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict';

export class AppError extends Error {
  readonly code: AppErrorCode;

  constructor(code: AppErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}
