// npm run import -- --file export.jsonl: loads a JSON Lines export (npm run export -- --format jsonl)
// into the configured database, which must be empty and migrated, in one transaction.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { importJsonLines } from '../lib/dal/import';
import { runCli } from './run-cli';

const USAGE = 'usage: npm run import -- --file export.jsonl';

/**
 * The file's lines, read only once iteration starts: a readline interface reads as soon as it is
 * made, and lines it emits before a `for await` begins (while the import checks the database) are lost.
 */
async function* linesOf(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { file: { type: 'string' } } });
  if (!values.file) {
    console.error(USAGE);
    return 2;
  }
  const counts = await importJsonLines(linesOf(values.file));
  console.log(
    `import: inserted ${Object.entries(counts)
      .map(([type, count]) => `${count} ${type}`)
      .join(', ')}`,
  );
  return 0;
}

await runCli(main, 'import failed, nothing was written');
