import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildShareLinks, claimShareText, type ShareNetwork } from './share-links';

const content = {
  url: 'https://countercheck.example/claims/trump-we-have-defeated-isis-in-syria',
  text: 'Fact check: “ISIS has been defeated in Syria” (Donald Trump). Our verdict: False & more?',
  title: 'ISIS has been defeated in Syria',
};

const hrefOf = (network: ShareNetwork) => {
  const link = buildShareLinks(content).find((candidate) => candidate.network === network);
  assert.ok(link, network);
  return link.href;
};

test('one link per network, in a stable order, each with a visible label', () => {
  assert.deepEqual(
    buildShareLinks(content).map((link) => link.label),
    ['X', 'Facebook', 'LinkedIn', 'WhatsApp', 'Telegram', 'Email'],
  );
});

test('every network gets the shared URL back intact from its query string', () => {
  for (const link of buildShareLinks(content)) {
    const parsed = new URL(link.href);
    const carried = [...parsed.searchParams.values()].join('\n');
    assert.ok(carried.includes(content.url), `${link.network} carries the URL`);
  }
});

test('the URL and text are percent-encoded, so "&", "?" and spaces cannot break the query', () => {
  const x = new URL(hrefOf('x'));
  assert.equal(x.origin + x.pathname, 'https://x.com/intent/post');
  assert.equal(x.searchParams.get('url'), content.url);
  assert.equal(x.searchParams.get('text'), content.text);
  assert.ok(hrefOf('x').includes('%26%20more%3F'), 'the & and ? of the text are encoded');
  assert.equal(new URL(hrefOf('facebook')).searchParams.get('u'), content.url);
  assert.equal(new URL(hrefOf('linkedin')).searchParams.get('url'), content.url);
  assert.equal(new URL(hrefOf('whatsapp')).searchParams.get('text'), `${content.text} ${content.url}`);
  assert.equal(new URL(hrefOf('telegram')).searchParams.get('url'), content.url);
});

test('the email link writes spaces as %20, which mail programs decode, never as "+"', () => {
  const email = hrefOf('email');
  assert.ok(email.startsWith('mailto:?subject=ISIS%20has%20been%20defeated%20in%20Syria&body='));
  assert.ok(!email.includes('+'));
  assert.equal(decodeURIComponent(email.split('&body=')[1] ?? ''), `${content.text}\n\n${content.url}`);
});

test('the share text names the claim, the claimant and the verdict', () => {
  assert.equal(
    claimShareText({ summary: 'ISIS has been defeated in Syria', claimant: 'Donald Trump', verdictLabel: 'False' }),
    'Fact check: “ISIS has been defeated in Syria” (Donald Trump). Our verdict: False.',
  );
});
