import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDuration } from './duration';

test('a duration is read in seconds, minutes or hours, bare numbers as seconds', () => {
  assert.equal(parseDuration('10s'), 10);
  assert.equal(parseDuration('5m'), 300);
  assert.equal(parseDuration('1h'), 3600);
  assert.equal(parseDuration('30'), 30);
  assert.equal(parseDuration('1.5m'), 90);
});

test('anything else, or less than a second (wrk measures nothing shorter), is refused with the text given', () => {
  for (const bad of ['', '10x', 'ten', '-5s', '0s', '0.5s'])
    assert.throws(() => parseDuration(bad), new RegExp(`"${bad}"`));
});
