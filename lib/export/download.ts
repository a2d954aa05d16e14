import { EXPORT_FILES, type ExportFormat } from './files';
import { exportChunks } from './formats';

// A bulk export as an HTTP download, streamed: the response starts at once and the server holds one
// batch at a time, however large the dataset.

/**
 * An hour in shared caches: the full export reads the whole published dataset, so a cache in front
 * of the site should answer repeated downloads rather than the database.
 */
const DOWNLOAD_CACHE_CONTROL = 'public, max-age=3600';

function streamOf(chunks: AsyncIterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    // The client went away: stop reading batches.
    async cancel() {
      await chunks.return?.(undefined);
    },
  });
}

export function exportDownloadResponse(format: ExportFormat): Response {
  const { fileName, contentType } = EXPORT_FILES[format];
  return new Response(streamOf(exportChunks(format)), {
    headers: {
      'Content-Type': contentType,
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': DOWNLOAD_CACHE_CONTROL,
      'Access-Control-Allow-Origin': '*',
    },
  });
}
