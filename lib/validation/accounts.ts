import { z } from 'zod';
import { UserRole } from '../generated/prisma/enums';
import { isStorableText, UNSTORABLE_TEXT_MESSAGE } from './storable';

// Account input, shared by the forms, their actions, the DAL and the user:create command line.

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** The longest address SMTP allows (RFC 5321). */
export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 100;

/** Trimmed and lower-cased: the database stores emails that way, so uniqueness ignores case. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(EMAIL_MAX_LENGTH, `An email address has at most ${EMAIL_MAX_LENGTH} characters.`)
  .pipe(z.email('Enter an email address such as name@example.org.'));

/** A new password. Never trimmed: every character counts. The cap bounds the hashing work. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`);

export const displayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(DISPLAY_NAME_MAX_LENGTH, `A name has at most ${DISPLAY_NAME_MAX_LENGTH} characters.`)
  .refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);

export const roleSchema = z.enum(UserRole, 'Choose a role.');

// A sign-in checks no password rules beyond presence: it must fail the same way for every wrong one.
export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address.')
    .max(EMAIL_MAX_LENGTH, 'Email or password is incorrect.')
    // The address is looked up: one PostgreSQL cannot hold must not reach the query.
    .refine(isStorableText, 'Email or password is incorrect.'),
  password: z.string().min(1, 'Enter your password.').max(PASSWORD_MAX_LENGTH, 'Email or password is incorrect.'),
});

export const createUserSchema = z.object({
  email: emailSchema,
  name: displayNameSchema,
  role: roleSchema,
  password: newPasswordSchema,
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  });

export const changeRoleSchema = z.object({ userId: z.uuid('Unknown account.'), role: roleSchema });

/** One account to disable or enable. */
export const userIdSchema = z.object({ userId: z.uuid('Unknown account.') });

/** Longer than any code (a recovery code with spaces is about 20 characters): the rest is noise. */
export const SECOND_FACTOR_CODE_MAX_LENGTH = 64;

/** A code from the authenticator app (six digits) or a recovery code: the DAL tells which. */
export const secondFactorCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Enter the code from your app, or a recovery code.')
    .max(SECOND_FACTOR_CODE_MAX_LENGTH, 'This code is not right.')
    // A recovery code is looked up: one PostgreSQL cannot hold must not reach the query.
    .refine(isStorableText, 'This code is not right.'),
});

/** Proof that the signed-in person owns the account: a current code from the app, or the password. */
export const ownerConfirmationSchema = z.object({
  confirmation: z
    .string()
    .min(1, 'Enter a current code from your app, or your password.')
    .max(PASSWORD_MAX_LENGTH, 'This is neither a current code from your app nor your password.'),
});
