'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { deleteSource, updateSource, type SourceEditResult } from '../dal/source-edits';
import type { SourceSnapshot } from '../domain/source-revisions';
import { sourceDeleteSchema, sourceEditSchema } from '../validation/record-edits';
import {
  fieldErrors,
  formFields,
  formStateFromError,
  savedFormState,
  submittedValues,
  type EditFormState,
  type FormState,
} from './form-state';
import { routes } from '../routes';
import { expireTags } from '../cache/expire';

// Editing sources. Public POST endpoints: the DAL checks the session's user and whether the
// archived text may still change.

const FIELDS = formFields(sourceEditSchema, ['sourceId']);

export type SourceField = (typeof FIELDS)[number];
export type SourceEditState = EditFormState<SourceField, SourceSnapshot>;

export async function updateSourceAction(_previous: SourceEditState, formData: FormData): Promise<SourceEditState> {
  const values = submittedValues(formData, FIELDS);
  const parsed = sourceEditSchema.safeParse({ ...values, sourceId: formData.get('sourceId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: SourceEditResult;
  try {
    result = await updateSource(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError<SourceField, SourceSnapshot>(error, values);
  }
  await expireTags(result.invalidates);
  return savedFormState(result, values);
}

export async function deleteSourceAction(
  _previous: FormState<'reason'>,
  formData: FormData,
): Promise<FormState<'reason'>> {
  const values = submittedValues(formData, ['reason'] as const);
  const parsed = sourceDeleteSchema.safeParse({
    ...values,
    sourceId: formData.get('sourceId'),
    version: formData.get('version'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: SourceEditResult;
  try {
    result = await deleteSource(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(result.invalidates);
  redirect(routes.home());
}
