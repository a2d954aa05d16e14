'use server';

import { revalidatePath } from 'next/cache';
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
  let slug: string;
  try {
    ({ slug } = await createOrganization(parsed.data, await getCurrentUserForWrite()));
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(routes.organizations());
  redirect(routes.organizationEdit(slug));
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
  for (const slug of new Set([result.slug, result.previousSlug])) revalidatePath(routes.organization(slug), 'layout');
  revalidatePath(routes.organizations());
  // A country change moves the organization between country pages and the claims' answer counts.
  revalidatePath('/countries/[code]', 'page');
  if (result.slug !== result.previousSlug) redirect(routes.organizationEdit(result.slug));
  return savedFormState(result, values);
}
