// An editor without JavaScript, driven over HTTP: signs in and saves a claim's edit form as a
// browser with scripts off would post it. The load test's editors and the serving benchmark's edits
// go through it, so they take the same path (server action, DAL, invalidation) as a person does.
import { parse } from 'node-html-parser';
import { noJsFormData } from './loadtest/no-js-form';

/** A page's first heading, to name what it showed instead of what was expected. */
const pageHeading = (html: string) => parse(html).querySelector('h1')?.textContent.trim() ?? 'no heading';

/** Signs in through the sign-in form; resolves to the session cookie ("name=value"). */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const form = noJsFormData(await (await fetch(`${base}/sign-in`)).text(), 'password');
  form.set('email', email);
  form.set('password', password);
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    body: form,
    // A browser sends its origin with every POST; Next.js refuses a server action without it.
    headers: { origin: base },
    redirect: 'manual',
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`${email} could not sign in (${response.status})`);
  return cookie;
}

/** The claim's edit form as its page offers it, or the status that page answered instead. */
export async function claimEditForm(
  base: string,
  slug: string,
  cookie: string,
): Promise<{ form: FormData } | { status: string }> {
  let html: string;
  try {
    const response = await fetch(`${base}/claims/${slug}/edit`, {
      headers: { cookie },
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 200) return { status: String(response.status) };
    html = await response.text();
  } catch (error) {
    return { status: failureName(error) };
  }
  try {
    return { form: noJsFormData(html, 'verdictExplanation') };
  } catch {
    // A page that began as a 200 and then failed shows what went wrong in place of the form.
    return { status: `200 without the form (${pageHeading(html)})` };
  }
}

/** Posts the edit form; without JavaScript the action answers with the edit page again. */
export async function postClaimEdit(
  base: string,
  slug: string,
  cookie: string,
  form: FormData,
): Promise<{ response: Response; body: string } | { status: string }> {
  const post = (address: string) =>
    fetch(new URL(address, base), {
      method: 'POST',
      body: form,
      headers: { cookie, origin: base },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
  try {
    let response = await post(`/claims/${slug}/edit`);
    // A browser answers a 307 by sending the same form again to its Location, as the page asks
    // when the database stopped before it could be rendered (lib/interrupted-form-post.ts).
    const location = response.headers.get('location');
    if (response.status === 307 && location) response = await post(location);
    return { response, body: await response.text() };
  } catch (error) {
    return { status: failureName(error) };
  }
}

/** What a 200 answer to a save says: the form it answers with carries the next version when saved. */
export function saveResult(
  body: string,
  sentVersion: number,
): 'saved' | 'refused on the form' | '200 without the form' {
  try {
    return Number(noJsFormData(body, 'verdictExplanation').get('version')) > sentVersion
      ? 'saved'
      : 'refused on the form';
  } catch {
    return '200 without the form';
  }
}

const failureName = (error: unknown) =>
  error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'connection error';
