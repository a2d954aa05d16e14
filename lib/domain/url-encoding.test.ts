import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { HOSTILE_URL_ENCODINGS } from '../testing/hostile-inputs';
import { isDecodablePath } from './url-encoding';

test('a path spelled from any text decodes', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: 'binary' })), (segments) => {
      assert.equal(isDecodablePath(`/${segments.map(encodeURIComponent).join('/')}`), true);
    }),
  );
  assert.equal(isDecodablePath('/people/jane-doe'), true);
  assert.equal(isDecodablePath('/people/%25'), true);
});

test('a broken, truncated or non-UTF-8 percent-encoding does not', () => {
  for (const encoding of HOSTILE_URL_ENCODINGS.filter((encoding) => encoding !== '%00%00'))
    assert.equal(isDecodablePath(`/people/${encoding}`), false, encoding);
});
