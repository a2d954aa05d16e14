import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatTable } from './table';

test('a table aligns the first column left and the others right, each as wide as its widest cell', () => {
  assert.equal(
    formatTable(
      ['scenario', 'req/s', 'note'],
      [
        ['claim page', '48.0', ''],
        ['/claims', '1234.5', 'ok'],
      ],
    ),
    ['scenario     req/s  note', 'claim page    48.0', '/claims     1234.5    ok'].join('\n'),
  );
});

test('a row shorter than the header is padded, not broken', () => {
  assert.equal(formatTable(['a', 'bb'], [['x']]), 'a  bb\nx');
});
