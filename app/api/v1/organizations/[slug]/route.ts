// GET /api/v1/organizations/:slug - an organization: its members' claims and its answers
import { prepareAnswer, readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiOrganizationDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE } from '@/lib/cache/life';
import { getOrganizationProfileOrNull } from '@/lib/cache/public-record';

/** The answer kept whole per slug, under the tags of the read it is made of. */
async function organizationAnswer(slug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return prepareAnswer(async () => {
    const organization = await getOrganizationProfileOrNull(slug);
    // Published data only: an organization with nothing public is not in the API, as not in /organizations.
    const saidSomething = organization && (organization.claims.length > 0 || organization.answeredClaims.length > 0);
    return saidSomething ? { data: toApiOrganizationDetail(organization) } : null;
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    return organizationAnswer((await parsePath(context, slugPath)).slug);
  },
);
