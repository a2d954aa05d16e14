// GET /api/v1/people - people who said something in public, alphabetically, a keyset page at a time
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameList, toApiPersonSummary } from '@/lib/api/serialize';
import { pageQuery } from '@/lib/validation/api';
import { routes } from '@/lib/routes';
import { findPeople } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const { cursor } = parseQuery(request, pageQuery);
  const page = await findPeople({ cursor });
  return nameList(page.items.map(toApiPersonSummary), routes.people(), { cursor, nextCursor: page.nextCursor });
});
