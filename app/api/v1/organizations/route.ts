// GET /api/v1/organizations - organizations that said something in public, alphabetically, paged
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameList, toApiOrganizationSummary } from '@/lib/api/serialize';
import { pageQuery } from '@/lib/validation/api';
import { routes } from '@/lib/routes';
import { findOrganizations } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const { cursor } = parseQuery(request, pageQuery);
  const page = await findOrganizations({ cursor });
  return nameList(page.items.map(toApiOrganizationSummary), routes.organizations(), {
    cursor,
    nextCursor: page.nextCursor,
  });
});
