import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ForbiddenError, ServiceUnavailableError } from './errors';
import {
  interruptedFormAddress,
  NO_SCRIPT_FORM_POST_HEADER,
  readInterruptedFormAddress,
  resendAddressAfterOutage,
} from './interrupted-form-post';

const formPost = new Headers({ [NO_SCRIPT_FORM_POST_HEADER]: '/claims/a/edit?restore=3' });

test('a page answering a form posted without JavaScript has it sent again to where it was posted when the database is down', () => {
  assert.equal(
    resendAddressAfterOutage(new ServiceUnavailableError(), formPost),
    '/claims/a/edit?restore=3&interrupted-by-outage=1',
  );
});

test('any other failure, or an outage on any other request, is the page’s to throw', () => {
  assert.equal(resendAddressAfterOutage(new ServiceUnavailableError(), new Headers()), null);
  assert.equal(resendAddressAfterOutage(new ForbiddenError(), formPost), null);
  assert.equal(resendAddressAfterOutage(new TypeError('a bug'), formPost), null);
});

test('a mark a client wrote itself sends it nowhere but to a page of this site', () => {
  for (const forged of ['//evil.example/x', '/\\evil.example/x', 'https://evil.example/x']) {
    const resend = resendAddressAfterOutage(
      new ServiceUnavailableError(),
      new Headers({ [NO_SCRIPT_FORM_POST_HEADER]: forged }),
    );
    assert.ok(resend === null || /^\/[^/\\]/.test(resend), `${forged} -> ${resend}`);
  }
});

test('the mark is added beside a query and read off again, leaving the address as it was', () => {
  const marked = interruptedFormAddress('/claims/a/edit?restore=3');
  assert.equal(marked, '/claims/a/edit?restore=3&interrupted-by-outage=1');
  assert.deepEqual(readInterruptedFormAddress(new URL(marked, 'https://countercheck.test')), {
    interrupted: true,
    address: '/claims/a/edit?restore=3',
  });
  assert.deepEqual(readInterruptedFormAddress(new URL('https://countercheck.test/people/new')), {
    interrupted: false,
    address: '/people/new',
  });
});
