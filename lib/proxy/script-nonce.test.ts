import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { PAGE_POLICY } from '../security/page-script-policy.js';
import { continueToPage, rendersPerRequest } from './script-nonce';

const request = (path: string, method = 'GET') =>
  new NextRequest(new URL(path, 'http://countercheck.test'), { method });
const NONCE_POLICY = /^(.+); script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)'$/;

test('the public lists, the sign-in steps and the editor pages are rendered per request; cached pages are not', () => {
  for (const path of [
    '/claims',
    '/people/',
    '/organizations',
    '/topics',
    '/corrections',
    '/sign-in',
    '/sign-in/code',
    '/review',
    '/claims/x/edit',
    '/admin/users',
  ]) {
    assert.equal(rendersPerRequest(path), true, path);
  }
  for (const path of [
    '/',
    '/claims/x',
    '/people/x',
    '/topics/x/timeline',
    '/methodology',
    '/sources/1',
    '/embed/claims/x',
  ]) {
    assert.equal(rendersPerRequest(path), false, path);
  }
});

test('a page rendered per request goes on with a fresh nonce in its policy, for Next.js and the browser', () => {
  const first = continueToPage(request('/people?page=2'));
  const policy = first.headers.get('content-security-policy') ?? '';
  const [, rest, nonce] = NONCE_POLICY.exec(policy) ?? [];
  assert.equal(rest, PAGE_POLICY);
  // Next.js reads the nonce from the request's header, which the proxy passes on overridden.
  assert.equal(first.headers.get('x-middleware-request-content-security-policy'), policy);
  const second = continueToPage(request('/people')).headers.get('content-security-policy') ?? '';
  assert.notEqual(NONCE_POLICY.exec(second)?.[2], nonce);
});

test('a cached page, and a form post, go on untouched', () => {
  for (const response of [continueToPage(request('/claims/x')), continueToPage(request('/claims/x/edit', 'POST'))]) {
    assert.equal(response.headers.get('content-security-policy'), null);
    assert.equal(response.headers.get('x-middleware-next'), '1');
  }
});
