import { NextResponse, type NextRequest } from 'next/server';
import { isDecodablePath } from '../domain/url-encoding';

// Requests Next.js answers with a bare 500 before any code of ours runs, answered here with
// the 4xx they mean:
//
// - A path whose percent-encoding is not UTF-8 (/people/%E0%A4%A): Next.js fails to decode the
//   dynamic segment and has no page for the 400 it means. Such an address names nothing.
// - A form posted without JavaScript whose body is over the server actions' size limit: Next.js
//   throws its 413 as an error of the page. The browser's length header tells before it is read.
// - A form posted in chunks, without that header (Transfer-Encoding: chunked): its size is known
//   only once read, and over the limit it met the same 500; read here instead, on the copy of the
//   body Next.js gives the proxy, it never answered at all. Browsers always send the length of a
//   form, so such a post is answered 411 Length Required before anything reads it.

/** Next.js's default serverActions.bodySizeLimit (1 MB): next.config.js sets no other. */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const plainText = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** The 4xx answer for a request Next.js cannot handle, or null for any other. */
export function malformedRequestResponse(request: NextRequest): NextResponse | null {
  if (!isDecodablePath(request.nextUrl.pathname))
    return plainText(400, 'Bad request: the address has a percent-encoding that is not UTF-8.');
  const declaredLength = request.headers.get('content-length');
  // Forms only: the proxy is given a body stream for every request, a bodiless preflight's too.
  const isForm = /^(multipart\/form-data|application\/x-www-form-urlencoded)/i.test(
    request.headers.get('content-type') ?? '',
  );
  if (isForm && request.body && declaredLength === null)
    return plainText(411, 'Length required: send the form with a Content-Length header.');
  if (Number(declaredLength) > SERVER_ACTION_BODY_LIMIT)
    return plainText(413, 'The form is too large to send: shorten the longest fields.');
  return null;
}
