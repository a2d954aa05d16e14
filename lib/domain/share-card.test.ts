import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_AFFILIATIONS, MAX_QUOTE_LENGTH, buildShareCard, describeClaim, type ShareCardInput } from './share-card';

const isisClaim: ShareCardInput = {
  summary: 'ISIS has been defeated in Syria',
  verdict: 'FALSE',
  counterStatementCount: 8,
  counterStatementsByAffiliation: [
    { label: 'United Kingdom', count: 3 },
    { label: 'France', count: 2 },
    { label: 'Kurdish-led administration in north-east Syria', count: 2 },
    { label: 'Syrian Democratic Forces', count: 1 },
  ],
  claim: {
    text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
    translation: null,
    speakerName: 'Donald Trump',
    speakerRole: 'President of the United States, United States government',
    saidOn: { label: '19 December 2018' },
  },
};

test('the card shows the quote, who said it in what role and when, the verdict and who answered', () => {
  const card = buildShareCard(isisClaim);
  assert.equal(card.quote, isisClaim.claim.text);
  assert.equal(card.claimant, 'Donald Trump');
  assert.equal(card.claimantDetail, 'President of the United States, United States government · 19 December 2018');
  assert.equal(card.verdictLabel, 'False');
  assert.equal(card.counterStatementTotal, '8 counter-statements');
  assert.deepEqual(
    card.answeredBy.map((group) => `${group.label} ${group.count}`),
    ['United Kingdom 3', 'France 2', 'Kurdish-led administration in north-east Syria 2', 'Syrian Democratic Forces 1'],
  );
  assert.equal(card.moreAffiliations, 0);
});

test('the alt text says everything the image shows', () => {
  assert.equal(
    buildShareCard(isisClaim).alt,
    'Countercheck fact check. Donald Trump claimed: “We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.” Verdict: False. ' +
      '8 counter-statements: United Kingdom 3, France 2, Kurdish-led administration in north-east Syria 2, Syrian Democratic Forces 1.',
  );
});

test('a long quote and translation are cut to fit, and only the largest groups are listed', () => {
  const groups = Array.from({ length: MAX_AFFILIATIONS + 2 }, (_, index) => ({ label: `Group ${index}`, count: 1 }));
  const long = 'word '.repeat(100);
  const card = buildShareCard({
    ...isisClaim,
    counterStatementsByAffiliation: groups,
    claim: { ...isisClaim.claim, text: long, translation: long },
  });
  assert.ok(card.quote.length <= MAX_QUOTE_LENGTH && card.quote.endsWith('…'));
  assert.equal(card.translation, card.quote);
  assert.equal(card.answeredBy.length, MAX_AFFILIATIONS);
  assert.equal(card.moreAffiliations, 2);
});

test('an unanswered claim by a speaker with no role or date says so plainly', () => {
  const card = buildShareCard({
    ...isisClaim,
    verdict: 'UNRATED',
    counterStatementCount: 0,
    counterStatementsByAffiliation: [],
    claim: { ...isisClaim.claim, speakerRole: null, saidOn: null },
  });
  assert.equal(card.claimantDetail, null);
  assert.equal(card.counterStatementTotal, 'No counter-statements yet');
  assert.equal(card.verdictLabel, 'Unrated');
  assert.ok(card.alt.endsWith('Verdict: Unrated. No counter-statements yet.'));
});

test('the description names the claimant, the quote, the verdict and who answered', () => {
  assert.equal(
    describeClaim({
      ...isisClaim,
      counterStatementCount: 1,
      counterStatementsByAffiliation: [{ label: 'France', count: 1 }],
    }),
    'Donald Trump claimed: “We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.” Our verdict: False. 1 counter-statement: France 1.',
  );
});
