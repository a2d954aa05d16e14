import type { z } from 'zod';
import { createDocument, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { absoluteUrl } from '../site-url';
import {
  claimDetailSchema,
  claimListQuery,
  claimQuery,
  claimSummarySchema,
  errorSchema,
  listOf,
  noQuery,
  one,
  organizationDetailSchema,
  organizationSummarySchema,
  pageQuery,
  personDetailSchema,
  personSummarySchema,
  slugPath,
  sourceDetailSchema,
  sourceIdPath,
  topicSchema,
} from '../validation/api';
import { API_PREFIX } from './serialize';
import { CACHE_CONTROL } from './json-response';

// The API's OpenAPI 3.1 document, generated from the same zod schemas that parse its requests and
// type its responses (lib/validation/api.ts), so the document cannot describe another API than the
// one the code serves. A test validates it against the OpenAPI 3.1 schema and checks real
// responses against it.

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(errorSchema) });
const cachingHeaders = {
  ETag: {
    description: 'A strong hash of the body. Send it back in If-None-Match to get 304 when nothing changed.',
    schema: { type: 'string' as const },
  },
  'Cache-Control': { description: `\`${CACHE_CONTROL}\``, schema: { type: 'string' as const } },
};

function responses(
  description: string,
  schema: z.ZodType,
  {
    paged = false,
    notFound = false,
    badQuery = 'A query parameter was given: this resource takes none.',
    missing = 'No published resource has this slug or id.',
  } = {},
): ZodOpenApiResponsesObject {
  return {
    200: { description, headers: cachingHeaders, content: json(schema) },
    304: { description: 'Not modified: the If-None-Match ETag is still current.' },
    400: error(
      paged
        ? 'A bad query parameter: an unknown one, a repeated one, a bad value, or a cursor this API did not hand out.'
        : badQuery,
    ),
    ...(notFound ? { 404: error(missing) } : {}),
    405: error('Only GET, HEAD and OPTIONS are allowed.'),
  };
}

type Operation = { operationId: string; summary: string };

/** A paged list: its query is a cursor, or for claims the filters too. */
function list({ operationId, summary }: Operation, item: z.ZodType, query: z.ZodObject = pageQuery) {
  return {
    get: {
      operationId,
      summary,
      requestParams: { query },
      responses: responses('A page of them.', listOf(item), { paged: true }),
    },
  };
}

/** One resource, named in its path. */
function detail({ operationId, summary }: Operation, item: z.ZodType, path: z.ZodObject = slugPath) {
  return {
    get: {
      operationId,
      summary,
      requestParams: { path, query: noQuery },
      responses: responses('The resource.', one(item), { notFound: true }),
    },
  };
}

export function buildOpenApiDocument() {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Countercheck API',
      version: '1.0.0',
      description:
        'Read-only access to every published claim, its verdict and the verbatim counter-statements that answer it, with who said them and the sources they were quoted from. ' +
        'Lists are paged by cursor: follow `links.next` until it is null. Every response allows any origin (CORS) and carries an ETag.',
    },
    servers: [{ url: absoluteUrl(API_PREFIX) }],
    paths: {
      '/claims': list(
        {
          operationId: 'listClaims',
          summary: 'Published claims, newest first unless sorted otherwise; the filters of the /claims page',
        },
        claimSummarySchema,
        claimListQuery,
      ),
      '/claims/{slug}': {
        get: {
          operationId: 'getClaim',
          summary: 'One claim with its counter-statements and their sources; with asOf, as it stood on that day',
          requestParams: { path: slugPath, query: claimQuery },
          responses: responses('The claim.', one(claimDetailSchema), {
            notFound: true,
            badQuery:
              'A bad query parameter: an unknown one, a repeated one, or an asOf that is not a day up to today.',
            missing: 'No published claim has this slug, or (with asOf) the claim had not been made by that day.',
          }),
        },
      },
      '/people': list(
        { operationId: 'listPeople', summary: 'People who made or answered a published claim, alphabetically' },
        personSummarySchema,
      ),
      '/people/{slug}': detail(
        { operationId: 'getPerson', summary: 'A person: roles, tallies, newest claims and counter-statements' },
        personDetailSchema,
      ),
      '/organizations': list(
        {
          operationId: 'listOrganizations',
          summary: 'Organizations that made or answered a published claim, alphabetically',
        },
        organizationSummarySchema,
      ),
      '/organizations/{slug}': detail(
        { operationId: 'getOrganization', summary: "An organization: its members' claims and its answers" },
        organizationDetailSchema,
      ),
      '/sources/{id}': detail(
        {
          operationId: 'getSource',
          summary: 'A source with its archived text and where each published quote sits in it',
        },
        sourceDetailSchema,
        sourceIdPath,
      ),
      '/topics': list(
        { operationId: 'listTopics', summary: 'Topics with at least one published claim, alphabetically' },
        topicSchema,
      ),
    },
  });
}
