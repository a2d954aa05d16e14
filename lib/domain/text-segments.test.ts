import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segmentText } from './text-segments';

const simplify = (segments: ReturnType<typeof segmentText<string>>) => segments.map((s) => [s.text, s.highlights]);

test('returns the whole text as one plain run when nothing is highlighted', () => {
  assert.deepEqual(simplify(segmentText('abc', [])), [['abc', []]]);
  assert.deepEqual(segmentText('', []), []);
});

test('splits around highlights and keeps every character once', () => {
  const text = 'one two three';
  const segments = segmentText(text, [{ start: 4, end: 7, value: 'q1' }]);
  assert.deepEqual(simplify(segments), [
    ['one ', []],
    ['two', ['q1']],
    [' three', []],
  ]);
  assert.equal(segments.map((s) => s.text).join(''), text);
});

test('a quote inside another is covered by both', () => {
  const segments = segmentText('aaaabbbbcccc', [
    { start: 0, end: 12, value: 'outer' },
    { start: 4, end: 8, value: 'inner' },
  ]);
  assert.deepEqual(simplify(segments), [
    ['aaaa', ['outer']],
    ['bbbb', ['outer', 'inner']],
    ['cccc', ['outer']],
  ]);
});

test('ignores spans that fall outside the text', () => {
  assert.deepEqual(
    simplify(
      segmentText('abc', [
        { start: 2, end: 9, value: 'x' },
        { start: 2, end: 2, value: 'y' },
      ]),
    ),
    [['abc', []]],
  );
});
