import 'server-only';
import type { z } from 'zod';
import { getCurrentUserForWrite } from '../auth/current-user';
import type { Actor } from '../auth/permissions';
import { expireTags } from '../cache/expire';
import type { CacheTag } from '../cache/tags';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';

// One change to a list picked for a claim on its edit page (its related claims, the parties
// expected to answer it; components/forms/picked-list-editor.tsx): the record picked in `field` and
// the claim's id, parsed by `schema`, written by `write` for the session's user (the DAL checks
// both), and the tags it names expired, every page showing the list with them.

export async function savePickedListChange<Field extends string, Input>(
  formData: FormData,
  change: {
    field: Field;
    schema: z.ZodType<Input>;
    write: (input: Input, actor: Actor | null) => Promise<{ invalidates: CacheTag[] }>;
    done: string;
  },
): Promise<FormState<Field>> {
  const values = submittedValues(formData, [change.field] as const);
  const parsed = change.schema.safeParse({ ...values, claimId: formData.get('claimId') });
  if (!parsed.success) return { errors: fieldErrors<Field>(parsed.error), values };
  try {
    await expireTags((await change.write(parsed.data, await getCurrentUserForWrite())).invalidates);
    return { ok: true, message: change.done };
  } catch (error) {
    return formStateFromError(error, values);
  }
}
