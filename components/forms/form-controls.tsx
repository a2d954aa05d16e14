'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

// The pieces every form is made of: a labelled field with its hint and errors wired to it for
// screen readers, the form's own message, and a submit button that shows it is working.

export const inputClass = 'w-full rounded border border-stone-400 bg-white px-2 py-1.5 aria-invalid:border-red-700';

type FieldProps = {
  id: string;
  label: string;
  /** An id for the label itself, for a control that other elements name by it (a combobox's listbox). */
  labelId?: string;
  hint?: string;
  errors?: string[];
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
};

export function Field({ id, label, labelId, hint, errors, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="space-y-1">
      <label id={labelId} htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {children(describedBy, Boolean(errorId))}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800">
          {errors!.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'url' | 'date';
  defaultValue?: string;
  autoComplete?: string;
  hint?: string;
  errors?: string[];
  required?: boolean;
  maxLength?: number;
};

export function TextField({
  id,
  name,
  label,
  type = 'text',
  defaultValue,
  autoComplete,
  hint,
  errors,
  required,
  maxLength,
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name={name}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          required={required}
          maxLength={maxLength}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** The form's own message: announced when it changes, styled by whether it reports success. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" aria-atomic="true">
      {message ? (
        <p
          className={`rounded border px-3 py-2 font-medium ${ok ? 'border-green-700 bg-green-50 text-green-900' : 'border-red-700 bg-red-50 text-red-900'}`}
        >
          {message}
        </p>
      ) : null}
    </div>
  );
}

/** A form's submit button; `name` and `value` say which of a form's buttons sent it. */
export function SubmitButton({
  children,
  className,
  name,
  value,
}: {
  children: ReactNode;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      className={
        className ?? 'rounded border border-stone-700 bg-stone-800 px-4 py-2 font-medium text-white disabled:opacity-60'
      }
    >
      {children}
    </button>
  );
}

type TextAreaFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete'> & {
  rows?: number;
  /** Called on every keystroke, for a live check beside the field. */
  onInput?: (value: string) => void;
  /** The id of another element that describes the field, such as that live check. */
  describedById?: string;
};

export function TextAreaField({
  id,
  name,
  label,
  defaultValue,
  hint,
  errors,
  required,
  maxLength,
  rows = 4,
  onInput,
  describedById,
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <textarea
          id={id}
          name={name}
          defaultValue={defaultValue}
          required={required}
          maxLength={maxLength}
          rows={rows}
          onInput={onInput ? (event) => onInput(event.currentTarget.value) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={[describedBy, describedById].filter(Boolean).join(' ') || undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}

type SelectFieldProps = Omit<TextFieldProps, 'type' | 'autoComplete' | 'maxLength'> & {
  options: readonly { value: string; label: string }[];
  /** The first option, with an empty value, when nothing needs to be chosen. */
  emptyLabel?: string;
  onChange?: (value: string) => void;
};

export function SelectField({
  id,
  name,
  label,
  defaultValue,
  hint,
  errors,
  required,
  options,
  emptyLabel,
  onChange,
}: SelectFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(describedBy, invalid) => (
        <select
          // React marks the default option only when the select mounts, and a form resets to it
          // after each submission: remounting on a new default keeps what a refused form sent.
          key={defaultValue}
          id={id}
          name={name}
          defaultValue={defaultValue ?? ''}
          required={required}
          onChange={onChange ? (event) => onChange(event.target.value) : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          className={inputClass}
        >
          {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
