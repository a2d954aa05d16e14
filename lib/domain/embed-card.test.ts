import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_EMBED_COUNTER_STATEMENTS, renderEmbedCard, type EmbedCardInput } from './embed-card';

const quote = (speakerName: string, text: string) => ({
  text,
  language: 'en',
  speakerName,
  speakerRole: 'Minister of the Armed Forces, Government of France',
  organization: { name: 'Government of France' },
  saidOn: { label: '20 December 2018', iso: '2018-12-20' },
});

function claimWith(counterStatements: number, overrides: Partial<EmbedCardInput> = {}): EmbedCardInput {
  const items = Array.from({ length: counterStatements }, (_, index) => ({
    id: `r${index}`,
    statement: quote(`Speaker ${index}`, `Answer ${index}`),
  }));
  return {
    summary: 'ISIS has been defeated in Syria',
    verdict: 'FALSE',
    claim: {
      ...quote('Donald Trump', 'We have defeated ISIS in Syria.'),
      speakerRole: 'President of the United States',
    },
    counterStatementCount: counterStatements,
    counterStatementGroups: counterStatements ? [{ items }] : [],
    ...overrides,
  };
}

const URL = 'https://countercheck.test/claims/isis-defeated';

describe('renderEmbedCard', () => {
  test('shows the claim, its claimant, its verdict and each counter-statement linked back in a new tab', () => {
    const page = renderEmbedCard(claimWith(2), URL);
    assert.match(page, /^<!DOCTYPE html>/);
    assert.match(
      page,
      /<h1 id="claim-title"><a href="https:\/\/countercheck.test\/claims\/isis-defeated" target="_blank" rel="noopener">ISIS has been defeated in Syria/,
    );
    assert.match(
      page,
      /<blockquote lang="en"><p>We have defeated ISIS in Syria.<\/p><\/blockquote><figcaption><strong>Donald Trump<\/strong>, President of the United States/,
    );
    assert.match(page, /Verdict: False/);
    assert.match(page, /<h2 id="counter-statements-title">2 counter-statements<\/h2>/);
    assert.match(
      page,
      /<strong>Speaker 1<\/strong>, Minister of the Armed Forces, Government of France, <time datetime="2018-12-20">/,
    );
    assert.match(
      page,
      /href="https:\/\/countercheck.test\/claims\/isis-defeated#rebuttal-r1" target="_blank" rel="noopener">Read in full<span class="visually-hidden"> \(opens in a new tab\)/,
    );
    assert.doesNotMatch(page, /<script/);
  });

  test(`shows at most ${MAX_EMBED_COUNTER_STATEMENTS} counter-statements and says how many more the full page has`, () => {
    const page = renderEmbedCard(claimWith(MAX_EMBED_COUNTER_STATEMENTS + 2), URL);
    assert.equal(page.match(/<li>/g)?.length, MAX_EMBED_COUNTER_STATEMENTS);
    assert.match(page, /2 more counter-statements on Countercheck/);
  });

  test('says so when nobody has answered yet', () => {
    const page = renderEmbedCard(claimWith(0), URL);
    assert.match(page, /No counter-statements yet/);
    assert.doesNotMatch(page, /<ul>/);
  });

  test('keeps its stylesheet unescaped, so the browser applies its font rule', () => {
    const page = renderEmbedCard(claimWith(0), URL);
    assert.match(page, /<style>[^<]*font:15px\/1\.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;/);
    assert.doesNotMatch(page, /&quot;Segoe UI/);
  });

  test('escapes quotes and names, so a quote cannot inject markup into the embedding page', () => {
    const page = renderEmbedCard(claimWith(0, { summary: '</title><script>alert(1)</script>' }), URL);
    assert.doesNotMatch(page, /<script>/);
    assert.match(page, /&lt;\/title&gt;&lt;script&gt;/);
  });
});
