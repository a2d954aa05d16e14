import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { extractQuotes } from '../../lib/domain/intake/extract';
import { LABELLED_ARTICLES } from './labels';
import { measures, scoreArticle, sumScores } from './score';

const ARTICLES = path.resolve(import.meta.dirname, '../../prisma/seed/articles');

test("the extractor meets issue 14's targets on the labelled seed articles (npm run eval:intake prints them)", () => {
  const total = measures(
    sumScores(
      LABELLED_ARTICLES.map(({ file, publishedOn, quotes }) =>
        scoreArticle(quotes, extractQuotes(readFileSync(path.join(ARTICLES, file), 'utf8'), publishedOn)),
      ),
    ),
  );
  assert.ok(total.spanRecall >= 0.95, `span recall ${total.spanRecall}`);
  assert.ok(total.spanPrecision >= 0.9, `span precision ${total.spanPrecision}`);
  assert.ok(total.speakerAccuracy >= 0.85, `speakers ${total.speakerAccuracy}`);
  assert.ok(total.dateAccuracy >= 0.8, `dates ${total.dateAccuracy}`);
});

test('the score counts a candidate with other words as unmatched, and a wrong speaker or date as wrong', () => {
  const label = {
    text: 'We will stay.',
    speaker: { name: 'Ana Ruiz' },
    saidOn: { isoDate: '2024-03-12', precision: 'DAY' as const },
    claim: null,
  };
  const candidate = (text: string, name: string, isoDate: string) => ({
    text,
    start: 0,
    end: text.length,
    paragraph: 0,
    speaker: { name, role: null },
    saidOn: { isoDate, precision: 'DAY' as const },
  });
  const score = scoreArticle(
    [label],
    [candidate('We will stay', 'Tomas Berg', '2024-03-13'), candidate('Not said', 'Ana Ruiz', '2024-03-12')],
  );
  assert.deepEqual(score, { labelled: 1, found: 2, matched: 1, speakersRight: 0, dated: 1, datesRight: 0 });
  assert.deepEqual(measures(score), { spanPrecision: 0.5, spanRecall: 1, speakerAccuracy: 0, dateAccuracy: 0 });
});
