import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claimMatcher, claimSearchWords, contentWords, suggestStance, type ClaimOnRecord } from './claim-match';

// Hand-made cases in the style of news reports, none taken from the seed articles.

const CLAIMS: ClaimOnRecord[] = [
  {
    slug: 'ruiz-drought-is-over',
    summary: 'The drought in Andalusia is over',
    quote: 'The drought in Andalusia is over, and the reservoirs are full again.',
    speaker: 'Ana Ruiz',
    topics: ['Drought', 'Andalusia'],
  },
  {
    slug: 'port-authority-record-traffic',
    summary: 'The port handled record container traffic',
    quote: 'We handled more containers this year than ever before.',
    speaker: 'Port Authority of Valencia',
    topics: ['Shipping'],
  },
];

const ARTICLE = [
  'Ana Ruiz said on Monday: "The drought in Andalusia is over, and the reservoirs are full again."',
  'Farmers in Andalusia disagreed. "The drought is not over: our wells are still dry," said Pedro Gil, who heads a growers\' union.',
  '"I had a nice lunch," he added.',
].join('\n\n');

const match = claimMatcher(CLAIMS, ARTICLE);

test('an answer in other words is matched to the claim it answers, with its stance', () => {
  const [first] = match({
    quote: 'The drought is not over: our wells are still dry',
    context: ARTICLE.split('\n\n')[1]!,
    speaker: 'Pedro Gil',
  });
  assert.equal(first?.slug, 'ruiz-drought-is-over');
  assert.equal(first?.isTheClaim, false);
  assert.equal(first?.stance, 'CONTRADICTS');
});

test("the claim's own words by its speaker are the claim itself, not an answer", () => {
  const [first] = match({
    quote: 'The drought in Andalusia is over, and the reservoirs are full again.',
    context: ARTICLE.split('\n\n')[0]!,
    speaker: 'Ana Ruíz',
  });
  assert.equal(first?.slug, 'ruiz-drought-is-over');
  assert.equal(first?.isTheClaim, true);
});

test('a quote about something else suggests no claim: it would be a new claim', () => {
  assert.deepEqual(match({ quote: 'I had a nice lunch', context: 'I had a nice lunch', speaker: 'Pedro Gil' }), []);
});

test('IS in capitals is the group, "is" the verb; one idea in several words is one word', () => {
  assert.ok(contentWords('IS fighters').has('isis'));
  assert.ok(contentWords('Islamic State fighters').has('isis'));
  assert.ok(!contentWords('it is over').has('isis'));
  assert.ok(contentWords('has been wiped from the map').has('defeat'));
});

test('stances: a denial contradicts, a reservation disputes, a concession qualifies', () => {
  assert.equal(suggestStance('The war is not won', 0.5), 'CONTRADICTS');
  assert.equal(suggestStance('Much remains to be done', 0.1), 'DISPUTES');
  assert.equal(suggestStance('The rebels are weakened', 0.1), 'QUALIFIES');
  assert.equal(suggestStance('We agree entirely', 0.1), 'SUPPORTS');
});

test("a passage's search words are its words as written, with each one's idea and the group's one name", () => {
  assert.deepEqual(claimSearchWords('Daesh has not been wiped from the map, the minister said.').sort(), [
    'defeat',
    'isis',
    'map',
    'minister',
    'wiped',
  ]);
});
