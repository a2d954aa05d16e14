'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextField } from '@/components/forms/form-controls';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import {
  createOrganizationAction,
  updateOrganizationAction,
  type OrganizationEditState,
  type OrganizationField,
} from '@/lib/actions/organizations';
import { organizationRevisionFields, type OrganizationSnapshot } from '@/lib/domain/organization-revisions';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/organization-kinds';
import { readableSnapshot } from '@/lib/domain/revisions';
import { routes } from '@/lib/routes';
import { ReasonField } from '@/components/forms/reason-field';
import { NAME_MAX_LENGTH, SLUG_MAX_LENGTH } from '@/lib/validation/record-fields';

// The forms of /organizations/new and /organizations/[slug]/edit.

type Option = { value: string; label: string };
type Values = Partial<Record<OrganizationField, string>>;

const kindOptions: Option[] = Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => ({ value, label }));

function OrganizationFields({
  values,
  errors,
  initial,
  current,
  countryOptions,
}: {
  values: Values;
  errors?: Partial<Record<OrganizationField, string[]>>;
  initial?: OrganizationSnapshot;
  current?: OrganizationSnapshot;
  countryOptions: Option[];
}) {
  const meanwhile = current ? readableSnapshot(organizationRevisionFields, current) : {};
  const label = (options: Option[], value?: string) =>
    value === undefined ? undefined : (options.find((option) => option.value === value)?.label ?? 'none');
  return (
    <>
      <TextField
        id="organization-name"
        name="name"
        label="Name"
        required
        maxLength={NAME_MAX_LENGTH}
        defaultValue={values.name ?? initial?.name}
        errors={errors?.name}
      />
      <SavedMeanwhile id="organization-name-current" current={meanwhile.name} typed={values.name} />
      <TextField
        id="organization-slug"
        name="slug"
        label="Slug"
        hint="The organization's address: /organizations/slug. Leave blank to make it from the name. Links to the old address stop working when it changes."
        maxLength={SLUG_MAX_LENGTH}
        defaultValue={values.slug ?? initial?.slug}
        errors={errors?.slug}
      />
      <SavedMeanwhile id="organization-slug-current" current={meanwhile.slug} typed={values.slug} />
      {/* key: a select takes its defaultValue only when it mounts, and the form resets to it after each submission. */}
      <SelectField
        key={`kind-${values.kind}`}
        id="organization-kind"
        name="kind"
        label="Kind"
        required
        options={kindOptions}
        defaultValue={values.kind ?? initial?.kind}
        errors={errors?.kind}
      />
      <SavedMeanwhile id="organization-kind-current" current={meanwhile.kind} typed={label(kindOptions, values.kind)} />
      <SelectField
        key={`country-${values.countryCode}`}
        id="organization-country"
        name="countryCode"
        label="Country"
        hint="Its statements are counted for this country. None for an international body."
        emptyLabel="No country"
        options={countryOptions}
        defaultValue={values.countryCode ?? initial?.countryCode ?? ''}
        errors={errors?.countryCode}
      />
      <SavedMeanwhile
        id="organization-country-current"
        current={meanwhile.countryCode}
        typed={label(countryOptions, values.countryCode)}
      />
    </>
  );
}

export function NewOrganizationForm({ countryOptions }: { countryOptions: Option[] }) {
  const [state, action] = useActionState(createOrganizationAction, {});
  const values = state.values ?? {};
  return (
    <form
      action={action}
      aria-labelledby="new-organization-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="new-organization-heading" className="text-xl font-semibold">
        Add an organization
      </h2>
      <FormMessage message={state.message} ok={state.ok} />
      <OrganizationFields values={values} errors={state.errors} countryOptions={countryOptions} />
      <ReasonField
        id="organization-reason"
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>Add organization</SubmitButton>
    </form>
  );
}

export function OrganizationEditForm({
  organizationId,
  slug,
  version,
  initial,
  countryOptions,
}: {
  organizationId: string;
  slug: string;
  version: number;
  initial: OrganizationSnapshot;
  countryOptions: Option[];
}) {
  const [state, action] = useActionState(updateOrganizationAction, {} as OrganizationEditState);
  const values = state.values ?? {};
  return (
    <form
      action={action}
      aria-labelledby="edit-organization-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-organization-heading" className="text-xl font-semibold">
        Edit the organization
      </h2>
      <input type="hidden" name="organizationId" value={organizationId} />
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />
      {state.ok ? (
        <p>
          <Link href={routes.organization(slug)}>View the organization</Link>
        </p>
      ) : null}
      <OrganizationFields
        values={values}
        errors={state.errors}
        initial={initial}
        current={state.current}
        countryOptions={countryOptions}
      />
      <ReasonField
        id="organization-reason"
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={state.errors?.reason}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}
