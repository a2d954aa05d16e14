// npm run export -- --format jsonl|csv|claimreview [--out file]: the whole published dataset, streamed
// a batch at a time (memory stays flat at any size) to the file, or to standard output. A file is
// written under a temporary name and renamed at the end, so a failed export leaves no partial file.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FILES, isExportFormat } from '../lib/export/files';
import { exportChunks } from '../lib/export/formats';
import { runCli } from './run-cli';

const USAGE = `usage: npm run export -- --format ${Object.keys(EXPORT_FILES).join('|')} [--out file]`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string' } } });
  if (!values.format || !isExportFormat(values.format)) {
    console.error(values.format ? `export: unknown format "${values.format}"\n${USAGE}` : USAGE);
    return 2;
  }
  const chunks = Readable.from(exportChunks(values.format));
  if (!values.out) {
    await pipeline(chunks, process.stdout, { end: false });
    return 0;
  }
  const partial = `${values.out}.partial`;
  try {
    await pipeline(chunks, createWriteStream(partial));
    await rename(partial, values.out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  console.error(`export: wrote ${values.out}`);
  return 0;
}

await runCli(main, 'export failed');
