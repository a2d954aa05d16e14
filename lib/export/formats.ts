import { exportedClaims, exportRecords } from '../dal/export';
import { env } from '../env';
import { claimReviewChunks, csvChunks, jsonlChunks } from './chunks';
import type { ExportFormat } from './files';

// The bulk export's formats as text streams, shared by `npm run export` and the download routes
// under /data, so a downloaded file and a file from the CLI are the same bytes.

const CHUNKS: Record<ExportFormat, () => AsyncGenerator<string>> = {
  jsonl: () => jsonlChunks(exportRecords()),
  csv: () => csvChunks(exportedClaims(), env.SITE_URL),
  claimreview: () => claimReviewChunks(exportedClaims(), env.SITE_URL),
};

export function exportChunks(format: ExportFormat): AsyncGenerator<string> {
  return CHUNKS[format]();
}
