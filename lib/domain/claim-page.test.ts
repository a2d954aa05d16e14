import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_PAGE_REBUTTALS, claimPagePathWithEveryRebuttal } from './claim-page';

test('links to a counter-statement open the page that shows it: the plain page up to a page of them, then the page with all', () => {
  assert.equal(claimPagePathWithEveryRebuttal('a-claim', CLAIM_PAGE_REBUTTALS), '/claims/a-claim');
  assert.equal(claimPagePathWithEveryRebuttal('a-claim', CLAIM_PAGE_REBUTTALS + 1), '/claims/a-claim?show=all');
});
