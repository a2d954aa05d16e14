'use client';

import { useEffect, useState, type ReactNode } from 'react';
import { QuoteCheck } from '@/components/quotes/quote-check';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { fetchLookup, type LookupResult } from '@/components/forms/fetch-lookup';
import { SelectField, TextAreaField, TextField } from '@/components/forms/form-controls';
import type { FormState } from '@/lib/actions/form-state';
import { SOURCE_KINDS } from '@/lib/domain/source-kinds';
import {
  NEW_ROLE,
  SOURCE_CHOICES,
  SPEAKER_KINDS,
  type QuotedStatementField,
  type SourceChoice,
  type SpeakerKind,
} from '@/lib/validation/quoted-statement';
import { routes } from '@/lib/routes';
import {
  DESCRIPTION_MAX_LENGTH,
  LANGUAGE_TAG_MAX_LENGTH,
  NAME_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  QUOTE_MAX_LENGTH,
  REASON_MAX_LENGTH,
  ROLE_TITLE_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  TRANSLATION_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@/lib/validation/record-fields';

// The fieldsets every proposal form shares: who spoke, the source (one on record, or a new one with
// its pasted text), and the quote with its live verbatim check. People, organizations and sources
// are chosen through pickers that look them up as one types (/lookup/*). The proposal's own fields
// follow the quote (`children`).

type Props = {
  /** The form's last state: its values and errors, and (by identity) when it came back refused. */
  state: FormState<QuotedStatementField>;
  /** Editors may save a quote not found verbatim, with a reason; contributors may not. */
  maySaveUnverified: boolean;
  /** The proposal's own fields, at the end of the quote's fieldset. */
  children?: ReactNode;
};

const SPEAKER_CHOICES: { kind: SpeakerKind; label: string }[] = [
  { kind: 'person', label: 'A person on record' },
  { kind: 'newPerson', label: 'A person not on record yet' },
  { kind: 'organization', label: 'An organization speaking for itself' },
];

const SOURCE_CHOICE_LABELS: Record<SourceChoice, string> = { existing: 'A source on record', new: 'A new source' };

/**
 * What the lookup at `path` answered (a chosen person's roles, a chosen source's archived text),
 * or null while it is read. Kept with its path, so an answer for an earlier choice is never shown.
 */
function useLookup<Data>(path: string | null): LookupResult<Data> | null {
  const [fetched, setFetched] = useState<{ path: string; result: LookupResult<Data> } | null>(null);
  useEffect(() => {
    if (!path) return;
    const controller = new AbortController();
    fetchLookup<Data>(path, controller.signal)
      .then((result) => setFetched({ path, result }))
      .catch(() => {}); // aborted: another record was chosen meanwhile
    return () => controller.abort();
  }, [path]);
  return path && fetched?.path === path ? fetched.result : null;
}

export function QuotedStatementFields({ state, maySaveUnverified, children }: Props) {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  // What the live check and the dependent fields need, kept in step with what the form shows:
  // after a refused submission the fields show what was sent, so these start from it again.
  const [shownState, setShownState] = useState(state);
  const [live, setLive] = useState(() => liveValues(values));
  if (shownState !== state) {
    setShownState(state);
    setLive(liveValues(values));
  }
  // The records chosen in the pickers. They are not reset by a refused submission: the hidden
  // inputs that send their ids are controlled, so the form shows and sends the same choice again.
  const [person, setPerson] = useState<ComboboxOption | null>(null);
  const [organization, setOrganization] = useState<ComboboxOption | null>(null);
  const [roleOrganization, setRoleOrganization] = useState<ComboboxOption | null>(null);
  const [source, setSource] = useState<ComboboxOption | null>(null);
  const roles = useLookup<ComboboxOption[]>(person ? routes.lookup.personRoles(person.id) : null);
  const archive = useLookup<{ archiveText: string }>(source ? routes.lookup.source(source.id) : null);

  const roleFields = (
    <>
      <TextField
        id="roleTitle"
        name="roleTitle"
        label="Title of the role (optional)"
        hint="For example: Minister of Foreign Affairs."
        maxLength={ROLE_TITLE_MAX_LENGTH}
        defaultValue={values.roleTitle}
        errors={errors.roleTitle}
      />
      <ComboboxField
        id="roleOrganizationId"
        name="roleOrganizationId"
        label="Organization of the role (optional)"
        hint="Type a word of its name."
        endpoint={routes.lookup.organizations()}
        selected={roleOrganization}
        onSelectedChange={setRoleOrganization}
        errors={errors.roleOrganizationId}
      />
    </>
  );
  const choosePerson = (option: ComboboxOption | null) => {
    setPerson(option);
    setLive({ ...live, roleId: '' });
  };
  const archiveText = archive?.ok ? archive.data.archiveText : '';

  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Who spoke</legend>
        <fieldset className="space-y-1">
          <legend className="font-medium">The speaker is</legend>
          {SPEAKER_CHOICES.map((choice) => (
            <label key={choice.kind} className="flex items-center gap-2">
              {/* Uncontrolled, so that the form's reset after a refused submission restores what was sent. */}
              <input
                type="radio"
                name="speakerKind"
                value={choice.kind}
                defaultChecked={(values.speakerKind ?? 'person') === choice.kind}
                onChange={() => setLive({ ...live, speakerKind: choice.kind })}
              />
              {choice.label}
            </label>
          ))}
          {errors.speakerKind ? (
            <p className="text-sm font-medium text-red-800">{errors.speakerKind.join(' ')}</p>
          ) : null}
        </fieldset>
        {live.speakerKind === 'person' ? (
          <>
            <ComboboxField
              id="personId"
              name="personId"
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
                id="roleId"
                name="roleId"
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
              id="newPersonName"
              name="newPersonName"
              label="Name"
              maxLength={NAME_MAX_LENGTH}
              defaultValue={values.newPersonName}
              errors={errors.newPersonName}
            />
            <TextField
              id="newPersonDescription"
              name="newPersonDescription"
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
            id="organizationId"
            name="organizationId"
            label="Organization"
            hint="Type a word of its name."
            endpoint={routes.lookup.organizations()}
            selected={organization}
            onSelectedChange={setOrganization}
            errors={errors.organizationId}
          />
        ) : null}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Source</legend>
        <fieldset className="space-y-1">
          <legend className="font-medium">The quote comes from</legend>
          {SOURCE_CHOICES.map((choice) => (
            <label key={choice} className="flex items-center gap-2">
              <input
                type="radio"
                name="sourceChoice"
                value={choice}
                defaultChecked={(values.sourceChoice ?? 'existing') === choice}
                onChange={() => setLive({ ...live, sourceChoice: choice })}
              />
              {SOURCE_CHOICE_LABELS[choice]}
            </label>
          ))}
          {errors.sourceChoice ? (
            <p className="text-sm font-medium text-red-800">{errors.sourceChoice.join(' ')}</p>
          ) : null}
        </fieldset>
        {live.sourceChoice === 'existing' ? (
          <>
            <ComboboxField
              id="sourceId"
              name="sourceId"
              label="Source"
              hint="Type a word of its outlet, title or web address."
              endpoint={routes.lookup.sources()}
              selected={source}
              onSelectedChange={setSource}
              errors={errors.sourceId}
            />
            {archive && !archive.ok ? <p className="text-sm font-medium text-red-800">{archive.message}</p> : null}
          </>
        ) : null}
        {/* Hidden and disabled rather than removed while a source on record is chosen: a long pasted
            text survives a change of mind, and disabled fields are not sent. */}
        <fieldset disabled={live.sourceChoice !== 'new'} hidden={live.sourceChoice !== 'new'} className="space-y-4">
          <legend className="sr-only">The new source</legend>
          <SelectField
            id="sourceKind"
            name="sourceKind"
            label="Kind"
            options={SOURCE_KINDS.map(({ kind, label }) => ({ value: kind, label }))}
            defaultValue={values.sourceKind}
            errors={errors.sourceKind}
          />
          <TextField
            id="sourceOutlet"
            name="sourceOutlet"
            label="Outlet"
            maxLength={OUTLET_MAX_LENGTH}
            defaultValue={values.sourceOutlet}
            errors={errors.sourceOutlet}
          />
          <TextField
            id="sourceTitle"
            name="sourceTitle"
            label="Title"
            maxLength={SOURCE_TITLE_MAX_LENGTH}
            defaultValue={values.sourceTitle}
            errors={errors.sourceTitle}
          />
          <TextField
            id="sourceUrl"
            name="sourceUrl"
            type="url"
            label="URL"
            hint="Starting with http:// or https://."
            maxLength={URL_MAX_LENGTH}
            defaultValue={values.sourceUrl}
            errors={errors.sourceUrl}
          />
          <TextField
            id="sourcePublishedOn"
            name="sourcePublishedOn"
            type="date"
            label="Publication date"
            defaultValue={values.sourcePublishedOn}
            errors={errors.sourcePublishedOn}
          />
          <TextField
            id="sourceLanguage"
            name="sourceLanguage"
            label="Language of the source"
            hint="A language code: en, fr, pt-BR."
            maxLength={LANGUAGE_TAG_MAX_LENGTH}
            defaultValue={values.sourceLanguage ?? 'en'}
            errors={errors.sourceLanguage}
          />
          <TextAreaField
            id="sourceText"
            name="sourceText"
            label="Source text"
            hint="Paste the article's text: it is archived, and the quote is checked against it."
            rows={10}
            defaultValue={values.sourceText}
            errors={errors.sourceText}
            onInput={(sourceText) => setLive({ ...live, sourceText })}
          />
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Quote</legend>
        <TextAreaField
          id="quote"
          name="quote"
          label="Quote, word for word"
          describedById="quote-check"
          maxLength={QUOTE_MAX_LENGTH}
          rows={4}
          defaultValue={values.quote}
          errors={errors.quote}
          onInput={(quote) => setLive({ ...live, quote })}
        />
        {live.sourceChoice === 'existing' ? (
          <QuoteCheck
            id="quote-check"
            quote={live.quote}
            sourceText={archiveText}
            waitingMessage={
              source && !archive
                ? "Loading the source's archived text…"
                : 'Choose the source and type the quote to check that it is verbatim in its archived text.'
            }
          />
        ) : (
          <QuoteCheck id="quote-check" quote={live.quote} sourceText={live.sourceText} />
        )}
        {maySaveUnverified ? (
          <TextAreaField
            id="unverifiedReason"
            name="unverifiedReason"
            label="Reason to save a quote not found verbatim (editors only)"
            hint="Only needed when the check above fails; readers will see the quote marked unverified."
            maxLength={REASON_MAX_LENGTH}
            rows={2}
            defaultValue={values.unverifiedReason}
            errors={errors.unverifiedReason}
          />
        ) : null}
        <TextField
          id="quoteLanguage"
          name="quoteLanguage"
          label="Language of the quote"
          hint="A language code: en, fr, pt-BR."
          maxLength={LANGUAGE_TAG_MAX_LENGTH}
          defaultValue={values.quoteLanguage ?? 'en'}
          errors={errors.quoteLanguage}
        />
        <TextAreaField
          id="translation"
          name="translation"
          label="English translation (optional)"
          maxLength={TRANSLATION_MAX_LENGTH}
          rows={3}
          defaultValue={values.translation}
          errors={errors.translation}
        />
        <TextField
          id="saidOn"
          name="saidOn"
          type="date"
          label="Date it was said (optional)"
          hint="Leave it empty when the source does not say."
          defaultValue={values.saidOn}
          errors={errors.saidOn}
        />
        {children}
      </fieldset>
    </>
  );
}

type Live = { speakerKind: SpeakerKind; sourceChoice: SourceChoice; roleId: string; quote: string; sourceText: string };

function liveValues(values: Partial<Record<QuotedStatementField, string>>): Live {
  return {
    speakerKind: SPEAKER_KINDS.find((kind) => kind === values.speakerKind) ?? 'person',
    sourceChoice: SOURCE_CHOICES.find((choice) => choice === values.sourceChoice) ?? 'existing',
    roleId: values.roleId ?? '',
    quote: values.quote ?? '',
    sourceText: values.sourceText ?? '',
  };
}
