'use client';

import { useActionState, useState, type ReactNode } from 'react';
import { ComboboxField, type ComboboxOption } from '@/components/forms/combobox-field';
import { FormMessage, SubmitButton } from '@/components/forms/form-controls';
import type { FormState } from '@/lib/actions/form-state';

// A list of records picked for a claim on its edit page (its related claims, the parties expected
// to answer it): each with a button that takes it off, and a picker that adds another. Each save
// refreshes the page (the action expires the claim's tag), so the list is always the server's.

type ListAction<Field extends string> = (previous: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;

export type PickedItem = {
  /** What the form sends in the field to take it off. */
  value: string;
  /** Its name, read out after the button's verb. */
  name: string;
  /** How the list shows it. */
  label: ReactNode;
};

type Props<Field extends string> = {
  claimId: string;
  /** The form field naming the record picked, in both forms. */
  field: Field;
  heading: string;
  description: ReactNode;
  empty: string;
  items: PickedItem[];
  add: {
    heading: string;
    label: string;
    hint: string;
    endpoint: string;
    button: string;
    action: ListAction<Field>;
  };
  remove: { verb: string; action: ListAction<Field> };
};

export function PickedListEditor<Field extends string>({
  claimId,
  field,
  heading,
  description,
  empty,
  items,
  add,
  remove,
}: Props<Field>) {
  // The choice survives a refused addition (the hidden input sending it is controlled); an addition clears it.
  const [selected, setSelected] = useState<ComboboxOption | null>(null);
  const [state, formAction] = useActionState(async (previous: FormState<Field>, formData: FormData) => {
    const next = await add.action(previous, formData);
    if (next.ok) setSelected(null);
    return next;
  }, {});
  const headingId = `${field}-list-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
      <h2 id={headingId} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="text-sm text-stone-700">{description}</p>
      {items.length ? (
        <ul className="space-y-2">
          {items.map((item) => (
            <PickedListItem key={item.value} claimId={claimId} field={field} item={item} remove={remove} />
          ))}
        </ul>
      ) : (
        <p>{empty}</p>
      )}
      <form action={formAction} noValidate aria-labelledby={`${field}-add-heading`} className="space-y-3">
        <h3 id={`${field}-add-heading`} className="font-semibold">
          {add.heading}
        </h3>
        <input type="hidden" name="claimId" value={claimId} />
        <FormMessage message={state.message} ok={state.ok} />
        <ComboboxField
          id={field}
          name={field}
          label={add.label}
          hint={add.hint}
          endpoint={add.endpoint}
          selected={selected}
          onSelectedChange={setSelected}
          errors={state.errors?.[field]}
        />
        <SubmitButton>{add.button}</SubmitButton>
      </form>
    </section>
  );
}

function PickedListItem<Field extends string>({
  claimId,
  field,
  item,
  remove,
}: {
  claimId: string;
  field: Field;
  item: PickedItem;
  remove: Props<Field>['remove'];
}) {
  const [state, formAction] = useActionState(remove.action, {});
  const error = state.message ?? state.errors?.[field]?.[0];
  return (
    <li className="flex flex-wrap items-center justify-between gap-2 border-b border-stone-200 pb-2">
      <span>{item.label}</span>
      <form action={formAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name={field} value={item.value} />
        <SubmitButton className="rounded border border-stone-700 px-3 py-1 text-sm font-medium disabled:opacity-60">
          {remove.verb}
          <span className="sr-only"> {item.name}</span>
        </SubmitButton>
      </form>
      {error && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-900">
          {error}
        </p>
      ) : null}
    </li>
  );
}
