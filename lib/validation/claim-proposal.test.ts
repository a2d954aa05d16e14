import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { claimProposalForm } from '../testing/proposal-form';
import { CLAIM_PROPOSAL_TEXT_FIELDS, claimProposalSchema } from './claim-proposal';

const valid = claimProposalForm('test');

const errorsOf = (input: object) => {
  const result = claimProposalSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

test('a complete new claim parses, with the quoted statement and the claim fields', () => {
  const parsed = claimProposalSchema.parse({ ...valid, topics: ['syria'] });
  assert.equal(parsed.summary, 'She will not sign the treaty');
  assert.equal(parsed.newPersonName, 'Speaker test');
  assert.deepEqual(parsed.topics, ['syria']);
});

test("the summary fits ClaimReview's 75 characters, and a verdict and its explanation are required", () => {
  assert.ok(errorsOf({ ...valid, summary: 'x'.repeat(76) }).summary);
  assert.equal(errorsOf({ ...valid, summary: 'x'.repeat(75) }).summary, undefined);
  assert.ok(errorsOf({ ...valid, summary: '  ' }).summary);
  assert.ok(errorsOf({ ...valid, verdict: 'PANTS_ON_FIRE' }).verdict);
  assert.ok(errorsOf({ ...valid, verdictExplanation: '' }).verdictExplanation);
});

test('the speaker rules of every proposal apply', () => {
  assert.ok(errorsOf({ ...valid, speakerKind: 'organization' }).organizationId);
  assert.ok(errorsOf({ ...valid, sourceUrl: 'javascript:alert(1)' }).sourceUrl);
});

test('every field but the topics comes back to the form as typed', () => {
  assert.ok(CLAIM_PROPOSAL_TEXT_FIELDS.includes('sourceText'));
  assert.ok(CLAIM_PROPOSAL_TEXT_FIELDS.includes('summary'));
  assert.equal((CLAIM_PROPOSAL_TEXT_FIELDS as readonly string[]).includes('topics'), false);
});
