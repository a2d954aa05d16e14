import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Stance, Verdict } from '../generated/prisma/enums';
import { STANCES, stanceDefinition } from './stances';
import { BEST_RATING, VERDICT_SCALE, WORST_RATING, verdictDefinition } from './verdicts';

test('every verdict in the database enum has exactly one definition', () => {
  assert.deepEqual(VERDICT_SCALE.map((entry) => entry.verdict).sort(), Object.values(Verdict).sort());
  for (const verdict of Object.values(Verdict)) assert.equal(verdictDefinition(verdict).verdict, verdict);
});

test('rated verdicts climb the scale from worst to best, and Unrated has no rating', () => {
  const ratings = VERDICT_SCALE.filter((entry) => entry.rating !== null).map((entry) => entry.rating);
  assert.deepEqual(ratings, [WORST_RATING, 2, 3, 4, BEST_RATING]);
  assert.equal(verdictDefinition('UNRATED').rating, null);
});

test('every stance in the database enum has exactly one definition', () => {
  assert.deepEqual(STANCES.map((entry) => entry.stance).sort(), Object.values(Stance).sort());
  assert.equal(stanceDefinition('QUALIFIES').label, 'Qualifies');
});
