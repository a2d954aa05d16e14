import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildClaimReview, serializeJsonLd, type ClaimReviewInput, type ReviewedStatement } from './claim-review';

const SITE = 'https://countercheck.example';

const trumpTweet: ReviewedStatement = {
  text: 'We have defeated ISIS in Syria, my only reason for being there during the Trump Presidency.',
  language: 'en',
  speakerName: 'Donald Trump',
  speakerKind: 'person',
  speakerTitle: 'President of the United States',
  organization: { name: 'United States government' },
  saidOn: { iso: '2018-12-19' },
  source: {
    id: 'src-1',
    kind: 'NEWS_ARTICLE',
    outlet: null,
    title: "Mission unaccomplished: UK, France dispute Trump's claim",
    url: null,
    publishedOn: null,
  },
};

const ukSpokesperson: ReviewedStatement = {
  text: 'much remains to be done',
  language: 'en',
  speakerName: 'UK Government',
  speakerKind: 'organization',
  speakerTitle: null,
  organization: { name: 'UK Government' },
  saidOn: null,
  source: {
    id: 'src-2',
    kind: 'NEWS_ARTICLE',
    outlet: 'RFE/RL',
    title: null,
    url: 'https://www.rferl.org/a/example.html',
    publishedOn: { iso: '2015-11-23' },
  },
};

const input: ClaimReviewInput = {
  siteUrl: SITE,
  slug: 'trump-we-have-defeated-isis-in-syria',
  summary: 'ISIS has been defeated in Syria',
  verdict: 'FALSE',
  publishedAt: new Date('2026-11-21T00:00:00Z'),
  updatedAt: new Date('2026-11-22T10:30:00Z'),
  claim: trumpTweet,
  counterStatements: [{ id: 'r-1', statement: ukSpokesperson }],
  repetitions: [],
};

test('the review names the claim, its page, and the reviewer with its principles and corrections policy', () => {
  const review = buildClaimReview(input);
  assert.equal(review['@context'], 'https://schema.org');
  assert.equal(review['@type'], 'ClaimReview');
  assert.equal(review.url, `${SITE}/claims/trump-we-have-defeated-isis-in-syria`);
  assert.equal(review.claimReviewed, 'ISIS has been defeated in Syria');
  assert.equal(review.datePublished, '2026-11-21T00:00:00.000Z');
  assert.equal(review.dateModified, '2026-11-22T10:30:00.000Z');
  const expectedPublisher = {
    '@type': 'Organization',
    name: 'Countercheck',
    url: `${SITE}/`,
    publishingPrinciples: `${SITE}/methodology`,
    correctionsPolicy: `${SITE}/methodology#corrections`,
  };
  assert.deepEqual(review.author, expectedPublisher);
  assert.deepEqual(review.publisher, expectedPublisher);
});

test('a rated verdict carries its place on the 1 to 5 scale and its label', () => {
  assert.deepEqual(buildClaimReview(input).reviewRating, {
    '@type': 'Rating',
    ratingValue: 1,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'False',
  });
  assert.deepEqual(buildClaimReview({ ...input, verdict: 'MOSTLY_TRUE' }).reviewRating, {
    '@type': 'Rating',
    ratingValue: 4,
    bestRating: 5,
    worstRating: 1,
    alternateName: 'Mostly true',
  });
});

test('an unrated claim carries its label only, with no number on the scale', () => {
  assert.deepEqual(buildClaimReview({ ...input, verdict: 'UNRATED' }).reviewRating, {
    '@type': 'Rating',
    alternateName: 'Unrated',
  });
});

test('the claim is attributed to the person who made it, in their role, where it appeared', () => {
  assert.deepEqual(buildClaimReview(input).itemReviewed, {
    '@type': 'Claim',
    author: {
      '@type': 'Person',
      name: 'Donald Trump',
      jobTitle: 'President of the United States',
      affiliation: { '@type': 'Organization', name: 'United States government' },
    },
    datePublished: '2018-12-19',
    // No outlet, date or URL is known for this source: none is made up, and its URL is our archive.
    appearance: {
      '@type': 'NewsArticle',
      headline: "Mission unaccomplished: UK, France dispute Trump's claim",
      url: `${SITE}/sources/src-1`,
      archivedAt: `${SITE}/sources/src-1`,
    },
  });
});

const repeated = (saidOn: string | null, sourceId: string): ReviewedStatement => ({
  ...trumpTweet,
  saidOn: saidOn ? { iso: saidOn } : null,
  source: {
    ...trumpTweet.source,
    id: sourceId,
    url: `https://example.org/${sourceId}`,
    publishedOn: { iso: '2019-02-07' },
  },
});

test('a claim said again lists every appearance, and the first on record when the dates show it', () => {
  const itemReviewed = buildClaimReview({
    ...input,
    repetitions: [{ statement: repeated('2019-02', 'src-9') }],
  }).itemReviewed;
  const again = {
    '@type': 'NewsArticle',
    headline: "Mission unaccomplished: UK, France dispute Trump's claim",
    datePublished: '2019-02-07',
    url: 'https://example.org/src-9',
    archivedAt: `${SITE}/sources/src-9`,
  };
  assert.deepEqual(itemReviewed.appearance, [
    {
      '@type': 'NewsArticle',
      headline: "Mission unaccomplished: UK, France dispute Trump's claim",
      url: `${SITE}/sources/src-1`,
      archivedAt: `${SITE}/sources/src-1`,
    },
    again,
  ]);
  assert.deepEqual(itemReviewed.firstAppearance, (itemReviewed.appearance as unknown[])[0]);
  // Said first in February 2019 (known to the month), before 1 March 2019: that appearance is the first.
  assert.equal(
    buildClaimReview({
      ...input,
      claim: repeated('2019-03-01', 'src-8'),
      repetitions: [{ statement: repeated('2019-02', 'src-9') }],
    }).itemReviewed.firstAppearance?.url,
    'https://example.org/src-9',
  );
});

test('no firstAppearance when the dates cannot tell which came first, nor for a claim said once', () => {
  const within = buildClaimReview({
    ...input,
    repetitions: [{ statement: repeated('2018-12', 'src-9') }],
  }).itemReviewed;
  assert.equal(within.firstAppearance, undefined);
  assert.equal((within.appearance as unknown[]).length, 2);
  const undated = buildClaimReview({ ...input, repetitions: [{ statement: repeated(null, 'src-9') }] });
  assert.equal(undated.itemReviewed.firstAppearance, undefined);
  assert.equal(buildClaimReview(input).itemReviewed.firstAppearance, undefined);
});

test('counter-statements are cited as quotations with their speaker, source and anchor', () => {
  const [citation, ...rest] = buildClaimReview(input).citation;
  assert.equal(rest.length, 0);
  assert.deepEqual(citation, {
    '@type': 'Quotation',
    text: 'much remains to be done',
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'UK Government' },
    isBasedOn: {
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'RFE/RL' },
      datePublished: '2015-11-23',
      url: 'https://www.rferl.org/a/example.html',
      archivedAt: `${SITE}/sources/src-2`,
    },
    url: `${SITE}/claims/trump-we-have-defeated-isis-in-syria#rebuttal-r-1`,
  });
});

test('a person with no recorded role is named without a job title; an unpublished date is left out', () => {
  const review = buildClaimReview({
    ...input,
    publishedAt: null,
    claim: { ...trumpTweet, speakerTitle: null, organization: null, saidOn: null },
  });
  assert.deepEqual(review.itemReviewed.author, { '@type': 'Person', name: 'Donald Trump' });
  assert.equal('datePublished' in review.itemReviewed, false);
  assert.equal('datePublished' in review, false);
});

test('serialized JSON-LD cannot break out of its script element, and parses back unchanged', () => {
  const hostile = 'He said "</script><script>alert(1)</script>" & <!-- then \u2028 left';
  const review = buildClaimReview({
    ...input,
    claim: { ...trumpTweet, text: hostile },
    counterStatements: [{ id: 'r-1', statement: { ...ukSpokesperson, text: hostile } }],
  });
  const json = serializeJsonLd(review);
  assert.doesNotMatch(json, /[<>&\u2028\u2029]/);
  assert.ok(json.includes('\\u003c/script\\u003e'));
  assert.deepEqual(JSON.parse(json), review);
});
