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

test('a form over the 1 MB limit gets 413, whether its length is declared or it comes in chunks', async () => {
  for (const chunked of [false, true]) {
    const response = await malformedRequestResponse(formPost(1024 * 1024 + 1, chunked));
    assert.equal(response?.status, 413, chunked ? 'chunked' : 'with Content-Length');
    assert.match(await response!.text(), /too large/);
  }
});

test('a form within the limit passes on, chunked or not', async () => {
  for (const chunked of [false, true])
    assert.equal(await malformedRequestResponse(formPost(1024 * 1024, chunked)), null);
});
