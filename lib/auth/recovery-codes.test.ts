import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';

test('recovery codes: ten, distinct, four groups of four base32 characters (80 bits)', () => {
  const codes = generateRecoveryCodes();
  assert.equal(codes.length, RECOVERY_CODE_COUNT);
  assert.equal(new Set(codes).size, codes.length);
  for (const code of codes) assert.match(code, /^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
});

test('a code typed with other case, spaces or no dashes is the same code; anything else is none', () => {
  const [code] = generateRecoveryCodes(1) as [string];
  for (const typed of [code, code.toUpperCase(), code.replace(/-/g, ''), code.replace(/-/g, ' '), ` ${code} `])
    assert.equal(normalizeRecoveryCode(typed), code, typed);
  for (const typed of ['', '123456', `${code}a`, code.slice(1), 'abcd-efgh-ijkl-mn01', 'abcd\u0000efgh-ijkl-mnop'])
    assert.equal(normalizeRecoveryCode(typed), null, typed);
});

test('only the SHA-256 of a code is stored', () => {
  assert.equal(
    hashRecoveryCode('abcd-efgh-ijkl-mnop'),
    '259b329f721c652e14cd32ca01144e3580da3426c178721226d3f062f18ff7c7',
  );
});
