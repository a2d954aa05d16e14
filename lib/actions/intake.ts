'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getCurrentUserForWrite } from '../auth/current-user';
import { getRequestMetadata } from '../auth/request-metadata';
import {
  acceptIntake,
  readArticle,
  type AcceptedCandidate,
  type ArticleReading,
  type IntakeResult,
} from '../dal/intake';
import {
  ARTICLE_FIELDS,
  articleSchema,
  CANDIDATE_COUNT_FIELD,
  CANDIDATE_TEXT_FIELDS,
  INTAKE_STEP_FIELD,
  candidateFieldName,
  candidateSchema,
  MAX_CANDIDATES,
  type ArticleInput,
} from '../validation/intake';
import { fieldErrors, formStateFromError, submittedValues, type FormState } from './form-state';
import { routes } from '../routes';
import { expireTags } from '../cache/expire';

// Article intake's two steps, one form: read the pasted article (its candidate quotes, nothing
// saved), then accept the chosen quotes in one write. Public POST endpoints like every action: the
// DAL checks who may propose, create sources and people, and publish.

/** The intake form's state: the form's fields by name (the candidates' are `c<index>.<field>`), and the article's reading. */
export type IntakeFormState = FormState<string> & { reading?: ArticleReading };

/** The button that sent the form says which step: reading the article, or accepting its quotes. */
export async function intakeAction(_previous: IntakeFormState, formData: FormData): Promise<IntakeFormState> {
  return formData.get(INTAKE_STEP_FIELD) === 'accept' ? acceptStep(formData) : readArticleStep(formData);
}

const FIX_FIELDS = 'Some fields need attention: see the messages next to them.';

async function parseArticle(
  values: Record<string, string>,
): Promise<{ article: ArticleInput } | { state: IntakeFormState }> {
  const parsed = articleSchema.safeParse(values);
  if (!parsed.success) return { state: { errors: fieldErrors(parsed.error), values, message: FIX_FIELDS } };
  return { article: parsed.data };
}

async function readArticleStep(formData: FormData): Promise<IntakeFormState> {
  // The candidates' fields are not sent back: a new reading lists its quotes afresh.
  const values = submittedValues(formData, ARTICLE_FIELDS) as Record<string, string>;
  const parsed = await parseArticle(values);
  if ('state' in parsed) return parsed.state;
  try {
    const reading = await readArticle(parsed.article, await getCurrentUserForWrite());
    const found = reading.candidates.length;
    return {
      values,
      reading,
      ok: true,
      message: found
        ? `${found} ${found === 1 ? 'quote' : 'quotes'} found. Accept, correct or discard each one below.`
        : 'No quotes found in this text: only words in double quotation marks in its running text are.',
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

/** The topics chosen for candidate `index`'s new claim: several checkboxes of one name. */
const topicsOf = (formData: FormData, index: number) =>
  formData.getAll(candidateFieldName(index, 'topics')).filter((topic): topic is string => typeof topic === 'string');

/** Every field the form sent: the article's and each listed candidate's, so that nothing typed is lost. */
function allValues(formData: FormData, count: number): Record<string, string> {
  const names = [...ARTICLE_FIELDS, CANDIDATE_COUNT_FIELD] as string[];
  for (let index = 0; index < count; index++)
    for (const field of [...CANDIDATE_TEXT_FIELDS, 'decision' as const]) names.push(candidateFieldName(index, field));
  const values = submittedValues(formData, names) as Record<string, string>;
  // Topics as one value, as on the new-claim form; only a sent (enabled) checkbox group has a say.
  for (let index = 0; index < count; index++) {
    const topics = topicsOf(formData, index);
    if (topics.length) values[candidateFieldName(index, 'topics')] = topics.join('\n');
  }
  return values;
}

async function acceptStep(formData: FormData): Promise<IntakeFormState> {
  const count = Math.min(Number(formData.get(CANDIDATE_COUNT_FIELD)) || 0, MAX_CANDIDATES);
  const values = allValues(formData, count);
  const parsed = await parseArticle(values);
  if ('state' in parsed) return parsed.state;
  const { article } = parsed;

  const errors: Record<string, string[]> = {};
  const accepted: AcceptedCandidate[] = [];
  for (let index = 0; index < count; index++) {
    if (values[candidateFieldName(index, 'decision')] !== 'accept') continue;
    const fields = {
      ...Object.fromEntries(
        CANDIDATE_TEXT_FIELDS.map((field) => [field, values[candidateFieldName(index, field)]]).filter(
          ([, v]) => v !== undefined,
        ),
      ),
      topics: topicsOf(formData, index),
    };
    const candidate = candidateSchema.safeParse(fields);
    if (candidate.success) accepted.push({ index, input: candidate.data });
    else
      for (const [field, messages] of Object.entries(fieldErrors<string>(candidate.error)))
        errors[candidateFieldName(index, field as never)] = messages ?? [];
  }
  let user: Awaited<ReturnType<typeof getCurrentUserForWrite>>;
  try {
    user = await getCurrentUserForWrite();
  } catch (error) {
    return formStateFromError(error, values);
  }
  // The list is shown again as it was read, with what was typed and chosen.
  const again = async (state: IntakeFormState): Promise<IntakeFormState> => ({
    ...state,
    reading: await readArticle(article, user).catch(() => undefined),
  });
  if (Object.keys(errors).length) return again({ errors, values, message: FIX_FIELDS });
  if (!accepted.length) return again({ values, message: 'Accept at least one quote: none was accepted.' });

  let result: IntakeResult;
  try {
    result = await acceptIntake({ article, candidates: accepted }, user, await getRequestMetadata());
  } catch (error) {
    return again(formStateFromError(error, values));
  }
  await expireTags(result.invalidates);
  const first = result.written[0]!;
  if (first.status === 'PUBLISHED') redirect(routes.claim(first.claimSlug));
  revalidatePath(routes.review());
  redirect(routes.submissions());
}
