import { routes } from '../routes';

// The bulk export's formats as files: their names and media types. Apart from the code that makes
// them (lib/export/formats.ts), so the /data page can link to them without loading the data layer.

export const EXPORT_FILES = {
  jsonl: { fileName: 'countercheck.jsonl', contentType: 'application/jsonl; charset=utf-8' },
  csv: { fileName: 'countercheck-claims.csv', contentType: 'text/csv; charset=utf-8; header=present' },
  claimreview: { fileName: 'countercheck-claimreview.json', contentType: 'application/json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FILES;

export const isExportFormat = (value: string): value is ExportFormat => Object.hasOwn(EXPORT_FILES, value);

/** Where the /data page serves a format. */
export const exportDownloadPath = (format: ExportFormat) => routes.dataFile(EXPORT_FILES[format].fileName);

/** The format whose download has this file name, if any. */
export function exportFormatOfFile(fileName: string): ExportFormat | undefined {
  return (Object.keys(EXPORT_FILES) as ExportFormat[]).find((format) => EXPORT_FILES[format].fileName === fileName);
}
