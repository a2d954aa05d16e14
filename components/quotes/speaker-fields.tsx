'use client';

import { useState } from 'react';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { SelectField, TextField } from '@/components/forms/form-controls';
import { useLookup } from '@/components/forms/use-lookup';
import { routes } from '@/lib/routes';
import { ORGANIZATION_KIND_LABELS } from '@/lib/domain/organization-kinds';
import {
  NEW_ORGANIZATION,
  NEW_ROLE,
  SPEAKER_KINDS,
  type SpeakerField,
  type SpeakerKind,
} from '@/lib/validation/quoted-statement';
import { DESCRIPTION_MAX_LENGTH, NAME_MAX_LENGTH, ROLE_TITLE_MAX_LENGTH } from '@/lib/validation/record-fields';

// "Who spoke", as every proposal form asks it: a person on record in one of their roles (or a new
// role), a person not on record yet, or an organization speaking for itself, chosen through pickers
// that look them up as one types (/lookup/*). An editor may also name an organization not on
// record yet, speaking for itself or as a new role's; a contributor may not, since an organization
// has no review step. Article intake shows it once per quote, its fields named apart
// (`c3.personId`) and its pickers set to what the article's words matched on record.

const SPEAKER_CHOICES: { kind: SpeakerKind; label: string }[] = [
  { kind: 'person', label: 'A person on record' },
  { kind: 'newPerson', label: 'A person not on record yet' },
  { kind: 'organization', label: 'An organization speaking for itself' },
  { kind: 'newOrganization', label: 'An organization not on record yet, speaking for itself' },
];

const KIND_OPTIONS = Object.entries(ORGANIZATION_KIND_LABELS).map(([value, label]) => ({ value, label }));

/** What adding an organization needs: given to editors only. */
export type NewOrganizationOptions = { countryOptions: { value: string; label: string }[] };

type Props = {
  /** The form's last state, by identity only: a new one (a refused submission) shows what was sent again. */
  state: object;
  /** What was sent last (by field, unprefixed), to show again; the article's reading at first. */
  values: Partial<Record<SpeakerField, string>>;
  errors: Partial<Record<SpeakerField, string[]>>;
  /** Prefixed to each field's name and id when a form asks several quotes' speakers (`c3.`). */
  prefix?: string;
  /** The records the pickers start with: those on record the article's words name. */
  initial?: { person?: ComboboxOption | null; organization?: ComboboxOption | null };
  /** Offered to editors: the speaker, or a new role's organization, may be an organization not on record yet. */
  newOrganization?: NewOrganizationOptions;
};

export function SpeakerFields({ state, values, errors, prefix = '', initial = {}, newOrganization }: Props) {
  // A name is sent as `c3.personId`; an id cannot hold the dot and stay usable as a fragment.
  const field = (name: SpeakerField) => ({ name: `${prefix}${name}`, id: `${prefix.replace(/\./g, '-')}${name}` });
  // What the dependent fields need, kept in step with what the form shows: after a refused
  // submission the fields show what was sent, so these start from it again.
  const [shownState, setShownState] = useState(state);
  const [live, setLive] = useState(() => liveValues(values));
  if (shownState !== state) {
    setShownState(state);
    setLive(liveValues(values));
  }
  // The records chosen in the pickers. They are not reset by a refused submission: the hidden
  // inputs that send their ids are controlled, so the form shows and sends the same choice again.
  const [person, setPerson] = useState<ComboboxOption | null>(initial.person ?? null);
  const [organization, setOrganization] = useState<ComboboxOption | null>(initial.organization ?? null);
  const [roleOrganization, setRoleOrganization] = useState<ComboboxOption | null>(null);
  const roles = useLookup<ComboboxOption[]>(person ? routes.lookup.personRoles(person.id) : null);

  const newOrganizationFields = newOrganization ? (
    <fieldset className="space-y-4">
      <legend className="font-medium">The organization not on record yet</legend>
      <TextField
        {...field('newOrganizationName')}
        label="Name of the organization"
        maxLength={NAME_MAX_LENGTH}
        defaultValue={values.newOrganizationName}
        errors={errors.newOrganizationName}
      />
      <SelectField
        {...field('newOrganizationKind')}
        label="Kind of organization"
        emptyLabel="Choose a kind"
        options={KIND_OPTIONS}
        defaultValue={values.newOrganizationKind}
        errors={errors.newOrganizationKind}
      />
      <SelectField
        {...field('newOrganizationCountryCode')}
        label="Country of the organization"
        hint="Its statements are counted for this country. None for an international body."
        emptyLabel="No country"
        options={newOrganization.countryOptions}
        defaultValue={values.newOrganizationCountryCode}
        errors={errors.newOrganizationCountryCode}
      />
    </fieldset>
  ) : null;
  const roleFields = (
    <>
      <TextField
        {...field('roleTitle')}
        label="Title of the role (optional)"
        hint="For example: Minister of Foreign Affairs."
        maxLength={ROLE_TITLE_MAX_LENGTH}
        defaultValue={values.roleTitle}
        errors={errors.roleTitle}
      />
      {newOrganization ? (
        <label className="flex items-center gap-2">
          {/* Checked, it sends the role's organization as new, and the picker below is not shown (nor sent). */}
          <input
            type="checkbox"
            name={field('roleOrganizationId').name}
            value={NEW_ORGANIZATION}
            checked={live.newRoleOrganization}
            onChange={(event) => setLive({ ...live, newRoleOrganization: event.target.checked })}
          />
          The role&apos;s organization is not on record yet
        </label>
      ) : null}
      {live.newRoleOrganization ? (
        newOrganizationFields
      ) : (
        <ComboboxField
          {...field('roleOrganizationId')}
          label="Organization of the role (optional)"
          hint="Type a word of its name."
          endpoint={routes.lookup.organizations()}
          selected={roleOrganization}
          onSelectedChange={setRoleOrganization}
          errors={errors.roleOrganizationId}
        />
      )}
    </>
  );
  const choosePerson = (option: ComboboxOption | null) => {
    setPerson(option);
    setLive({ ...live, roleId: '' });
  };

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <legend className="px-1 text-xl font-semibold">Who spoke</legend>
      <fieldset className="space-y-1">
        <legend className="font-medium">The speaker is</legend>
        {SPEAKER_CHOICES.filter((choice) => newOrganization || choice.kind !== 'newOrganization').map((choice) => (
          <label key={choice.kind} className="flex items-center gap-2">
            {/* Uncontrolled, so that the form's reset after a refused submission restores what was sent. */}
            <input
              type="radio"
              name={field('speakerKind').name}
              value={choice.kind}
              defaultChecked={(values.speakerKind ?? 'person') === choice.kind}
              onChange={() => setLive({ ...live, speakerKind: choice.kind })}
            />
            {choice.label}
          </label>
        ))}
        {errors.speakerKind ? <p className="text-sm font-medium text-red-800">{errors.speakerKind.join(' ')}</p> : null}
      </fieldset>
      {live.speakerKind === 'person' ? (
        <>
          <ComboboxField
            {...field('personId')}
            label="Person"
            hint="Type a word of their name."
            endpoint={routes.lookup.people()}
            selected={person}
            onSelectedChange={choosePerson}
            errors={errors.personId}
          />
          {person ? (
            <SelectField
              // Remounted when the roles arrive, so that the role sent before is chosen again once it is listed.
              key={`${person.id}-${roles ? 'loaded' : 'loading'}`}
              {...field('roleId')}
              label="Role they spoke in"
              hint={roles ? (roles.ok ? undefined : roles.message) : 'Loading their roles…'}
              emptyLabel="No role named"
              options={[
                ...(roles?.ok ? roles.data : []).map((role) => ({
                  value: role.id,
                  label: [role.label, role.detail].filter(Boolean).join(' · '),
                })),
                { value: NEW_ROLE, label: 'A role not listed (enter it below)' },
              ]}
              defaultValue={live.roleId}
              errors={errors.roleId}
              onChange={(roleId) => setLive({ ...live, roleId })}
            />
          ) : null}
          {person && live.roleId === NEW_ROLE ? roleFields : null}
        </>
      ) : null}
      {live.speakerKind === 'newPerson' ? (
        <>
          <TextField
            {...field('newPersonName')}
            label="Name"
            maxLength={NAME_MAX_LENGTH}
            defaultValue={values.newPersonName}
            errors={errors.newPersonName}
          />
          <TextField
            {...field('newPersonDescription')}
            label="Who they are (optional)"
            maxLength={DESCRIPTION_MAX_LENGTH}
            defaultValue={values.newPersonDescription}
            errors={errors.newPersonDescription}
          />
          {roleFields}
        </>
      ) : null}
      {live.speakerKind === 'organization' ? (
        <ComboboxField
          {...field('organizationId')}
          label="Organization"
          hint="Type a word of its name."
          endpoint={routes.lookup.organizations()}
          selected={organization}
          onSelectedChange={setOrganization}
          errors={errors.organizationId}
        />
      ) : null}
      {live.speakerKind === 'newOrganization' ? newOrganizationFields : null}
    </fieldset>
  );
}

type Live = { speakerKind: SpeakerKind; roleId: string; newRoleOrganization: boolean };

function liveValues(values: Partial<Record<SpeakerField, string>>): Live {
  return {
    speakerKind: SPEAKER_KINDS.find((kind) => kind === values.speakerKind) ?? 'person',
    roleId: values.roleId ?? '',
    newRoleOrganization: values.roleOrganizationId === NEW_ORGANIZATION,
  };
}
