import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_PAGE_COUNTER_STATEMENTS, claimPagePathWithEveryCounterStatement } from './claim-page';

test('links to a counter-statement open the page that shows it: the plain page up to a page of them, then the page with all', () => {
  assert.equal(claimPagePathWithEveryCounterStatement('a-claim', CLAIM_PAGE_COUNTER_STATEMENTS), '/claims/a-claim');
  assert.equal(
    claimPagePathWithEveryCounterStatement('a-claim', CLAIM_PAGE_COUNTER_STATEMENTS + 1),
    '/claims/a-claim/all',
  );
});
