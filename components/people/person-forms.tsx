'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { FormMessage, SubmitButton, TextAreaField, TextField } from '@/components/forms/form-controls';
import { SoftDeleteForm } from '@/components/forms/soft-delete-form';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import {
  createPersonAction,
  deletePersonAction,
  removePersonRoleAction,
  savePersonRoleAction,
  updatePersonAction,
  type PersonEditState,
  type PersonField,
  type RoleField,
} from '@/lib/actions/people';
import type { RoleForEdit } from '@/lib/dal/person-edits';
import { personRevisionFields, type PersonSnapshot } from '@/lib/domain/person-revisions';
import { readableSnapshot } from '@/lib/domain/revisions';
import { routes } from '@/lib/routes';
import { ReasonField } from '@/components/forms/reason-field';
import {
  DESCRIPTION_MAX_LENGTH,
  NAME_MAX_LENGTH,
  ROLE_TITLE_MAX_LENGTH,
  SLUG_MAX_LENGTH,
  WIKIDATA_ID_MAX_LENGTH,
} from '@/lib/validation/record-fields';

// The forms of /people/new and /people/[slug]/edit: the person, each of their roles, a new role,
// and deletion. Every save on an existing person is based on the version the page was loaded at.

type PersonValues = Partial<Record<PersonField, string>>;
type Errors<Field extends string> = Partial<Record<Field, string[]>>;

/** Name, slug, description and Wikidata id, as typed or as stored. */
function PersonFields({
  values,
  errors,
  initial,
  current,
}: {
  values: PersonValues;
  errors?: Errors<PersonField>;
  initial?: PersonSnapshot;
  current?: PersonSnapshot;
}) {
  const meanwhile = current ? readableSnapshot(personRevisionFields, current) : {};
  return (
    <>
      <TextField
        id="person-name"
        name="name"
        label="Name"
        required
        maxLength={NAME_MAX_LENGTH}
        defaultValue={values.name ?? initial?.name}
        errors={errors?.name}
      />
      <SavedMeanwhile id="person-name-current" current={meanwhile.name} typed={values.name} />
      <TextField
        id="person-slug"
        name="slug"
        label="Slug"
        hint="The person's address: /people/slug. Leave blank to make it from the name. Links to the old address stop working when it changes."
        maxLength={SLUG_MAX_LENGTH}
        defaultValue={values.slug ?? initial?.slug}
        errors={errors?.slug}
      />
      <SavedMeanwhile id="person-slug-current" current={meanwhile.slug} typed={values.slug} />
      <TextAreaField
        id="person-description"
        name="description"
        label="Description"
        hint="Who they are, in a sentence."
        maxLength={DESCRIPTION_MAX_LENGTH}
        rows={2}
        defaultValue={values.description ?? initial?.description}
        errors={errors?.description}
      />
      <SavedMeanwhile
        id="person-description-current"
        current={current ? current.description : undefined}
        typed={values.description}
      />
      <TextField
        id="person-wikidata"
        name="wikidataId"
        label="Wikidata id"
        hint="Q followed by digits, such as Q42; blank if none."
        maxLength={WIKIDATA_ID_MAX_LENGTH}
        defaultValue={values.wikidataId ?? initial?.wikidataId ?? undefined}
        errors={errors?.wikidataId}
      />
      <SavedMeanwhile
        id="person-wikidata-current"
        current={current ? (current.wikidataId ?? '') : undefined}
        typed={values.wikidataId}
      />
    </>
  );
}

export function NewPersonForm() {
  const [state, action] = useActionState(createPersonAction, {});
  const values = state.values ?? {};
  return (
    <form
      action={action}
      aria-labelledby="new-person-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="new-person-heading" className="text-xl font-semibold">
        Add a person
      </h2>
      <FormMessage message={state.message} ok={state.ok} />
      <PersonFields values={values} errors={state.errors} />
      <ReasonField
        id="person-reason"
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>Add person</SubmitButton>
    </form>
  );
}

/** After a refused stale save of a role: the person's roles as saved meanwhile. */
function RolesMeanwhile({ id, current }: { id: string; current?: PersonSnapshot }) {
  return (
    <SavedMeanwhile
      id={id}
      current={current ? readableSnapshot(personRevisionFields, current).roles : undefined}
      typed={undefined}
    />
  );
}

export function PersonEditForm({
  personId,
  slug,
  version,
  initial,
}: {
  personId: string;
  slug: string;
  version: number;
  initial: PersonSnapshot;
}) {
  const [state, action] = useActionState(updatePersonAction, {} as PersonEditState<PersonField>);
  const values = state.values ?? {};
  return (
    <form
      action={action}
      aria-labelledby="edit-person-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-person-heading" className="text-xl font-semibold">
        Edit the person
      </h2>
      <input type="hidden" name="personId" value={personId} />
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />
      {state.ok ? (
        <p>
          <Link href={routes.person(slug)}>View the person</Link>
        </p>
      ) : null}
      <PersonFields values={values} errors={state.errors} initial={initial} current={state.current} />
      <ReasonField
        id="person-reason"
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}

/** A role of the person (`role`), or a new one: title, organization (looked up as one types) and dates. */
export function RoleForm({ personId, version, role }: { personId: string; version: number; role?: RoleForEdit }) {
  const [state, action] = useActionState(savePersonRoleAction, {} as PersonEditState<RoleField>);
  const values = state.values ?? {};
  const prefix = role ? `role-${role.id}` : 'new-role';
  const heading = role ? `Role: ${role.title}` : 'Add a role';
  // The chosen organization is state, not a form default: a refused save keeps it as chosen.
  const [organization, setOrganization] = useState<ComboboxOption | null>(
    role?.organizationId && role.organization
      ? { id: role.organizationId, label: role.organization.name, detail: null }
      : null,
  );
  return (
    <form
      action={action}
      aria-labelledby={`${prefix}-heading`}
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h3 id={`${prefix}-heading`} className="text-lg font-semibold">
        {heading}
      </h3>
      <input type="hidden" name="personId" value={personId} />
      {role ? <input type="hidden" name="roleId" value={role.id} /> : null}
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />
      <RolesMeanwhile id={`${prefix}-current`} current={state.current} />
      <TextField
        id={`${prefix}-title`}
        name="title"
        label="Title"
        required
        maxLength={ROLE_TITLE_MAX_LENGTH}
        defaultValue={values.title ?? role?.title}
        errors={state.errors?.title}
      />
      <ComboboxField
        id={`${prefix}-organization`}
        name="organizationId"
        label="Organization"
        hint="Type a word of its name; leave it empty for none."
        endpoint={routes.lookup.organizations()}
        selected={organization}
        onSelectedChange={setOrganization}
        errors={state.errors?.organizationId}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id={`${prefix}-start`}
          name="startDate"
          type="date"
          label="From"
          hint="Blank if not known."
          defaultValue={values.startDate ?? role?.startDate ?? undefined}
          errors={state.errors?.startDate}
        />
        <TextField
          id={`${prefix}-end`}
          name="endDate"
          type="date"
          label="Until"
          hint="Blank if they still hold it or it is not known."
          defaultValue={values.endDate ?? role?.endDate ?? undefined}
          errors={state.errors?.endDate}
        />
      </div>
      <ReasonField
        id={`${prefix}-reason`}
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>{role ? 'Save role' : 'Add role'}</SubmitButton>
    </form>
  );
}

/** Removes a role that no statement cites. */
export function RemoveRoleForm({ personId, version, role }: { personId: string; version: number; role: RoleForEdit }) {
  const [state, action] = useActionState(removePersonRoleAction, {} as PersonEditState<'version' | 'reason'>);
  const prefix = `remove-role-${role.id}`;
  return (
    <form
      action={action}
      aria-label={`Remove the role ${role.title}`}
      className="space-y-2 rounded-lg border border-red-200 bg-white p-4"
    >
      <input type="hidden" name="personId" value={personId} />
      <input type="hidden" name="roleId" value={role.id} />
      <VersionInput loaded={version} answered={state.values?.version} />
      <FormMessage message={state.message} ok={state.ok} />
      <RolesMeanwhile id={`${prefix}-current`} current={state.current} />
      <ReasonField
        id={`${prefix}-reason`}
        hint="Shown in the history."
        defaultValue={state.values?.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton className="rounded border border-red-800 bg-white px-4 py-2 font-medium text-red-800 disabled:opacity-60">
        Remove role
      </SubmitButton>
    </form>
  );
}

/** Soft-deletes a person no statement quotes, with a reason. */
export function DeletePersonForm({ personId, version }: { personId: string; version: number }) {
  return (
    <SoftDeleteForm
      action={deletePersonAction}
      record={{ name: 'personId', id: personId }}
      version={version}
      id="delete-person"
      heading="Delete the person"
      reasonHint="Shown in the history."
      buttonLabel="Delete person"
    />
  );
}
