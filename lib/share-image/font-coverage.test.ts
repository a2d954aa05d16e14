import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readWoffCoverage } from './font-coverage';

const font = (file: string) => readFileSync(path.join(process.cwd(), 'node_modules', '@fontsource', file));
const covers = (coverage: Set<number>, text: string) =>
  Array.from(text).every((character) => coverage.has(character.codePointAt(0) ?? 0));

test('reads which characters each shipped font draws', () => {
  const latin = readWoffCoverage(font('noto-sans/files/noto-sans-latin-400-normal.woff'));
  const latinExtended = readWoffCoverage(font('noto-sans/files/noto-sans-latin-ext-700-normal.woff'));
  const arabic = readWoffCoverage(font('vazirmatn/files/vazirmatn-arabic-400-normal.woff'));
  assert.ok(covers(latin, 'Florence Parly “é” — …'));
  assert.ok(!covers(latin, 'ğ'));
  assert.ok(covers(latinExtended, 'Erdoğan Şêx'.replace(/[^ğŞ]/gu, '')));
  assert.ok(covers(arabic, 'مظلوم عبدی ڕێکەوتن ڵۆ'.replace(/ /gu, '')));
  for (const coverage of [latin, latinExtended, arabic]) assert.ok(!covers(coverage, '😀') && !covers(coverage, '中'));
});

test('refuses a file that is not a WOFF font', () => {
  assert.throws(
    () => readWoffCoverage(new TextEncoder().encode('not a font at all, just some bytes here for the header')),
    /Not a WOFF/,
  );
});
