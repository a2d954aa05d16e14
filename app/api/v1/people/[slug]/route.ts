// GET /api/v1/people/:slug - a person: roles, tallies, newest claims and counter-statements
import { prepareAnswer, readOnlyRoute, parsePath, parseQuery } from '@/lib/api/json-response';
import { toApiPersonDetail } from '@/lib/api/serialize';
import { noQuery, slugPath } from '@/lib/validation/api';
import { describeEntry } from '@/lib/cache/entry';
import { RECORD_LIFE } from '@/lib/cache/life';
import { getPersonProfileOrNull } from '@/lib/cache/public-record';

/** The answer kept whole per slug, under the tags of the read it is made of. */
async function personAnswer(slug: string) {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return prepareAnswer(async () => {
    const person = await getPersonProfileOrNull(slug);
    // Published data only: someone with nothing public is not in the API, as not in /people.
    const saidSomething = person && (person.claims.claims.length > 0 || person.counterStatements.items.length > 0);
    return saidSomething ? { data: toApiPersonDetail(person) } : null;
  });
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute<{ slug: string }>(
  async (request, context) => {
    parseQuery(request, noQuery);
    return personAnswer((await parsePath(context, slugPath)).slug);
  },
);
