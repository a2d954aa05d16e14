import { NextResponse, type NextRequest } from 'next/server';
import { isDecodablePath } from '../domain/url-encoding';

// Two requests Next.js answers with a bare 500 before any code of ours runs, answered here with
// the 4xx they mean:
//
// - A path whose percent-encoding is not UTF-8 (/people/%E0%A4%A): Next.js fails to decode the
//   dynamic segment and has no page for the 400 it means. Such an address names nothing.
// - A form posted without JavaScript whose body is over the server actions' size limit: Next.js
//   throws its 413 as an error of the page. The browser's length header tells before it is read; a
//   body sent in chunks has none (Transfer-Encoding: chunked), so it is measured here, on the copy
//   of the body Next.js gives the proxy (only multipart form posts reach it with a body).

/** Next.js's default serverActions.bodySizeLimit (1 MB): next.config.js sets no other. */
const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

const plainText = (status: number, message: string) =>
  new NextResponse(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });

/** Whether the body is over `limit` bytes: by its length header, or else by reading it up to the limit. */
async function isBodyOver(request: NextRequest, limit: number): Promise<boolean> {
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) > limit;
  // A copy: a later step of the proxy may read the form itself.
  const body = request.clone().body;
  if (!body) return false;
  const reader = body.getReader();
  let length = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    length += chunk.value.byteLength;
    if (length > limit) {
      await reader.cancel();
      return true;
    }
  }
  return false;
}

/** The 4xx answer for a request Next.js cannot handle, or null for any other. */
export async function malformedRequestResponse(request: NextRequest): Promise<NextResponse | null> {
  if (!isDecodablePath(request.nextUrl.pathname))
    return plainText(400, 'Bad request: the address has a percent-encoding that is not UTF-8.');
  if (await isBodyOver(request, SERVER_ACTION_BODY_LIMIT))
    return plainText(413, 'The form is too large to send: shorten the longest fields.');
  return null;
}
