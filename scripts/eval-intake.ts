// npm run eval:intake
//
// Runs the article intake's extractor (lib/domain/intake/) on the four seed articles and compares
// its candidates with every quote in them, labelled by hand (scripts/eval-intake/labels.ts): span
// precision and recall, speaker attribution, dates where the article states one. Issue 14's targets:
// span recall >= 95% and precision >= 90%, speakers >= 85% right, dates >= 80% right.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractQuotes } from '../lib/domain/intake/extract';
import { LABELLED_ARTICLES } from './eval-intake/labels';
import { measures, scoreArticle, sumScores } from './eval-intake/score';
import { formatTable } from './table';

const ARTICLES = path.resolve(import.meta.dirname, '../prisma/seed/articles');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const rows: string[][] = [];
const scores = LABELLED_ARTICLES.map(({ file, publishedOn, quotes }) => {
  const started = performance.now();
  const candidates = extractQuotes(readFileSync(path.join(ARTICLES, file), 'utf8'), publishedOn);
  const milliseconds = performance.now() - started;
  const score = scoreArticle(quotes, candidates);
  const measured = measures(score);
  rows.push([
    file,
    `${score.matched}/${score.labelled}`,
    `${score.found}`,
    percent(measured.spanPrecision),
    percent(measured.spanRecall),
    percent(measured.speakerAccuracy),
    `${score.datesRight}/${score.dated}`,
    `${milliseconds.toFixed(1)} ms`,
  ]);
  return score;
});
const total = measures(sumScores(scores));
console.log(
  formatTable(
    ['article', 'quotes found', 'candidates', 'span precision', 'span recall', 'speakers', 'dates', 'time'],
    rows,
  ),
);
const targets: [string, number, number][] = [
  ['span recall', total.spanRecall, 0.95],
  ['span precision', total.spanPrecision, 0.9],
  ['speaker attribution', total.speakerAccuracy, 0.85],
  ['dates, where stated', total.dateAccuracy, 0.8],
];
console.log('');
for (const [name, value, target] of targets)
  console.log(
    `${name.padEnd(20)} ${percent(value).padStart(6)}  target ${percent(target)}  ${value >= target ? 'met' : 'MISSED'}`,
  );
console.log('claim matching       not measured: the extractor does not yet match quotes to claims on record');
