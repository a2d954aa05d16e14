'use server';

import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
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

// Adding and editing people and their roles. Each action is a public POST endpoint: the DAL
// checks the session's user and the version, whatever the form claimed.

// The person's edit schema is a pipe (it derives the slug): its fields are those of its input
// object. The role's record ids travel apart.
const PERSON_FIELDS = formFields(personEditSchema.in, ['personId']);
const ROLE_FIELDS = formFields(roleSaveSchema, ['personId', 'roleId']);

export type PersonField = (typeof PERSON_FIELDS)[number];
export type RoleField = (typeof ROLE_FIELDS)[number];

/** A person's or a role's form state: with, after a refused stale save, the person as saved meanwhile. */
export type PersonEditState<Field extends string> = EditFormState<Field, PersonSnapshot>;

export async function createPersonAction(
  _previous: FormState<PersonField>,
  formData: FormData,
): Promise<FormState<PersonField>> {
  const values = submittedValues(formData, PERSON_FIELDS);
  const parsed = personCreateSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  let created: { slug: string; invalidates: CacheTag[] };
  try {
    created = await createPerson(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError(error, values);
  }
  await expireTags(created.invalidates);
  redirect(routes.personEdit(created.slug));
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
    result = await updatePerson(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError<PersonField, PersonSnapshot>(error, values);
  }
  await expireTags(result.invalidates);
  // A new slug is a new address for the edit page too.
  if (result.slug !== result.previousSlug) redirect(routes.personEdit(result.slug));
  return savedFormState(result, values);
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
    const result = await savePersonRole(parsed.data, await getCurrentUserForWrite());
    await expireTags(result.invalidates);
    return savedFormState(result, values);
  } catch (error) {
    return formStateFromError<RoleField, PersonSnapshot>(error, values);
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
    const result = await removePersonRole(parsed.data, await getCurrentUserForWrite());
    await expireTags(result.invalidates);
    return savedFormState(result, values);
  } catch (error) {
    return formStateFromError<'version' | 'reason', PersonSnapshot>(error, values);
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
    result = await deletePerson(parsed.data, await getCurrentUserForWrite());
  } catch (error) {
    return formStateFromError<'version' | 'reason', PersonSnapshot>(error, values);
  }
  await expireTags(result.invalidates);
  redirect(routes.people());
}
