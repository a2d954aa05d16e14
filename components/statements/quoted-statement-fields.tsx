'use client';

import { useState, type ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/components/forms/form-controls';
import { QuoteCheck } from '@/components/counter-statements/quote-check';
import type { FormState } from '@/lib/actions/form-state';
import { SOURCE_KINDS } from '@/lib/domain/source-kinds';
import { NEW_ROLE, type QuotedStatementField, type SpeakerKind } from '@/lib/validation/quoted-statement';

// The fieldsets every proposal form shares: who spoke, the source with its pasted text, and the
// quote with its live verbatim check. The proposal's own fields follow the quote (`children`).

type Props = {
  /** The form's last state: its values and errors, and (by identity) when it came back refused. */
  state: FormState<QuotedStatementField>;
  people: { id: string; name: string; roles: { id: string; label: string }[] }[];
  organizations: { id: string; name: string }[];
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

export function QuotedStatementFields({ state, people, organizations, maySaveUnverified, children }: Props) {
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
  const person = people.find((candidate) => candidate.id === live.personId);
  const organizationOptions = organizations.map((organization) => ({ value: organization.id, label: organization.name }));
  const roleFields = (
    <>
      <TextField id="roleTitle" name="roleTitle" label="Title of the role (optional)" hint="For example: Minister of Foreign Affairs." maxLength={200} defaultValue={values.roleTitle} errors={errors.roleTitle} />
      <SelectField id="roleOrganizationId" name="roleOrganizationId" label="Organization of the role (optional)" emptyLabel="None" options={organizationOptions} defaultValue={values.roleOrganizationId} errors={errors.roleOrganizationId} />
    </>
  );

  return (
    <>
      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Who spoke</legend>
        <fieldset className="space-y-1">
          <legend className="font-medium">The speaker is</legend>
          {SPEAKER_CHOICES.map((choice) => (
            <label key={choice.kind} className="flex items-center gap-2">
              {/* Uncontrolled, so that the form's reset after a refused submission restores what was sent. */}
              <input type="radio" name="speakerKind" value={choice.kind} defaultChecked={(values.speakerKind ?? 'person') === choice.kind} onChange={() => setLive({ ...live, speakerKind: choice.kind })} />
              {choice.label}
            </label>
          ))}
          {errors.speakerKind ? <p className="text-sm font-medium text-red-800">{errors.speakerKind.join(' ')}</p> : null}
        </fieldset>
        {live.speakerKind === 'person' ? (
          <>
            <SelectField
              id="personId"
              name="personId"
              label="Person"
              emptyLabel="Choose a person"
              options={people.map((candidate) => ({ value: candidate.id, label: candidate.name }))}
              defaultValue={values.personId}
              errors={errors.personId}
              onChange={(personId) => setLive({ ...live, personId, roleId: '' })}
            />
            <SelectField
              key={live.personId}
              id="roleId"
              name="roleId"
              label="Role they spoke in"
              emptyLabel="No role named"
              options={[...(person?.roles ?? []).map((role) => ({ value: role.id, label: role.label })), { value: NEW_ROLE, label: 'A role not listed (enter it below)' }]}
              defaultValue={live.roleId}
              errors={errors.roleId}
              onChange={(roleId) => setLive({ ...live, roleId })}
            />
            {live.roleId === NEW_ROLE ? roleFields : null}
          </>
        ) : null}
        {live.speakerKind === 'newPerson' ? (
          <>
            <TextField id="newPersonName" name="newPersonName" label="Name" maxLength={200} defaultValue={values.newPersonName} errors={errors.newPersonName} />
            <TextField id="newPersonDescription" name="newPersonDescription" label="Who they are (optional)" maxLength={500} defaultValue={values.newPersonDescription} errors={errors.newPersonDescription} />
            {roleFields}
          </>
        ) : null}
        {live.speakerKind === 'organization' ? (
          <SelectField id="organizationId" name="organizationId" label="Organization" emptyLabel="Choose an organization" options={organizationOptions} defaultValue={values.organizationId} errors={errors.organizationId} />
        ) : null}
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Source</legend>
        <SelectField id="sourceKind" name="sourceKind" label="Kind" options={SOURCE_KINDS.map(({ kind, label }) => ({ value: kind, label }))} defaultValue={values.sourceKind} errors={errors.sourceKind} />
        <TextField id="sourceOutlet" name="sourceOutlet" label="Outlet" maxLength={200} defaultValue={values.sourceOutlet} errors={errors.sourceOutlet} />
        <TextField id="sourceTitle" name="sourceTitle" label="Title" maxLength={500} defaultValue={values.sourceTitle} errors={errors.sourceTitle} />
        <TextField id="sourceUrl" name="sourceUrl" type="url" label="URL" hint="Starting with http:// or https://." maxLength={2048} defaultValue={values.sourceUrl} errors={errors.sourceUrl} />
        <TextField id="sourcePublishedOn" name="sourcePublishedOn" type="date" label="Publication date" defaultValue={values.sourcePublishedOn} errors={errors.sourcePublishedOn} />
        <TextField id="sourceLanguage" name="sourceLanguage" label="Language of the source" hint="A language code: en, fr, pt-BR." maxLength={35} defaultValue={values.sourceLanguage ?? 'en'} errors={errors.sourceLanguage} />
        <TextAreaField id="sourceText" name="sourceText" label="Source text" hint="Paste the article's text: it is archived, and the quote is checked against it." rows={10} defaultValue={values.sourceText} errors={errors.sourceText} onInput={(sourceText) => setLive({ ...live, sourceText })} />
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <legend className="px-1 text-xl font-semibold">Quote</legend>
        <TextAreaField id="quote" name="quote" label="Quote, word for word" describedById="quote-check" maxLength={5000} rows={4} defaultValue={values.quote} errors={errors.quote} onInput={(quote) => setLive({ ...live, quote })} />
        <QuoteCheck id="quote-check" quote={live.quote} sourceText={live.sourceText} />
        {maySaveUnverified ? (
          <TextAreaField id="unverifiedReason" name="unverifiedReason" label="Reason to save a quote not found verbatim (editors only)" hint="Only needed when the check above fails; readers will see the quote marked unverified." maxLength={1000} rows={2} defaultValue={values.unverifiedReason} errors={errors.unverifiedReason} />
        ) : null}
        <TextField id="quoteLanguage" name="quoteLanguage" label="Language of the quote" hint="A language code: en, fr, pt-BR." maxLength={35} defaultValue={values.quoteLanguage ?? 'en'} errors={errors.quoteLanguage} />
        <TextAreaField id="translation" name="translation" label="English translation (optional)" maxLength={5000} rows={3} defaultValue={values.translation} errors={errors.translation} />
        <TextField id="saidOn" name="saidOn" type="date" label="Date it was said (optional)" hint="Leave it empty when the source does not say." defaultValue={values.saidOn} errors={errors.saidOn} />
        {children}
      </fieldset>
    </>
  );
}

type Live = { speakerKind: SpeakerKind; personId: string; roleId: string; quote: string; sourceText: string };

function liveValues(values: Partial<Record<QuotedStatementField, string>>): Live {
  const speakerKind = (['person', 'newPerson', 'organization'] as const).find((kind) => kind === values.speakerKind) ?? 'person';
  return { speakerKind, personId: values.personId ?? '', roleId: values.roleId ?? '', quote: values.quote ?? '', sourceText: values.sourceText ?? '' };
}
