import assert from 'node:assert/strict';
import { test } from 'node:test';
import { NextRequest } from 'next/server';
import { canonicalClaimsRedirect } from './canonical-claims-query';

const request = (url: string) => new NextRequest(new URL(url, 'http://countercheck.test'));

test('a query in another form is redirected to the canonical one: empty fields and bad values dropped', () => {
  const response = canonicalClaimsRedirect(request('/claims?country=&verdict=false&sort=bogus'));
  assert.equal(response?.status, 307);
  assert.equal(response?.headers.get('location'), 'http://countercheck.test/claims?verdict=false');
});

test('a canonical query, and none, are served as they are', () => {
  assert.equal(canonicalClaimsRedirect(request('/claims')), null);
  assert.equal(canonicalClaimsRedirect(request('/claims?verdict=false')), null);
});
