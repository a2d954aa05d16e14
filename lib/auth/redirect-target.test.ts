import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeRedirectTarget, signInHref } from './redirect-target';

test('keeps a path on this site, with its query and fragment', () => {
  assert.equal(safeRedirectTarget('/admin/users'), '/admin/users');
  assert.equal(safeRedirectTarget('/admin/audit?cursor=abc#top'), '/admin/audit?cursor=abc#top');
});

test('refuses every way of naming another site, and anything that is not a path', () => {
  for (const target of [
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'evil.example',
    'javascript:alert(1)',
    '',
    undefined,
    null,
    42,
    ['/admin'],
  ]) {
    assert.equal(safeRedirectTarget(target), '/', String(target));
  }
});

test('does not send a signed-in person back to the sign-in form', () => {
  assert.equal(safeRedirectTarget('/sign-in?next=/admin'), '/');
});

test('the sign-in link carries where to come back to, when that is somewhere', () => {
  assert.equal(signInHref('/admin/users'), '/sign-in?next=%2Fadmin%2Fusers');
  assert.equal(signInHref('//evil.example'), '/sign-in');
});
