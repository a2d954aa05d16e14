'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from '@/components/forms/form-controls';
import { SoftDeleteForm } from '@/components/forms/soft-delete-form';
import { SavedMeanwhile, VersionInput } from '@/components/forms/stale-save';
import { deleteSourceAction, updateSourceAction, type SourceEditState } from '@/lib/actions/sources';
import { countOf } from '@/lib/domain/plural';
import { readableSnapshot } from '@/lib/domain/revisions';
import { SOURCE_KINDS } from '@/lib/domain/source-kinds';
import { sourceRevisionFields, type SourceSnapshot } from '@/lib/domain/source-revisions';
import { routes } from '@/lib/routes';
import { ReasonField } from '@/components/forms/reason-field';
import {
  ARCHIVED_TEXT_MAX_LENGTH,
  LANGUAGE_TAG_MAX_LENGTH,
  OUTLET_MAX_LENGTH,
  PROVENANCE_NOTE_MAX_LENGTH,
  SOURCE_TITLE_MAX_LENGTH,
  URL_MAX_LENGTH,
} from '@/lib/validation/record-fields';

// The form of /sources/[id]/edit. The archived text is offered only while no statement quotes the
// source: quotes were verified against it and are located in it by position.

const kindOptions = SOURCE_KINDS.map((entry) => ({ value: entry.kind, label: entry.label }));

export function SourceEditForm({
  sourceId,
  version,
  initial,
  quotedBy,
}: {
  sourceId: string;
  version: number;
  initial: SourceSnapshot;
  quotedBy: number;
}) {
  const [state, action] = useActionState(updateSourceAction, {} as SourceEditState);
  const values = state.values ?? {};
  const errors = state.errors;
  const meanwhile = state.current ? readableSnapshot(sourceRevisionFields, state.current) : {};
  const current = state.current;
  return (
    <form
      action={action}
      aria-labelledby="edit-source-heading"
      className="space-y-5 rounded-lg border border-stone-200 bg-white p-4"
    >
      <h2 id="edit-source-heading" className="text-xl font-semibold">
        Edit the source
      </h2>
      <input type="hidden" name="sourceId" value={sourceId} />
      <VersionInput loaded={version} answered={values.version} />
      <FormMessage message={state.message} ok={state.ok} />
      {state.ok ? (
        <p>
          <Link href={routes.source(sourceId)}>View the source</Link>
        </p>
      ) : null}

      {/* key: a select takes its defaultValue only when it mounts, and the form resets to it after each submission. */}
      <SelectField
        key={values.kind}
        id="source-kind"
        name="kind"
        label="Kind"
        required
        options={kindOptions}
        defaultValue={values.kind ?? initial.kind}
        errors={errors?.kind}
      />
      <SavedMeanwhile
        id="source-kind-current"
        current={meanwhile.kind}
        typed={kindOptions.find((option) => option.value === values.kind)?.label}
      />
      <TextField
        id="source-outlet"
        name="outlet"
        label="Outlet"
        hint="Blank when the capture does not name it."
        maxLength={OUTLET_MAX_LENGTH}
        defaultValue={values.outlet ?? initial.outlet ?? undefined}
        errors={errors?.outlet}
      />
      <SavedMeanwhile
        id="source-outlet-current"
        current={current ? (current.outlet ?? '') : undefined}
        typed={values.outlet}
      />
      <TextField
        id="source-title"
        name="title"
        label="Title"
        hint="Blank when the capture has no headline."
        maxLength={SOURCE_TITLE_MAX_LENGTH}
        defaultValue={values.title ?? initial.title ?? undefined}
        errors={errors?.title}
      />
      <SavedMeanwhile
        id="source-title-current"
        current={current ? (current.title ?? '') : undefined}
        typed={values.title}
      />
      <TextField
        id="source-url"
        name="url"
        type="url"
        label="URL"
        hint="http:// or https:// only; blank when not known."
        maxLength={URL_MAX_LENGTH}
        defaultValue={values.url ?? initial.url ?? undefined}
        errors={errors?.url}
      />
      <SavedMeanwhile id="source-url-current" current={current ? (current.url ?? '') : undefined} typed={values.url} />
      <TextField
        id="source-published"
        name="publishedOn"
        type="date"
        label="Published on"
        hint="Blank when not known exactly."
        defaultValue={values.publishedOn ?? initial.publishedOn ?? undefined}
        errors={errors?.publishedOn}
      />
      <SavedMeanwhile
        id="source-published-current"
        current={current ? (current.publishedOn ?? '') : undefined}
        typed={values.publishedOn}
      />
      <TextField
        id="source-language"
        name="language"
        label="Language"
        hint="A language code such as en, fr or pt-BR."
        required
        maxLength={LANGUAGE_TAG_MAX_LENGTH}
        defaultValue={values.language ?? initial.language}
        errors={errors?.language}
      />
      <SavedMeanwhile id="source-language-current" current={current?.language} typed={values.language} />
      <TextAreaField
        id="source-provenance"
        name="provenanceNote"
        label="Provenance note"
        hint="What is known, and not known, about where and when it appeared."
        maxLength={PROVENANCE_NOTE_MAX_LENGTH}
        rows={3}
        defaultValue={values.provenanceNote ?? initial.provenanceNote ?? undefined}
        errors={errors?.provenanceNote}
      />
      <SavedMeanwhile
        id="source-provenance-current"
        current={current ? (current.provenanceNote ?? '') : undefined}
        typed={values.provenanceNote}
      />

      {quotedBy ? (
        <div className="space-y-1">
          <p className="font-medium">Archived text</p>
          <p id="source-archive-fixed" className="text-sm text-stone-700">
            {countOf(quotedBy, 'statement quotes', 'statements quote')} this source. Quotes are verified against its
            archived text, so the text cannot change (SHA-256{' '}
            <code className="break-all text-xs">{initial.archiveSha256}</code>).
          </p>
        </div>
      ) : (
        <>
          <TextAreaField
            id="source-archive"
            name="archiveText"
            label="Archived text"
            hint="No statement quotes this source yet, so its text may be replaced; once one does, it is fixed."
            required
            maxLength={ARCHIVED_TEXT_MAX_LENGTH}
            rows={10}
            defaultValue={values.archiveText ?? initial.archiveText}
            errors={errors?.archiveText}
          />
          <SavedMeanwhile
            id="source-archive-current"
            // Browsers send a textarea's line breaks as CRLF; the stored text has LF.
            current={
              current && current.archiveText !== values.archiveText?.replace(/\r\n?/g, '\n')
                ? `another text, ${meanwhile.archiveText} long (see the history)`
                : undefined
            }
            typed={undefined}
          />
        </>
      )}
      <ReasonField
        id="source-reason"
        hint="Shown in the history."
        defaultValue={values.reason}
        errors={errors?.reason}
      />
      <SubmitButton>Save changes</SubmitButton>
    </form>
  );
}

/** Soft-deletes a source nothing quotes, with a reason. */
export function DeleteSourceForm({ sourceId, version }: { sourceId: string; version: number }) {
  return (
    <SoftDeleteForm
      action={deleteSourceAction}
      record={{ name: 'sourceId', id: sourceId }}
      version={version}
      id="delete-source"
      heading="Delete the source"
      reasonHint="Kept in the source's history."
      buttonLabel="Delete source"
    />
  );
}
