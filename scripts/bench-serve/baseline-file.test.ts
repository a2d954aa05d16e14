import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASELINE_BYTES, baselineHtml } from './baseline-file';

test('the baseline page has exactly the size asked for, whatever the size, and is a whole document', () => {
  for (const bytes of [BASELINE_BYTES, 1000, 4096 + 7]) {
    const html = baselineHtml(bytes);
    assert.equal(Buffer.byteLength(html), bytes);
    assert.match(html, /^<!doctype html>/);
    assert.match(html, /<\/html>\n$/);
  }
});

test('the baseline page is the same on every run, so runs compare', () => {
  assert.equal(baselineHtml(), baselineHtml());
});

test('a size too small for a document is refused', () => {
  assert.throws(() => baselineHtml(10), /at least/);
});
