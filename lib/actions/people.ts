'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '../auth/current-user';
import {
  createPerson,
  deletePerson,
  removePersonRole,
  savePersonRole,
  updatePerson,
  type PersonEditResult,
} from '../dal/person-edits';
import type { PersonSnapshot } from '../domain/person-revisions';
import {
  personCreateSchema,
  personDeleteSchema,
  personEditSchema,
  roleRemoveSchema,
  roleSaveSchema,
} from '../validation/record-edits';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';

// Adding and editing people and their roles. Each action is a public POST endpoint: the DAL
// checks the session's user and the version, whatever the form claimed.

export type PersonField = 'version' | 'name' | 'slug' | 'description' | 'wikidataId' | 'reason';
export type RoleField = 'version' | 'title' | 'organizationId' | 'startDate' | 'endDate' | 'reason';

/** A person's or a role's form state: with, after a refused stale save, the person as saved meanwhile. */
export type PersonEditState<Field extends string> = FormState<Field> & { current?: PersonSnapshot };

const PERSON_FIELDS = ['version', 'name', 'slug', 'description', 'wikidataId', 'reason'] as const;
const ROLE_FIELDS = ['version', 'title', 'organizationId', 'startDate', 'endDate', 'reason'] as const;

function revalidatePerson(result: { slug: string; previousSlug: string }) {
  for (const slug of new Set([result.slug, result.previousSlug])) revalidatePath(routes.person(slug), 'layout');
  revalidatePath(routes.people());
}

/** A save's answer as form state: saved, nothing to save, or refused because someone saved first. */
function editState<Field extends string>(
  result: PersonEditResult,
  values: Partial<Record<Field | 'version', string>>,
): PersonEditState<Field | 'version'> {
  if (!result.ok)
    return { message: result.message, current: result.current, values: { ...values, version: String(result.version) } };
  return {
    ok: true,
    message: result.changed ? `Saved as version ${result.version}.` : 'Nothing had changed: nothing was saved.',
    values: { ...values, version: String(result.version) },
  };
}

export async function createPersonAction(
  _previous: FormState<PersonField>,
  formData: FormData,
): Promise<FormState<PersonField>> {
  const values = submittedValues(formData, PERSON_FIELDS);
  const parsed = personCreateSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let slug: string;
  try {
    ({ slug } = await createPerson(parsed.data, await getCurrentUser()));
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath(routes.people());
  redirect(routes.personEdit(slug));
}

export async function updatePersonAction(
  _previous: PersonEditState<PersonField>,
  formData: FormData,
): Promise<PersonEditState<PersonField>> {
  const values = submittedValues(formData, PERSON_FIELDS);
  const parsed = personEditSchema.safeParse({ ...values, personId: formData.get('personId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: PersonEditResult;
  try {
    result = await updatePerson(parsed.data, await getCurrentUser());
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (result.ok) revalidatePerson(result);
  // A new slug is a new address for the edit page too.
  if (result.ok && result.slug !== result.previousSlug) redirect(routes.personEdit(result.slug));
  return editState(result, values);
}

/** Adds a role (no roleId in the form) or saves a change to one. */
export async function savePersonRoleAction(
  _previous: PersonEditState<RoleField>,
  formData: FormData,
): Promise<PersonEditState<RoleField>> {
  const values = submittedValues(formData, ROLE_FIELDS);
  const parsed = roleSaveSchema.safeParse({
    ...values,
    personId: formData.get('personId'),
    roleId: formData.get('roleId') ?? undefined,
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await savePersonRole(parsed.data, await getCurrentUser());
    if (result.ok) revalidatePerson(result);
    return editState(result, values);
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function removePersonRoleAction(
  _previous: PersonEditState<'version' | 'reason'>,
  formData: FormData,
): Promise<PersonEditState<'version' | 'reason'>> {
  const values = submittedValues(formData, ['version', 'reason'] as const);
  const parsed = roleRemoveSchema.safeParse({
    ...values,
    personId: formData.get('personId'),
    roleId: formData.get('roleId'),
  });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  try {
    const result = await removePersonRole(parsed.data, await getCurrentUser());
    if (result.ok) revalidatePerson(result);
    return editState(result, values);
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function deletePersonAction(
  _previous: PersonEditState<'version' | 'reason'>,
  formData: FormData,
): Promise<PersonEditState<'version' | 'reason'>> {
  const values = submittedValues(formData, ['version', 'reason'] as const);
  const parsed = personDeleteSchema.safeParse({ ...values, personId: formData.get('personId') });
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let result: PersonEditResult;
  try {
    result = await deletePerson(parsed.data, await getCurrentUser());
  } catch (error) {
    return formStateFromError(error, values);
  }
  if (!result.ok) return editState(result, values);
  revalidatePerson(result);
  redirect(routes.people());
}
