// GET /api/v1/people/:slug - a person: roles, tallies, newest claims and counter-statements
import { readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiPersonDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import { getPersonProfileOrNull } from '@/lib/cache/public-record';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    const person = await getPersonProfileOrNull((await parsePath(context, slugPath)).slug);
    // Published data only: someone with nothing public is not in the API, as not in /people.
    const saidSomething = person && (person.claims.claims.length > 0 || person.counterStatements.items.length > 0);
    return saidSomething ? { data: toApiPersonDetail(person) } : null;
  },
);
