import { exportedClaims, exportRecords } from '../dal/export';
import { env } from '../env';
import { claimReviewChunks, csvChunks, jsonlChunks } from './chunks';

// The bulk export's formats, shared by `npm run export` and the download routes under /data, so a
// downloaded file and a file from the CLI are the same bytes.

export const EXPORT_FORMATS = {
  jsonl: {
    fileName: 'countercheck.jsonl',
    contentType: 'application/jsonl; charset=utf-8',
    chunks: () => jsonlChunks(exportRecords()),
  },
  csv: {
    fileName: 'countercheck-claims.csv',
    contentType: 'text/csv; charset=utf-8; header=present',
    chunks: () => csvChunks(exportedClaims(), env.SITE_URL),
  },
  claimreview: {
    fileName: 'countercheck-claimreview.json',
    contentType: 'application/json; charset=utf-8',
    chunks: () => claimReviewChunks(exportedClaims(), env.SITE_URL),
  },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FORMATS, value);
