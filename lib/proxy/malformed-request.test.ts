import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { malformedRequestResponse } from './malformed-request';

// A form post as the proxy gets it: with its length header, or streamed in chunks without one.
function formPost(size: number, chunked: boolean): NextRequest {
  const body = new Uint8Array(size).fill(0x78);
  const headers: Record<string, string> = { 'content-type': 'multipart/form-data; boundary=x' };
  if (!chunked) headers['content-length'] = String(size);
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      // Two chunks, as a client that streams its body sends them.
      controller.enqueue(body.subarray(0, size >> 1));
      controller.enqueue(body.subarray(size >> 1));
      controller.close();
    },
  });
  // A streamed body needs duplex: 'half', which the DOM's RequestInit type does not have yet.
  const init = { method: 'POST', headers, body: chunked ? stream : body, duplex: 'half' };
  return new NextRequest('https://countercheck.test/sign-in', init as ConstructorParameters<typeof NextRequest>[1]);
}

test('a form over the 1 MB limit gets 413 by its length header; within it, it passes on', async () => {
  const over = malformedRequestResponse(formPost(1024 * 1024 + 1, false));
  assert.equal(over?.status, 413);
  assert.match(await over!.text(), /too large/);
  assert.equal(malformedRequestResponse(formPost(1024 * 1024, false)), null);
});

test('a form sent in chunks without a length gets 411, whatever its size, before anything reads it', async () => {
  for (const size of [10, 1024 * 1024 + 1]) {
    const request = formPost(size, true);
    const response = malformedRequestResponse(request);
    assert.equal(response?.status, 411);
    assert.match(await response!.text(), /Length required/);
    assert.equal(request.bodyUsed, false);
  }
});

test('a request without a body, a GET, passes on', () => {
  assert.equal(malformedRequestResponse(new NextRequest('https://countercheck.test/claims?q=x')), null);
});

test("requests that are not forms pass on without a length: the API's preflight and its refused writes", () => {
  for (const method of ['OPTIONS', 'POST', 'DELETE']) {
    const request = new NextRequest('https://countercheck.test/api/v1/claims', { method, body: '' });
    assert.equal(malformedRequestResponse(request), null, method);
  }
});
