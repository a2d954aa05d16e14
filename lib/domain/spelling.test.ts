import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestSpelling, typoDistance, typosAllowed } from './spelling';

test('counts a missing, an extra, a wrong letter and a swap of neighbours as one typo each', () => {
  assert.equal(typoDistance('caliphate', 'caliphate'), 0);
  assert.equal(typoDistance('caliphte', 'caliphate'), 1); // missing
  assert.equal(typoDistance('calliphate', 'caliphate'), 1); // doubled
  assert.equal(typoDistance('kaliphate', 'caliphate'), 1); // wrong
  assert.equal(typoDistance('calipahte', 'caliphate'), 1); // swapped
  assert.equal(typoDistance('trukey', 'turkey'), 1);
  assert.equal(typoDistance('kaliphat', 'caliphate'), 2);
  assert.equal(typoDistance('', 'isis'), 4);
  assert.equal(typoDistance('syria', ''), 5);
});

test('edits no letter twice: a swap followed by an insertion between them is three typos', () => {
  // Unrestricted Damerau-Levenshtein would say 2 ("ca" -> "ac" -> "abc"); optimal string alignment says 3.
  assert.equal(typoDistance('ca', 'abc'), 3);
});

test('counts letters, not UTF-16 units: an emoji or a Turkish letter is one', () => {
  assert.equal(typoDistance('türkiye', 'turkiye'), 1);
  assert.equal(typoDistance('a😀b', 'ab'), 1);
});

test('allows no typo below four letters, one up to seven, two from eight', () => {
  assert.deepEqual(['isi', 'isis', 'defeats', 'pentagon', 'caliphate'].map(typosAllowed), [0, 1, 1, 2, 2]);
  assert.equal(typosAllowed('😀😀😀'), 0); // three letters, six UTF-16 units
});

test('picks the candidate with the fewest typos, the earliest among equals, within the allowance', () => {
  assert.equal(closestSpelling('calipahte', ['capitulate', 'caliphate']), 'caliphate');
  assert.equal(closestSpelling('kaliphat', ['caliphate']), 'caliphate');
  assert.equal(closestSpelling('weigth', ['weighty', 'weight']), 'weight');
  assert.equal(closestSpelling('trukey', ['turkey', 'trukey']), 'trukey'); // as typed, when the texts have it
  assert.equal(closestSpelling('mostyl', ['mostly', 'mosty']), 'mostly');
  assert.equal(closestSpelling('mostyl', ['mosty', 'mostly']), 'mosty'); // both one typo away: the first
});

test('refuses a candidate with more typos than the word allows', () => {
  assert.equal(closestSpelling('trukye', ['turkey']), undefined); // 6 letters, 2 typos
  assert.equal(closestSpelling('kalipahtte', ['caliphate']), undefined); // 3 typos
  assert.equal(closestSpelling('isi', ['isis']), undefined); // too short for any
  assert.equal(closestSpelling('syria', []), undefined);
});
