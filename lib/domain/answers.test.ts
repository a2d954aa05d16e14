import assert from 'node:assert/strict';
import { test } from 'node:test';
import { answerHref, groupAnswersByClaim } from './answers';

const isis = { slug: 'isis-defeated', summary: 'ISIS has been defeated in Syria', rebuttalCount: 8 };
const mostlyGone = { slug: 'mostly-gone', summary: 'IS militants are "mostly gone"', rebuttalCount: 2 };

test('regroups statements under each claim they answer, in the order the statements came', () => {
  const groups = groupAnswersByClaim([
    { statement: 'newest', answers: [{ rebuttalId: 'r1', stance: 'DISPUTES', claim: mostlyGone }] },
    {
      statement: 'middle',
      answers: [
        { rebuttalId: 'r2', stance: 'CONTRADICTS', claim: isis },
        { rebuttalId: 'r3', stance: 'QUALIFIES', claim: mostlyGone },
      ],
    },
    { statement: 'oldest', answers: [{ rebuttalId: 'r4', stance: 'QUALIFIES', claim: isis }] },
  ]);
  assert.deepEqual(
    groups.map((group) => [
      group.claim.slug,
      group.answers.map((answer) => `${answer.statement}:${answer.rebuttalId}:${answer.stance}`),
    ]),
    [
      ['mostly-gone', ['newest:r1:DISPUTES', 'middle:r3:QUALIFIES']],
      ['isis-defeated', ['middle:r2:CONTRADICTS', 'oldest:r4:QUALIFIES']],
    ],
  );
});

test('a statement that answers nothing shows under no claim', () => {
  assert.deepEqual(groupAnswersByClaim([{ statement: 'alone', answers: [] }]), []);
});

test('links an answer to its anchor on the claim page', () => {
  assert.equal(answerHref({ rebuttalId: 'r2', claim: isis }), '/claims/isis-defeated#rebuttal-r2');
  // Past the claim page's first answers, the anchor is only on the page that shows them all.
  assert.equal(
    answerHref({ rebuttalId: 'r9', claim: { ...isis, rebuttalCount: 210 } }),
    '/claims/isis-defeated?show=all#rebuttal-r9',
  );
});
