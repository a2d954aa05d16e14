// GET /data/:file - the bulk export as a download (countercheck.jsonl, countercheck-claims.csv,
// countercheck-claimreview.json), the same bytes as `npm run export`
import { exportDownloadResponse } from '@/lib/export/download';
import { exportFormatOfFile } from '@/lib/export/files';
import { readLimitRefusal } from '@/lib/rate-limit/read-limit';
import { routeParams } from '@/lib/route-params';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const refusal = await readLimitRefusal(request);
  if (refusal) return refusal;
  const file = (await routeParams(params))?.file;
  const format = file && exportFormatOfFile(file);
  if (!format)
    return new Response('No such download.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return exportDownloadResponse(format);
}
