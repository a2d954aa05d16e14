import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { articleSchema, candidateSchema } from './intake';

const speaker = { speakerKind: 'newPerson', newPersonName: 'Ana Ruiz' };
const errorsOf = (input: Record<string, string>) => {
  const parsed = candidateSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

test('an article needs its text only; the rest is kept when known, and checked when given', () => {
  assert.ok(articleSchema.safeParse({ articleText: 'Text.', articleLanguage: 'en' }).success);
  const bad = articleSchema.safeParse({ articleText: ' ', articleUrl: 'ftp://x', articleLanguage: 'en' });
  assert.deepEqual(Object.keys(bad.error ? z.flattenError(bad.error).fieldErrors : {}).sort(), [
    'articleText',
    'articleUrl',
  ]);
});

test('an answer needs its claim and stance; a new claim its summary, verdict and explanation', () => {
  assert.deepEqual(Object.keys(errorsOf({ ...speaker, quote: 'We stay.', target: 'claim' })).sort(), [
    'claimSlug',
    'stance',
  ]);
  assert.deepEqual(
    Object.keys(errorsOf({ ...speaker, quote: 'We stay.', target: 'newClaim', verdict: 'FALSE' })).sort(),
    ['summary', 'verdictExplanation'],
  );
  const answer = candidateSchema.parse({
    ...speaker,
    quote: 'We stay.',
    target: 'claim',
    claimSlug: 'ruiz-we-leave',
    stance: 'CONTRADICTS',
    summary: 'ignored: not a new claim',
  });
  assert.deepEqual(answer.answer, {
    kind: 'counterStatement',
    claimSlug: 'ruiz-we-leave',
    stance: 'CONTRADICTS',
    note: undefined,
  });
});

test('the speaker is required as in every proposal form', () => {
  assert.deepEqual(
    Object.keys(
      errorsOf({ speakerKind: 'person', quote: 'We stay.', target: 'claim', claimSlug: 'a', stance: 'SUPPORTS' }),
    ),
    ['personId'],
  );
});

test('an organization not on record needs its name and kind, and as a new role’s organization the role’s title', () => {
  const answer = { quote: 'We stay.', target: 'claim', claimSlug: 'a', stance: 'SUPPORTS' };
  assert.deepEqual(Object.keys(errorsOf({ speakerKind: 'newOrganization', ...answer })).sort(), [
    'newOrganizationKind',
    'newOrganizationName',
  ]);
  assert.deepEqual(
    Object.keys(
      errorsOf({
        ...speaker,
        roleOrganizationId: 'new',
        newOrganizationName: 'Port Authority',
        newOrganizationKind: 'OTHER',
        ...answer,
      }),
    ),
    ['roleTitle'],
  );
  assert.deepEqual(
    Object.keys(
      errorsOf({
        speakerKind: 'newOrganization',
        newOrganizationName: 'Port Authority',
        newOrganizationKind: 'OTHER',
        newOrganizationCountryCode: 'XX',
        ...answer,
      }),
    ),
    ['newOrganizationCountryCode'],
  );
});

test('a new claim carries the topics chosen for it, none when none is', () => {
  const newClaim = {
    ...speaker,
    quote: 'We stay.',
    target: 'newClaim',
    summary: 'We stay',
    verdict: 'UNRATED',
    verdictExplanation: 'To check.',
  };
  const withTopics = candidateSchema.parse({ ...newClaim, topics: ['syria', 'isis'] });
  assert.deepEqual(withTopics.answer.kind === 'claim' && withTopics.answer.topics, ['syria', 'isis']);
  const without = candidateSchema.parse(newClaim);
  assert.deepEqual(without.answer.kind === 'claim' && without.answer.topics, []);
});

test("an article's line breaks are kept as LF, as a browser's CRLF or a file's", () => {
  const parsed = articleSchema.parse({
    articleText: 'First line.\r\n\r\nSecond "quote," she said.\r\n',
    articleLanguage: 'en',
  });
  assert.equal(parsed.articleText, 'First line.\n\nSecond "quote," she said.');
});

test('a repetition needs the claim it repeats, and nothing of an answer or a new claim', () => {
  assert.deepEqual(Object.keys(errorsOf({ ...speaker, quote: 'We leave.', target: 'repetition' })), ['claimSlug']);
  assert.deepEqual(
    Object.keys(errorsOf({ ...speaker, quote: 'We leave.', target: 'repetition', claimSlug: 'Not a slug!' })),
    ['claimSlug'],
  );
  const repetition = candidateSchema.parse({
    ...speaker,
    quote: 'We leave.',
    target: 'repetition',
    claimSlug: ' ruiz-we-leave ',
    stance: 'ignored: repetitions take no stance',
  });
  assert.deepEqual(repetition.answer, { kind: 'repetition', claimSlug: 'ruiz-we-leave' });
});
