import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildShareCard, type ShareCardInput } from './share-card';
import { shareImagePath } from './share-image-url';

const input: ShareCardInput = {
  summary: 'ISIS has been defeated in Syria',
  verdict: 'FALSE',
  counterStatementCount: 2,
  counterStatementsByAffiliation: [{ label: 'France', count: 2 }],
  claim: {
    text: 'We have defeated ISIS in Syria.',
    translation: null,
    speakerName: 'Donald Trump',
    speakerRole: null,
    saidOn: null,
  },
};

describe('shareImagePath', () => {
  test('is the same for the same card, so an unchanged image stays cached', () => {
    assert.equal(shareImagePath('isis', buildShareCard(input)), shareImagePath('isis', buildShareCard({ ...input })));
    assert.match(shareImagePath('isis', buildShareCard(input)), /^\/claims\/isis\/share-image\/[0-9a-f]{12}$/);
  });

  test('changes when what the image shows changes: verdict, quote, or who answered', () => {
    const path = shareImagePath('isis', buildShareCard(input));
    const changed: ShareCardInput[] = [
      { ...input, verdict: 'MIXED' },
      { ...input, claim: { ...input.claim, text: 'We have won against ISIS.' } },
      { ...input, counterStatementCount: 3, counterStatementsByAffiliation: [{ label: 'France', count: 3 }] },
    ];
    for (const claim of changed) assert.notEqual(shareImagePath('isis', buildShareCard(claim)), path);
  });
});
