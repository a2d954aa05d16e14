import assert from 'node:assert/strict';
import { test } from 'node:test';
import { safeRedirectTarget, signInCodeHref, signInHref, withNext } from './redirect-target';

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

test('refuses the spellings that turn into another site once a browser or server reads them', () => {
  for (const target of [
    '/.//evil.example',
    '/./\\evil.example',
    '/a/..//evil.example',
    '/%2f%2fevil.example',
    '/%2F%2Fevil.example',
    '/%5c%5cevil.example',
    '%2f%2fevil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example',
    '\t//evil.example',
    'https:evil.example',
    'https://evil.example',
    'HTTPS://evil.example',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '/%E0%A4%A',
  ]) {
    assert.equal(safeRedirectTarget(target), '/', JSON.stringify(target));
  }
});

test('keeps an encoded slash further along a path, which names no other site', () => {
  assert.equal(safeRedirectTarget('/claims?q=a%2F%2Fb'), '/claims?q=a%2F%2Fb');
  assert.equal(safeRedirectTarget('/claims/./x'), '/claims/x');
});

test('does not send a signed-in person back to the sign-in form', () => {
  assert.equal(safeRedirectTarget('/sign-in?next=/admin'), '/');
  assert.equal(safeRedirectTarget('/sign-in/code?next=/admin'), '/');
});

test('the sign-in link carries where to come back to, when that is somewhere', () => {
  assert.equal(signInHref('/admin/users'), '/sign-in?next=%2Fadmin%2Fusers');
  assert.equal(signInHref('//evil.example'), '/sign-in');
  assert.equal(signInCodeHref('/admin/users'), '/sign-in/code?next=%2Fadmin%2Fusers');
  assert.equal(withNext('/account/two-factor', '/.//evil.example'), '/account/two-factor');
  assert.equal(withNext('/account/two-factor', null), '/account/two-factor');
});
