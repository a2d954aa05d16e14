// GET /api/v1/sources/:id - a source with its archived text and where each published quote sits in it
import { prepareAnswer, readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiSourceDetail } from '@/lib/api/serialize';
import { noQuery, sourceIdPath } from '@/lib/validation/api';
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE } from '@/lib/cache/life';
import { getSourceByIdOrNull } from '@/lib/cache/public-record';

/** The answer kept whole per source, under the tags of the read it is made of. */
async function sourceAnswer(id: string) {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return prepareAnswer(async () => {
    // Published data only: getSourceByIdOrNull answers null for a source none of whose quotes is published.
    const source = await getSourceByIdOrNull(id);
    return source ? { data: toApiSourceDetail(source) } : null;
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ id: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    return sourceAnswer((await parsePath(context, sourceIdPath)).id);
  },
);
