import assert from 'node:assert/strict';
import { test } from 'node:test';
// next/navigation's server build: the package entry also loads the client router, which needs a browser React.
import { redirect } from 'next/dist/client/components/navigation.react-server';
import {
  ConflictError,
  FieldError,
  ForbiddenError,
  InvalidError,
  ServiceUnavailableError,
  StaleError,
} from '../errors';
import { claimEditSchema } from '../validation/claim-edit';
import { formFields, formStateFromError, savedFormState } from './form-state';

const typed = { version: '2', summary: 'My own wording', reason: 'Tightened.' };

test('a stale save keeps what was typed, shows the values saved meanwhile and moves to their version', () => {
  const current = { summary: 'Their wording' };
  const state = formStateFromError(
    new StaleError('This claim was changed after you opened it.', current, 3, []),
    typed,
  );
  assert.deepEqual(state, {
    message: 'This claim was changed after you opened it.',
    current,
    values: { ...typed, version: '3' },
  });
});

test('an invalid field is said next to that field only; another refusal about a field also as the message', () => {
  assert.deepEqual(formStateFromError(new InvalidError('correctionNote', 'Write a correction note.'), typed), {
    errors: { correctionNote: ['Write a correction note.'] },
    values: typed,
  });
  assert.deepEqual(formStateFromError(new FieldError('slug', 'conflict', 'This slug is taken.'), typed), {
    errors: { slug: ['This slug is taken.'] },
    message: 'This slug is taken.',
    values: typed,
  });
});

test('a refusal of the whole form is its message, with what was typed', () => {
  assert.deepEqual(formStateFromError(new ForbiddenError(), typed), {
    message: 'Your account is not allowed to do this.',
    values: typed,
  });
  assert.deepEqual(formStateFromError(new ConflictError('Decided already.'), {}), {
    message: 'Decided already.',
    values: {},
  });
});

test('a database outage is the form message, saying nothing was saved and when to retry, with everything typed', () => {
  assert.deepEqual(formStateFromError(new ServiceUnavailableError(10), typed), {
    message: 'The database is unavailable; nothing was saved. Try again in 10 seconds.',
    values: typed,
  });
});

test("an unexpected error, and Next.js's redirect signal, are rethrown", () => {
  const unexpected = new Error('connection lost');
  assert.throws(() => formStateFromError(unexpected, typed), unexpected);
  let signal: unknown;
  try {
    redirect('/claims');
  } catch (error) {
    signal = error;
  }
  assert.ok(signal instanceof Error);
  assert.throws(() => formStateFromError(signal, typed), signal);
});

test('a save reports its version, or that nothing had changed, and the form moves to that version', () => {
  assert.deepEqual(savedFormState({ version: 4, changed: true }, typed), {
    ok: true,
    message: 'Saved as version 4.',
    values: { ...typed, version: '4' },
  });
  assert.deepEqual(savedFormState({ version: 2, changed: false }, typed), {
    ok: true,
    message: 'Nothing had changed: nothing was saved.',
    values: typed,
  });
});

test("a form's fields are its schema's, less those read apart", () => {
  assert.deepEqual(formFields(claimEditSchema, ['claimId', 'restoredFrom', 'topics']), [
    'version',
    'summary',
    'verdict',
    'verdictExplanation',
    'reason',
    'correctionNote',
  ]);
});
