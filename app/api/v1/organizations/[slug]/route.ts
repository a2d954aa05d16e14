// GET /api/v1/organizations/:slug - an organization: its members' claims and its answers
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiOrganizationDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import { getOrganizationProfileOrNull } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    const organization = await getOrganizationProfileOrNull((await parsePath(context, slugPath)).slug);
    // Published data only: an organization with nothing public is not in the API, as not in /organizations.
    const saidSomething = organization && (organization.claims.length > 0 || organization.answeredClaims.length > 0);
    return saidSomething ? { data: toApiOrganizationDetail(organization) } : null;
  },
);
