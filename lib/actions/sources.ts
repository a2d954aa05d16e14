'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import { deleteSource, updateSource, type SourceEditResult } from '../dal/source-edits';
import type { SourceSnapshot } from '../domain/source-revisions';
import { sourceDeleteSchema, sourceEditSchema } from '../validation/record-edits';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';

// Editing sources. Public POST endpoints: the DAL checks the session's user and whether the
// archived text may still change.

export type SourceField =
  | 'version'
  | 'kind'
  | 'outlet'
  | 'title'
  | 'url'
  | 'publishedOn'
  | 'language'
  | 'provenanceNote'
  | 'archiveText'
  | 'reason';
export type SourceEditState = FormState<SourceField> & { current?: SourceSnapshot };

const FIELDS = [
  'version',
  'kind',
  'outlet',
  'title',
  'url',
  'publishedOn',
  'language',
  'provenanceNote',
  'archiveText',
  'reason',
] as const;

export async function updateSourceAction(_previous: SourceEditState, formData: FormData): Promise<SourceEditState> {
  const values = submittedValues(formData, FIELDS);
  const parsed = sourceEditSchema.safeParse({ ...values, sourceId: formData.get('sourceId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: SourceEditResult;
  try {
    result = await updateSource(parsed.data, await getCurrentUser());
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (!result.ok)
    return { message: result.message, current: result.current, values: { ...values, version: String(result.version) } };
  revalidatePath(routes.source(result.id), 'layout');
  return {
    ok: true,
    message: result.changed ? `Saved as version ${result.version}.` : 'Nothing had changed: nothing was saved.',
    values: { ...values, version: String(result.version) },
  };
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
    result = await deleteSource(parsed.data, await getCurrentUser());
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (!result.ok) return { message: result.message, values };
  revalidatePath(routes.source(result.id), 'layout');
  redirect('/');
}
