import 'server-only';
import type { SitePath } from '../routes';
import { routes } from '../routes';
import { describeEntry } from '../cache/entry';
import { RECORD_LIFE } from '../cache/life';
import { findOrganizations, findPeople, findTopics } from '../cache/public-record';
import { prepareAnswer } from './json-response';
import { nameList, toApiOrganizationSummary, toApiPersonSummary, toApiTopic } from './serialize';

// The API's alphabetical lists (/api/v1/people, /organizations, /topics), a page each, answered
// from one cached function: 'use cache' keys an entry on a function and its arguments, so the list
// is an argument rather than a function of its own per route.

type Page<T> = { items: T[]; nextCursor?: string };

const pageOf =
  <T, A>(find: (page: { cursor?: string }) => Promise<Page<T>>, toApi: (item: T) => A, path: () => SitePath) =>
  async (cursor: string | undefined) => {
    const page = await find({ cursor });
    return nameList(page.items.map(toApi), path(), { cursor, nextCursor: page.nextCursor });
  };

const NAME_LISTS = {
  people: pageOf(findPeople, toApiPersonSummary, routes.people),
  organizations: pageOf(findOrganizations, toApiOrganizationSummary, routes.organizations),
  topics: pageOf(findTopics, toApiTopic, routes.topics),
};

/** One page of a list, kept whole per list and cursor under the tags of the read it is made of. */
export async function nameListAnswer(list: keyof typeof NAME_LISTS, cursor: string | undefined) {
  'use cache';
  describeEntry(RECORD_LIFE, []);
  return prepareAnswer(() => NAME_LISTS[list](cursor));
}
