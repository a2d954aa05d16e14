'use client';

import { useState } from 'react';
import { TopicCheckboxes } from '@/components/claims/topic-checkboxes';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { SelectField, TextAreaField, TextField } from '@/components/forms/form-controls';
import { DATE_PRECISION_OPTIONS } from '@/components/quotes/date-precisions';
import { SpeakerFields, type NewOrganizationOptions } from '@/components/quotes/speaker-fields';
import type { IntakeFormState } from '@/lib/actions/intake';
import type { ClaimProposalFormOptions } from '@/lib/dal/claim-proposals';
import type { IntakeCandidate } from '@/lib/dal/intake';
import { displayDate, parseIsoDay } from '@/lib/domain/dates';
import { STANCES } from '@/lib/domain/stances';
import { VERDICT_SCALE } from '@/lib/domain/verdicts';
import { routes } from '@/lib/routes';
import { SUMMARY_MAX_LENGTH, VERDICT_EXPLANATION_MAX_LENGTH } from '@/lib/validation/claim-edit';
import {
  CANDIDATE_DECISIONS,
  CANDIDATE_FIELDS,
  candidateFieldName,
  CANDIDATE_TARGETS,
  type CandidateField,
} from '@/lib/validation/intake';
import { NEW_ROLE, SPEAKER_FIELDS, type SpeakerField } from '@/lib/validation/quoted-statement';
import { NOTE_MAX_LENGTH, QUOTE_MAX_LENGTH } from '@/lib/validation/record-fields';

// One candidate quote of the article: what the article says (the quote, who, when), the choice to
// accept or discard it, and, when accepted, its fields as the article's reading proposes them, to
// correct with the proposal forms' own pickers. The fields of a discarded quote are disabled, so
// that they are not sent.

type Field = CandidateField | 'decision';
type Target = (typeof CANDIDATE_TARGETS)[number];
type Props = {
  state: IntakeFormState;
  index: number;
  candidate: IntakeCandidate;
  /** Editors may name an organization not on record yet. */
  newOrganization?: NewOrganizationOptions;
  /** The topics a new claim may be filed under. */
  topics: ClaimProposalFormOptions['topics'];
  /** Editors may record a quote as a repetition of a claim on record (repetitions have no review step). */
  recordsRepetitions: boolean;
};

const TARGET_LABELS: Record<Target, string> = {
  claim: 'An answer to a claim on record',
  newClaim: 'A new claim',
  repetition: 'A repetition of a claim on record',
};

/** The target a sent or proposed value names, if the actor may choose it. */
const targetOf = (value: string | undefined, recordsRepetitions: boolean): Target =>
  value === 'newClaim' || (value === 'repetition' && recordsRepetitions) ? value : 'claim';

/** What the article's reading proposes for each field, before anything was sent. */
function proposedValues(
  candidate: IntakeCandidate,
  { mayAddOrganization, recordsRepetitions }: { mayAddOrganization: boolean; recordsRepetitions: boolean },
): Partial<Record<Field, string>> {
  const { speaker, person, role, organization, newOrganizationName, saidOn, suggestions, isClaim } = candidate;
  const named = speaker?.name;
  const speakerValues: Partial<Record<SpeakerField, string>> = person
    ? { speakerKind: 'person', roleId: role?.id ?? (speaker?.role ? NEW_ROLE : ''), roleTitle: speaker?.role ?? '' }
    : named
      ? { speakerKind: 'newPerson', newPersonName: named, roleTitle: speaker?.role ?? '' }
      : newOrganizationName && mayAddOrganization
        ? { speakerKind: 'newOrganization', newOrganizationName }
        : { speakerKind: 'organization', organizationId: organization?.id };
  return {
    ...speakerValues,
    decision: 'discard',
    quote: candidate.quote,
    // "In December" is recorded as its first day, with the month as its precision.
    saidOn: saidOn?.isoDate ?? '',
    saidOnPrecision: saidOn?.precision ?? 'DAY',
    // A claim on record said again in another article is a repetition of it, for an editor to record.
    target: isClaim?.saidAgain && recordsRepetitions ? 'repetition' : suggestions.length ? 'claim' : 'newClaim',
    stance: suggestions[0]?.stance,
    verdict: 'UNRATED',
  };
}

export function CandidateFields({ state, index, candidate, newOrganization, topics, recordsRepetitions }: Props) {
  const name = (field: Field) => candidateFieldName(index, field);
  const id = (field: Field) => `c${index}-${field}`;
  // What the reading proposes, under what was sent (a discarded quote's fields are not sent, and
  // keep what the reading proposed for when it is accepted after all).
  const sent = Object.fromEntries(
    [...CANDIDATE_FIELDS, 'decision' as const].flatMap((field) => {
      const value = state.values?.[name(field)];
      return value === undefined ? [] : [[field, value]];
    }),
  );
  const proposed = proposedValues(candidate, { mayAddOrganization: Boolean(newOrganization), recordsRepetitions });
  const values: Partial<Record<Field, string>> = { ...proposed, ...sent };
  const errors = Object.fromEntries(CANDIDATE_FIELDS.map((field) => [field, state.errors?.[name(field)]])) as Partial<
    Record<CandidateField, string[]>
  >;
  const field = (f: CandidateField) => ({ id: id(f), name: name(f), defaultValue: values[f], errors: errors[f] });

  const [accepted, setAccepted] = useState(values.decision === 'accept');
  const [target, setTarget] = useState<Target>(targetOf(values.target, recordsRepetitions));
  const [shownState, setShownState] = useState(state);
  if (shownState !== state) {
    setShownState(state);
    setAccepted(values.decision === 'accept');
    setTarget(targetOf(values.target, recordsRepetitions));
  }
  // The claim picker serves answers and repetitions alike: first the claim the quote is, when it
  // is proposed as its repetition, else the claim it seems to answer best.
  const suggested = candidate.suggestions[0];
  const [claim, setClaim] = useState<ComboboxOption | null>(
    proposed.target === 'repetition' && candidate.isClaim
      ? {
          id: candidate.isClaim.slug,
          label: candidate.isClaim.summary,
          detail: candidate.person?.label ?? candidate.speaker?.name ?? null,
        }
      : suggested
        ? { id: suggested.slug, label: suggested.summary, detail: suggested.speaker }
        : null,
  );
  const repeats = target === 'repetition';
  const n = index + 1;
  const said = candidate.saidOn ? displayDate(parseIsoDay(candidate.saidOn.isoDate), candidate.saidOn.precision) : null;

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-300 bg-stone-50 p-4">
      <legend className="px-1 text-xl font-semibold">Quote {n}</legend>
      <figure className="space-y-1">
        <blockquote className="border-l-4 border-stone-400 pl-3 text-lg">
          <p>“{candidate.quote}”</p>
        </blockquote>
        <figcaption className="text-sm text-stone-700">
          {candidate.speaker
            ? [candidate.speaker.name, candidate.speaker.role].filter(Boolean).join(', ')
            : 'No speaker found'}
          {said ? (
            <>
              {' · '}
              <time dateTime={said.iso}>{said.label}</time> ({candidate.saidOn!.precision.toLowerCase()})
            </>
          ) : (
            ' · no date found'
          )}
          {' · characters '}
          {candidate.start}–{candidate.end}
        </figcaption>
        {candidate.isClaim ? (
          <p className="text-sm">
            {candidate.isClaim.saidAgain
              ? `This is the claim on record “${candidate.isClaim.summary}”, said again in this article. ${
                  recordsRepetitions
                    ? 'It is proposed as a repetition of it.'
                    : 'Only editors record repetitions: tell one of them.'
                }`
              : `This is the claim on record “${candidate.isClaim.summary}” itself.`}
          </p>
        ) : null}
      </figure>

      <fieldset className="flex flex-wrap gap-x-6 gap-y-1">
        <legend className="font-medium">Quote {n} is</legend>
        {CANDIDATE_DECISIONS.map((decision) => (
          <label key={decision} className="flex items-center gap-2">
            <input
              type="radio"
              name={name('decision')}
              value={decision}
              defaultChecked={(values.decision ?? 'discard') === decision}
              onChange={() => setAccepted(decision === 'accept')}
            />
            {decision === 'accept' ? `Accept quote ${n}` : `Discard quote ${n}`}
          </label>
        ))}
      </fieldset>

      {/* Hidden and disabled rather than removed while discarded: a correction survives a change of mind, and disabled fields are not sent. */}
      <fieldset disabled={!accepted} hidden={!accepted} className="space-y-4">
        <legend className="sr-only">Quote {n} as it will be proposed</legend>
        <TextAreaField {...field('quote')} label={`Quote ${n}, word for word`} maxLength={QUOTE_MAX_LENGTH} rows={3} />
        <SpeakerFields
          state={state}
          prefix={`c${index}.`}
          values={Object.fromEntries(SPEAKER_FIELDS.map((f) => [f, values[f]]))}
          errors={Object.fromEntries(SPEAKER_FIELDS.map((f) => [f, errors[f]]))}
          initial={{ person: candidate.person, organization: candidate.organization }}
          newOrganization={newOrganization}
        />
        <TextField
          {...field('saidOn')}
          type="date"
          label={`Date quote ${n} was said (optional)`}
          hint="Leave it empty when the article does not say."
        />
        <SelectField
          {...field('saidOnPrecision')}
          label={`How precise the date of quote ${n} is`}
          hint="Known to the month only (“in December”): readers see “December 2018”, not a day."
          options={DATE_PRECISION_OPTIONS}
        />
        <fieldset className="space-y-1">
          <legend className="font-medium">Quote {n} is proposed as</legend>
          {CANDIDATE_TARGETS.filter((value) => recordsRepetitions || value !== 'repetition').map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name={name('target')}
                value={value}
                defaultChecked={target === value}
                onChange={() => setTarget(value)}
              />
              {TARGET_LABELS[value]}
            </label>
          ))}
          {errors.target ? <p className="text-sm font-medium text-red-800">{errors.target.join(' ')}</p> : null}
        </fieldset>
        <fieldset disabled={target === 'newClaim'} hidden={target === 'newClaim'} className="space-y-4">
          <legend className="sr-only">
            The claim quote {n} {repeats ? 'repeats' : 'answers'}
          </legend>
          <ComboboxField
            id={id('claimSlug')}
            name={name('claimSlug')}
            label={`Claim quote ${n} ${repeats ? 'repeats' : 'answers'}`}
            hint={
              repeats && candidate.isClaim
                ? `Its speaker and words are those of “${candidate.isClaim.summary}”.`
                : candidate.suggestions.length
                  ? `Suggested by its words: ${candidate.suggestions.map((s) => `“${s.summary}”`).join(', ')}.`
                  : 'Type a word of the claim or of its speaker’s name.'
            }
            endpoint={routes.lookup.claims()}
            selected={claim}
            onSelectedChange={setClaim}
            errors={errors.claimSlug}
          />
        </fieldset>
        <fieldset disabled={target !== 'claim'} hidden={target !== 'claim'} className="space-y-4">
          <legend className="sr-only">How quote {n} answers the claim</legend>
          <SelectField
            {...field('stance')}
            label={`Stance of quote ${n}`}
            options={STANCES.map(({ stance, label, definition }) => ({
              value: stance,
              label: `${label}: ${definition}`,
            }))}
          />
          <TextAreaField {...field('note')} label="Editor's note (optional)" maxLength={NOTE_MAX_LENGTH} rows={2} />
        </fieldset>
        <fieldset disabled={target !== 'newClaim'} hidden={target !== 'newClaim'} className="space-y-4">
          <legend className="sr-only">The new claim quote {n} makes</legend>
          <TextField
            {...field('summary')}
            label={`Summary of the claim in quote ${n}`}
            maxLength={SUMMARY_MAX_LENGTH}
          />
          <SelectField
            {...field('verdict')}
            label={`Verdict on quote ${n}`}
            options={VERDICT_SCALE.map(({ verdict, label, definition }) => ({
              value: verdict,
              label: `${label}: ${definition}`,
            }))}
          />
          <TextAreaField
            {...field('verdictExplanation')}
            label={`Verdict explanation for quote ${n}`}
            maxLength={VERDICT_EXPLANATION_MAX_LENGTH}
            rows={3}
          />
          <TopicCheckboxes
            name={name('topics')}
            legend={`Topics of the claim in quote ${n}`}
            options={topics}
            chosen={new Set(values.topics ? values.topics.split('\n') : [])}
            errors={errors.topics}
          />
        </fieldset>
      </fieldset>
    </fieldset>
  );
}
