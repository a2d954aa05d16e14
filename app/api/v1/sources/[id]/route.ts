// GET /api/v1/sources/:id - a source with its archived text and where each published quote sits in it
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiSourceDetail } from '@/lib/api/serialize';
import { noQuery, sourceIdPath } from '@/lib/validation/api';
import { getSourceByIdOrNull } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ id: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    const { id } = await parsePath(context, sourceIdPath);
    // Published data only: getSourceByIdOrNull answers null for a source none of whose quotes is published.
    const source = await getSourceByIdOrNull(id);
    return source ? { data: toApiSourceDetail(source) } : null;
  },
);
