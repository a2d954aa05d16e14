// GET /api/v1/topics - topics with at least one published claim, alphabetically, paged
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameList, toApiTopic } from '@/lib/api/serialize';
import { pageQuery } from '@/lib/validation/api';
import { routes } from '@/lib/routes';
import { findTopics } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const { cursor } = parseQuery(request, pageQuery);
  const page = await findTopics({ cursor });
  return nameList(page.items.map(toApiTopic), routes.topics(), { cursor, nextCursor: page.nextCursor });
});
