import assert from 'node:assert/strict';
import { test } from 'node:test';
import { counterStatementHref, groupCounterStatementsByClaim } from './counter-statement-groups';

const isis = { slug: 'isis-defeated', summary: 'ISIS has been defeated in Syria', counterStatementCount: 8 };
const mostlyGone = { slug: 'mostly-gone', summary: 'IS militants are "mostly gone"', counterStatementCount: 2 };

test('regroups statements under each claim they answer, in the order the statements came', () => {
  const groups = groupCounterStatementsByClaim([
    { statement: 'newest', counterStatements: [{ counterStatementId: 'r1', stance: 'DISPUTES', claim: mostlyGone }] },
    {
      statement: 'middle',
      counterStatements: [
        { counterStatementId: 'r2', stance: 'CONTRADICTS', claim: isis },
        { counterStatementId: 'r3', stance: 'QUALIFIES', claim: mostlyGone },
      ],
    },
    { statement: 'oldest', counterStatements: [{ counterStatementId: 'r4', stance: 'QUALIFIES', claim: isis }] },
  ]);
  assert.deepEqual(
    groups.map((group) => [
      group.claim.slug,
      group.counterStatements.map((item) => `${item.statement}:${item.counterStatementId}:${item.stance}`),
    ]),
    [
      ['mostly-gone', ['newest:r1:DISPUTES', 'middle:r3:QUALIFIES']],
      ['isis-defeated', ['middle:r2:CONTRADICTS', 'oldest:r4:QUALIFIES']],
    ],
  );
});

test('a statement that answers nothing shows under no claim', () => {
  assert.deepEqual(groupCounterStatementsByClaim([{ statement: 'alone', counterStatements: [] }]), []);
});

test('links an answer to its anchor on the claim page', () => {
  assert.equal(counterStatementHref({ counterStatementId: 'r2', claim: isis }), '/claims/isis-defeated#rebuttal-r2');
  // Past the claim page's first answers, the anchor is only on the page that shows them all.
  assert.equal(
    counterStatementHref({ counterStatementId: 'r9', claim: { ...isis, counterStatementCount: 210 } }),
    '/claims/isis-defeated/all#rebuttal-r9',
  );
});
