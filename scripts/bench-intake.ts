// npm run bench:intake
//
// Issue 14: pasting a 200 KB article lists its candidates within a second. Times what /intake runs,
// lib/dal/intake.ts's readArticle, on the configured database (migrated and seeded: `npm run
// db:setup`), with the searches for the claims each paragraph may answer and the lookups of
// speakers on record. The article is the four seed articles, each paragraph made distinct (so that
// no search is saved by a repeated paragraph), repeated to about 210 KB. The first read is reported
// apart (a fresh process: the database connections and query plans are made then); the budget is
// on the median of the next five, as a running server reads it. The baseline, in the same run, is
// the extraction alone (lib/domain/intake/extract.ts, no database). Exits non-zero over budget.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readArticle } from '../lib/dal/intake';
import { disconnectDb } from '../lib/db';
import { extractQuotes } from '../lib/domain/intake/extract';
import { articleSchema } from '../lib/validation/intake';

const BUDGET_MS = 1000;
const WARM_RUNS = 5;
const ARTICLES = path.resolve(import.meta.dirname, '../prisma/seed/articles');

function longArticle(): string {
  const texts = readdirSync(ARTICLES).map((file) => readFileSync(path.join(ARTICLES, file), 'utf8'));
  let text = '';
  for (let copy = 1; text.length < 210_000; copy++)
    for (const article of texts)
      text += `${article
        .split(/\n{2,}/)
        .map((paragraph) => `${paragraph} (Part ${copy}.)`)
        .join('\n\n')}\n\n`;
  return text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

async function main(): Promise<number> {
  const text = longArticle();
  const input = articleSchema.parse({ articleText: text, articleLanguage: 'en' });
  // readArticle writes nothing: an editor's permission is all it asks of its actor.
  const editor = { id: randomUUID(), role: 'EDITOR' as const };
  const timed = async <T>(work: () => T | Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  const extraction = await timed(() => extractQuotes(text, null));
  const cold = await timed(() => readArticle(input, editor));
  const warm: number[] = [];
  for (let run = 0; run < WARM_RUNS; run++) warm.push((await timed(() => readArticle(input, editor))).ms);
  const warmMedian = median(warm);

  console.log(
    `bench:intake: a ${Math.round(text.length / 1024)} KB article, ${cold.result.candidates.length} candidates`,
  );
  console.log(`extraction alone (baseline)       ${ms(extraction.ms)}`);
  console.log(`readArticle, first in the process ${ms(cold.ms)}`);
  console.log(`readArticle, next ${WARM_RUNS}              ${warm.map(ms).join(', ')}`);
  console.log(
    `median of those                    ${ms(warmMedian)}, ${(warmMedian / extraction.ms).toFixed(1)} x the extraction alone; budget ${ms(BUDGET_MS)}: ${warmMedian <= BUDGET_MS ? 'met' : 'MISSED'}`,
  );
  return warmMedian <= BUDGET_MS ? 0 : 1;
}

const code = await main();
await disconnectDb();
process.exit(code);
