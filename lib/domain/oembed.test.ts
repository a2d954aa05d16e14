import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_EMBED_COUNTER_STATEMENTS } from './embed-card';
import { EMBED_WIDTH, buildOEmbed, claimSlugFromUrl, embedHeight, type OEmbedClaim } from './oembed';

const SITE = 'https://countercheck.test';

describe('claimSlugFromUrl', () => {
  test('finds the slug of a claim page on the site, with or without a trailing slash, query or anchor', () => {
    for (const url of [
      `${SITE}/claims/isis-defeated`,
      `${SITE}/claims/isis-defeated/`,
      `${SITE}/claims/isis-defeated?ref=x#rebuttal-1`,
    ]) {
      assert.equal(claimSlugFromUrl(url, SITE), 'isis-defeated', url);
    }
  });

  test('refuses other sites, other pages and what is no URL', () => {
    for (const url of [
      'https://evil.test/claims/isis-defeated',
      'http://countercheck.test/claims/isis-defeated',
      `${SITE}/people/donald-trump`,
      `${SITE}/claims`,
      `${SITE}/claims/a/b`,
      `${SITE}/claims/Not_A_Slug`,
      'not a url',
      '/claims/isis-defeated',
    ]) {
      assert.equal(claimSlugFromUrl(url, SITE), null, url);
    }
  });
});

const claim: OEmbedClaim = {
  slug: 'isis-defeated',
  summary: 'ISIS has been defeated in Syria',
  claimant: 'Donald Trump',
  claimantPath: '/people/donald-trump',
  counterStatementCount: 8,
  thumbnailPath: '/claims/isis-defeated/share-image/0123456789ab',
};

describe('buildOEmbed', () => {
  test('is a rich oEmbed with an iframe of the embed card, the claimant as author and the share image as thumbnail', () => {
    const response = buildOEmbed(claim, SITE);
    assert.equal(response.version, '1.0');
    assert.equal(response.type, 'rich');
    assert.equal(response.provider_name, 'Countercheck');
    assert.equal(response.provider_url, `${SITE}/`);
    assert.equal(response.title, 'ISIS has been defeated in Syria');
    assert.equal(response.author_name, 'Donald Trump');
    assert.equal(response.author_url, `${SITE}/people/donald-trump`);
    assert.equal(response.width, EMBED_WIDTH);
    assert.equal(response.height, embedHeight(8));
    assert.equal(
      response.html,
      `<iframe src="${SITE}/embed/claims/isis-defeated" width="${EMBED_WIDTH}" height="${embedHeight(8)}" title="Countercheck: ISIS has been defeated in Syria" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    assert.deepEqual(
      [response.thumbnail_url, response.thumbnail_width, response.thumbnail_height],
      [`${SITE}/claims/isis-defeated/share-image/0123456789ab`, 1200, 630],
    );
  });

  test('never exceeds maxwidth and maxheight, in the numbers and in the iframe', () => {
    const response = buildOEmbed(claim, SITE, { maxwidth: 320, maxheight: 200 });
    assert.deepEqual([response.width, response.height], [320, 200]);
    assert.match(response.html, /width="320" height="200"/);
    assert.equal(
      buildOEmbed(claim, SITE, { maxwidth: 5000 }).width,
      EMBED_WIDTH,
      'a larger maximum leaves the size alone',
    );
  });

  test('escapes the summary in the iframe title and leaves out author_url for an unknown speaker page', () => {
    const response = buildOEmbed({ ...claim, summary: '"><script>', claimantPath: null }, SITE);
    assert.match(response.html, /title="Countercheck: &quot;&gt;&lt;script&gt;"/);
    assert.equal('author_url' in response, false);
  });

  test('the height grows with the counter-statements shown, up to the most the card shows', () => {
    assert.ok(embedHeight(1) > embedHeight(0));
    assert.equal(embedHeight(MAX_EMBED_COUNTER_STATEMENTS + 1), embedHeight(MAX_EMBED_COUNTER_STATEMENTS + 10));
  });
});
