import { NextResponse, type NextRequest } from 'next/server';
import { DATABASE_RETRY_AFTER_SECONDS, ServiceUnavailableError } from '../errors';
import { primaryAnswers } from '../database-probe';
import { NO_SCRIPT_FORM_POST_HEADER, readInterruptedFormAddress } from '../interrupted-form-post';

// A form posted without JavaScript runs its server action and renders its page again, with the
// action's answer, in one request. During a database outage the action answers "nothing was saved"
// (lib/actions/form-state.ts), but the page, which reads the database too, cannot be rendered, and
// Next.js has no way for a page to answer 503: the person got a 500 and lost what they typed. So for
// such a post only (never a GET: cached pages are served as ever) the proxy first asks the database
// (SELECT 1, at most a second); when it does not answer, the proxy answers 503 with Retry-After and a
// page that gives back everything typed, in a form that sends it again. With JavaScript, the action's
// own answer keeps what was typed: those posts (Next-Action header) pass on. The database can still
// stop after this check and before the page is rendered; the page then has the form sent again
// (lib/interrupted-form-post.ts), and this answers it with what was typed too.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Never sent back, as a form's own answer never does. */
const isPassword = (name: string) => /password/i.test(name);

const REFUSED = {
  heading: 'Nothing was saved',
  message: `${new ServiceUnavailableError().refusedWriteMessage} What you typed is below: send it again then.`,
};
// The first post may have been saved before the database stopped: the person should look first.
const INTERRUPTED = {
  heading: 'This form may not have been saved',
  message:
    'The database stopped while this form was being saved, so it may or may not have been. What you typed is ' +
    `below. In ${DATABASE_RETRY_AFTER_SECONDS} seconds or so, look at the record before you send it again.`,
};

/**
 * The outage page: the message, and the form's fields as typed, React's hidden ones kept, to send
 * again; `interrupted` when the form is sent again because the database stopped while it was saved.
 */
export function outagePage(action: string, form: FormData | null, interrupted = false): string {
  const { heading, message } = interrupted ? INTERRUPTED : REFUSED;
  const fields = [...(form?.entries() ?? [])].flatMap(([name, value], index) => {
    if (typeof value !== 'string' || isPassword(name)) return [];
    if (name.startsWith('$')) return [`<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`];
    const id = `field-${index}`;
    return [
      `<p><label for="${id}">${escapeHtml(name)}</label><br>` +
        `<textarea id="${id}" name="${escapeHtml(name)}" rows="4" cols="80">${escapeHtml(value)}</textarea></p>`,
    ];
  });
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${heading}: the database is unavailable</title></head>
<body><main>
<h1>${heading}</h1>
<p role="alert">${escapeHtml(message)}</p>
<form method="POST" action="${escapeHtml(action)}" enctype="multipart/form-data">
${fields.join('\n')}
<button type="submit">Send again</button>
</form>
</main></body>
</html>
`;
}

const unavailable = (html: string) =>
  new NextResponse(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(DATABASE_RETRY_AFTER_SECONDS),
    },
  });

/** The page for an editor page asked for while the database does not answer. */
const EDITOR_PAGE_OUTAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Editing is unavailable for now</title></head>
<body><main>
<h1>Editing is unavailable for now</h1>
<p role="alert">The database is unavailable, and editor pages need it. Published pages are still served. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.</p>
</main></body>
</html>
`;

/**
 * An editor page's session check (lib/proxy/editor-page-gate.ts) runs in the proxy, before the page;
 * when it meets an outage the visitor gets 503 with Retry-After, not the 500 of a failed proxy.
 * Any other failure is not an outage, and is thrown on.
 */
export function editorPageOutageResponse(error: unknown): NextResponse {
  if (!(error instanceof ServiceUnavailableError)) throw error;
  return unavailable(EDITOR_PAGE_OUTAGE);
}

/** A form posted without JavaScript: multipart, without the Next-Action header of a script's post. */
const isNoScriptFormPost = (request: NextRequest) =>
  request.method === 'POST' &&
  (request.headers.get('content-type') ?? '').startsWith('multipart/form-data') &&
  !request.headers.has('next-action');

/**
 * The proxy's answer to a form posted without JavaScript: 503 with what was typed while the database
 * does not answer, and, whether it answers or not, when the form is sent again because its page met
 * an outage; otherwise the post goes on to its action, marked for its page. Null for any other
 * request, which this leaves alone.
 */
export async function noScriptFormPostResponse(
  request: NextRequest,
  answers: () => Promise<boolean> = primaryAnswers,
): Promise<NextResponse | null> {
  if (!isNoScriptFormPost(request)) return null;
  const { interrupted, address } = readInterruptedFormAddress(request.nextUrl);
  if (interrupted || !(await answers())) {
    const form = await request.formData().catch(() => null);
    return unavailable(outagePage(address, form, interrupted));
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NO_SCRIPT_FORM_POST_HEADER, address);
  return NextResponse.next({ request: { headers: requestHeaders } });
}
