'use server';

import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import { approveSubmission, rejectSubmission } from '../dal/submissions';
import { reviewDecisionSchema } from '../validation/review';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { redirect } from 'next/navigation';
import { expireTags } from '../cache/expire';
import { routes } from '../routes';

export type ReviewField = 'note';

/**
 * Approves or rejects one submission, then shows the queue again with the outcome above it. The DAL
 * refuses anyone without review.decide, forged requests included.
 */
export async function decideSubmissionAction(
  _previous: FormState<ReviewField>,
  formData: FormData,
): Promise<FormState<ReviewField>> {
  const values = submittedValues(formData, ['note'] as const);
  const parsed = reviewDecisionSchema.safeParse({
    decision: formData.get('decision'),
    kind: formData.get('kind'),
    id: formData.get('id'),
    note: values.note,
  });
  if (!parsed.success)
    return { errors: fieldErrors(parsed.error), values, message: 'The decision could not be saved: see the note.' };
  try {
    const [actor, request] = [await getCurrentUserForWrite(), await getRequestMetadata()];
    const decided =
      parsed.data.decision === 'approve'
        ? await approveSubmission(parsed.data, actor, request)
        : await rejectSubmission(parsed.data, actor, request);
    await expireTags(decided.invalidates);
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(routes.review(parsed.data.id));
}
