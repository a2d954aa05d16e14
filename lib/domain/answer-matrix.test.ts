import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildAnswerMatrix, type AnswerPairRow } from './answer-matrix';

const trump = { claimantSlug: 'donald-trump', claimantName: 'Donald Trump', claimantTotal: 5 };
const earnest = { claimantSlug: 'josh-earnest', claimantName: 'Josh Earnest', claimantTotal: 1 };
const france = {
  answererCountryCode: 'FR',
  answererOrganizationSlug: null,
  answererOrganizationName: null,
  answererTotal: 2,
};
const sdf = {
  answererCountryCode: null,
  answererOrganizationSlug: 'syrian-democratic-forces',
  answererOrganizationName: 'Syrian Democratic Forces',
  answererTotal: 4,
};

test('shapes pairs into rows and columns, largest totals first, zeros kept', () => {
  const rows: AnswerPairRow[] = [
    { ...earnest, ...france, answers: 0 },
    { ...trump, ...france, answers: 2 },
    { ...earnest, ...sdf, answers: 1 },
    { ...trump, ...sdf, answers: 3 },
  ];
  const matrix = buildAnswerMatrix(rows);
  assert.deepEqual(
    matrix.answerers.map((answerer) => [
      answerer.label,
      answerer.countryCode,
      answerer.organizationSlug,
      answerer.total,
    ]),
    [
      ['Syrian Democratic Forces', null, 'syrian-democratic-forces', 4],
      ['France', 'FR', null, 2],
    ],
  );
  assert.deepEqual(
    matrix.claimants.map((claimant) => [claimant.name, claimant.total, claimant.cells]),
    [
      ['Donald Trump', 5, [3, 2]],
      ['Josh Earnest', 1, [1, 0]],
    ],
  );
});

test('ties are broken by name, so the table reads the same every time', () => {
  const rows: AnswerPairRow[] = [
    {
      ...trump,
      claimantTotal: 1,
      answererCountryCode: 'GB',
      answererOrganizationSlug: null,
      answererOrganizationName: null,
      answererTotal: 1,
      answers: 1,
    },
    {
      ...earnest,
      answererCountryCode: 'FR',
      answererOrganizationSlug: null,
      answererOrganizationName: null,
      answererTotal: 1,
      answers: 1,
    },
  ];
  const matrix = buildAnswerMatrix(rows);
  assert.deepEqual(
    matrix.claimants.map((claimant) => claimant.name),
    ['Donald Trump', 'Josh Earnest'],
  );
  assert.deepEqual(
    matrix.answerers.map((answerer) => answerer.label),
    ['France', 'United Kingdom'],
  );
});

test('no pairs, no table', () => {
  assert.deepEqual(buildAnswerMatrix([]), { claimants: [], answerers: [] });
});
