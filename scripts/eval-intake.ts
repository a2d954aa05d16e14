// npm run eval:intake
//
// Runs the article intake's extractor (lib/domain/intake/) on the four seed articles and compares
// its candidates with every quote in them, labelled by hand (scripts/eval-intake/labels.ts): span
// precision and recall, speaker attribution, dates where the article states one. Issue 14's targets:
// span recall >= 95% and precision >= 90%, speakers >= 85% right, dates >= 80% right. Then the
// matching of each labelled quote to the seed's claims (lib/domain/intake/claim-match.ts), against
// the claim each answers as the seed's editors recorded it, with its stance; the issue sets no target.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractQuotes } from '../lib/domain/intake/extract';
import { LABELLED_ARTICLES } from './eval-intake/labels';
import { measures, scoreArticle, scoreClaimMatching, sumScores, type ClaimScore } from './eval-intake/score';
import { seedClaimSuggester } from './eval-intake/seed-claims';
import { formatTable } from './table';

const ARTICLES = path.resolve(import.meta.dirname, '../prisma/seed/articles');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

const rows: string[][] = [];
const claimScores: ClaimScore[] = [];
const scores = LABELLED_ARTICLES.map(({ file, publishedOn, quotes }) => {
  const text = readFileSync(path.join(ARTICLES, file), 'utf8');
  const started = performance.now();
  const candidates = extractQuotes(text, publishedOn);
  const milliseconds = performance.now() - started;
  claimScores.push(scoreClaimMatching(quotes, candidates, seedClaimSuggester(text)));
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
const claims = claimScores.reduce((total, score) => ({
  matched: total.matched + score.matched,
  right: total.right + score.right,
  stanced: total.stanced + score.stanced,
  stancesRight: total.stancesRight + score.stancesRight,
}));
console.log(
  `${'claim matching'.padEnd(20)} ${percent(claims.right / claims.matched).padStart(6)}  (${claims.right}/${claims.matched}: the claim answered suggested first, the claim itself recognized, or no claim where none is answered)`,
);
console.log(
  `${'suggested stance'.padEnd(20)} ${percent(claims.stancesRight / (claims.stanced || 1)).padStart(6)}  (${claims.stancesRight}/${claims.stanced} of the answers matched right)`,
);
