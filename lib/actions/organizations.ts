'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { createOrganization, updateOrganization, type OrganizationEditResult } from '../dal/organization-edits';
import type { OrganizationSnapshot } from '../domain/organization-revisions';
import { organizationCreateSchema, organizationEditSchema } from '../validation/record-edits';
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
import type { CacheTag } from '../cache/tags';

// Adding and editing organizations. Public POST endpoints: the DAL checks the session's user.

// The edit schema is a pipe (it derives the slug): its fields are those of its input object.
const FIELDS = formFields(organizationEditSchema.in, ['organizationId']);

export type OrganizationField = (typeof FIELDS)[number];
export type OrganizationEditState = EditFormState<OrganizationField, OrganizationSnapshot>;

export async function createOrganizationAction(
  _previous: FormState<OrganizationField>,
  formData: FormData,
): Promise<FormState<OrganizationField>> {
  const values = submittedValues(formData, FIELDS);
  const parsed = organizationCreateSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let created: { slug: string; invalidates: CacheTag[] };
  try {
    created = await createOrganization(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(created.invalidates);
  redirect(routes.organizationEdit(created.slug));
}

export async function updateOrganizationAction(
  _previous: OrganizationEditState,
  formData: FormData,
): Promise<OrganizationEditState> {
  const values = submittedValues(formData, FIELDS);
  const parsed = organizationEditSchema.safeParse({ ...values, organizationId: formData.get('organizationId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: OrganizationEditResult;
  try {
    result = await updateOrganization(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError<OrganizationField, OrganizationSnapshot>(error, values);
  }
  await expireTags(result.invalidates);
  if (result.slug !== result.previousSlug) redirect(routes.organizationEdit(result.slug));
  return savedFormState(result, values);
}
