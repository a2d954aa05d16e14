import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffSnapshots } from './revisions';
import {
  describeSaidOn,
  describeStatementChanges,
  diffStatementSnapshots,
  quoteCorrectionRequired,
  counterStatementRevisionFields,
  type CounterStatementSnapshot,
  type StatementSnapshot,
} from './statement-revisions';

const quote: StatementSnapshot = {
  text: 'We have not defeated ISIS.',
  language: 'en',
  translation: null,
  attribution: null,
  saidOn: '2018-12-20',
  saidOnPrecision: 'DAY',
  verified: true,
  unverifiedReason: null,
};

test('a reworded quote is listed by name, its date and verification quoted', () => {
  const after: StatementSnapshot = {
    ...quote,
    text: 'We have not yet defeated ISIS.',
    saidOn: '2018-12-21',
    verified: false,
    unverifiedReason: 'Heard on air.',
  };
  const changes = diffStatementSnapshots(quote, after);
  assert.deepEqual(
    changes.map((change) => change.field),
    ['text', 'saidOn', 'verified', 'unverifiedReason'],
  );
  assert.equal(
    describeStatementChanges(changes),
    'Quote; Said on: 2018-12-20 → 2018-12-21; Found verbatim in the source: yes → no; Why saved unverified',
  );
});

test('a quote shown to readers owes a correction when its words, translation or date change, not its attribution', () => {
  assert.equal(quoteCorrectionRequired(quote, { ...quote, text: 'Other words.' }, true), true);
  assert.equal(quoteCorrectionRequired(quote, { ...quote, translation: 'Translated.' }, true), true);
  assert.equal(quoteCorrectionRequired(quote, { ...quote, saidOn: '2018-12-19' }, true), true);
  assert.equal(quoteCorrectionRequired(quote, { ...quote, attribution: 'a spokesperson' }, true), false);
  assert.equal(quoteCorrectionRequired(quote, { ...quote, text: 'Other words.' }, false), false);
});

test('a date reads with its precision', () => {
  assert.equal(describeSaidOn(quote), '20 December 2018');
  assert.equal(describeSaidOn({ saidOn: '2018-12-01', saidOnPrecision: 'MONTH' }), 'December 2018');
  assert.equal(describeSaidOn({ saidOn: null, saidOnPrecision: 'DAY' }), null);
});

test("a counter-statement's stance and publication read as readers name them", () => {
  const before: CounterStatementSnapshot = {
    stance: 'CONTRADICTS',
    note: null,
    status: 'SUBMITTED',
    reviewNote: null,
    deleted: false,
  };
  const changes = diffSnapshots(counterStatementRevisionFields, before, {
    ...before,
    stance: 'QUALIFIES',
    status: 'PUBLISHED',
  });
  assert.deepEqual(changes, [
    { field: 'stance', label: 'Stance', before: 'Contradicts', after: 'Qualifies' },
    { field: 'status', label: 'Publication', before: 'submitted for review', after: 'published' },
  ]);
});
