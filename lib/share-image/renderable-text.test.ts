import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toRenderableText } from './renderable-text';

// A stand-in for the fonts: Latin-1, "ğ", "ş", the replacement character and a few Arabic letters.
const drawable = new Set([...'ğşە', '\uFFFD'].map((character) => character.codePointAt(0) ?? 0));
const hasGlyph = (codePoint: number) => codePoint <= 0xff || drawable.has(codePoint);

test('text the fonts can draw passes unchanged, white space collapsed', () => {
  assert.deepEqual(toRenderableText('Erdoğan  said,\n"we" ', hasGlyph), { text: 'Erdoğan said, "we"', complete: true });
  assert.deepEqual(toRenderableText('Qamişlo é', hasGlyph), { text: 'Qamişlo é', complete: true });
});

test('a letter with a combining accent is composed first, so it is drawn, not replaced', () => {
  assert.deepEqual(toRenderableText('Parle\u0301', hasGlyph), { text: 'Parlé', complete: true });
});

test('a character the fonts lack becomes the replacement character', () => {
  assert.deepEqual(toRenderableText('说 ok', hasGlyph), { text: '\uFFFD ok', complete: false });
});

test('emoji are left out, even one made of characters the fonts have', () => {
  assert.deepEqual(toRenderableText('Victory 🎉 #\uFE0F\u20E3 🇺🇸 done', hasGlyph), {
    text: 'Victory done',
    complete: false,
  });
});
