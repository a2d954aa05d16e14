import { type APIRequestContext, type BrowserContext, type Page, type Request } from '@playwright/test';

// A server action is a public POST endpoint: the specs capture one as a permitted user's browser
// sends it (its id travels in the Next-Action header, the form in a multipart body) and replay it,
// forged, with someone else's cookie or none, to prove the DAL refuses it.

/** Runs `act` in `page` and returns the server-action request it sent. */
export async function captureServerAction(page: Page, act: () => Promise<unknown>): Promise<Request> {
  const [captured] = await Promise.all([
    page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action'])),
    act(),
  ]);
  return captured;
}

/** The Cookie header a browser context would send. */
export async function cookieHeader(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join('; ');
}

/**
 * Sends the captured action again to `path` with `body` (the captured body, perhaps altered) and
 * the given cookie, or none; answers the response text.
 */
export async function replayServerAction(
  request: APIRequestContext,
  { captured, path, body, cookie }: { captured: Request; path: string; body?: string; cookie?: string },
): Promise<string> {
  const headers = captured.headers();
  const response = await request.post(path, {
    headers: {
      'next-action': headers['next-action']!,
      'content-type': headers['content-type']!,
      accept: headers.accept ?? 'text/x-component',
      ...(cookie ? { cookie } : {}),
    },
    data: Buffer.from(body ?? captured.postDataBuffer()!.toString('utf8')),
  });
  return response.text();
}
