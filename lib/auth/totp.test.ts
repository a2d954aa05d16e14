import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  generateTotpSecret,
  groupedSecret,
  isTotpCodeShaped,
  matchTotpStep,
  totpCodeAt,
  totpStep,
  totpUri,
} from './totp';

// RFC 6238, appendix B: the SHA-1 key "12345678901234567890" (base32 below) at T = 59 s gives
// 94287082; a six-digit code is its last six digits.
const RFC_SECRET = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
const at = (seconds: number) => new Date(seconds * 1000);

test('codes are RFC 6238 codes: the RFC test vectors, six digits', () => {
  assert.equal(totpCodeAt(RFC_SECRET, at(59)), '287082');
  assert.equal(totpCodeAt(RFC_SECRET, at(1111111109)), '081804');
  assert.equal(totpCodeAt(RFC_SECRET, at(1234567890)), '005924');
});

test('a code matches the step it belongs to, one step either side of now, and no further', () => {
  const now = at(1234567890);
  const step = totpStep(now);
  assert.equal(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, now), now), step);
  assert.equal(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1234567890 - 30)), now), step - 1);
  assert.equal(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1234567890 + 30)), now), step + 1);
  assert.equal(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1234567890 - 90)), now), null);
  assert.equal(matchTotpStep(RFC_SECRET, totpCodeAt(RFC_SECRET, at(1234567890 + 90)), now), null);
});

test('spaces inside a code are ignored; anything but six digits never matches', () => {
  const now = at(1234567890);
  const code = totpCodeAt(RFC_SECRET, now);
  assert.equal(matchTotpStep(RFC_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now), totpStep(now));
  for (const input of ['', '12345', '1234567', 'abcdef', `${code}0`, ` ${code}x`])
    assert.equal(matchTotpStep(RFC_SECRET, input, now), null, input);
  assert.equal(isTotpCodeShaped('123 456'), true);
  assert.equal(isTotpCodeShaped('k7q2-m4xa-p3rt-9zzz'), false);
});

test('a new secret is 160 random bits in base32; the URI names the issuer, the account and the secret', () => {
  const secret = generateTotpSecret();
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.notEqual(generateTotpSecret(), secret);
  const uri = new URL(totpUri(secret, 'ed@example.org'));
  assert.equal(uri.protocol, 'otpauth:');
  assert.equal(uri.host, 'totp');
  assert.equal(decodeURIComponent(uri.pathname), '/Countercheck:ed@example.org');
  assert.equal(uri.searchParams.get('secret'), secret);
  assert.equal(uri.searchParams.get('issuer'), 'Countercheck');
  assert.equal(uri.searchParams.get('digits'), '6');
  assert.equal(uri.searchParams.get('period'), '30');
  assert.equal(groupedSecret('ABCDEFGHIJ'), 'ABCD EFGH IJ');
});
