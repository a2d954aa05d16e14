import type { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { absoluteUrl } from '../site-url';
import {
  claimDetailSchema, claimListQuery, claimSummarySchema, errorSchema, listOf, noQuery, one, organizationDetailSchema,
  organizationSummarySchema, pageQuery, personDetailSchema, personSummarySchema, slugPath, sourceDetailSchema, sourceIdPath,
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
  ETag: { description: 'A strong hash of the body. Send it back in If-None-Match to get 304 when nothing changed.', schema: { type: 'string' as const } },
  'Cache-Control': { description: `\`${CACHE_CONTROL}\``, schema: { type: 'string' as const } },
};

function responses(description: string, schema: z.ZodType, { paged = false, notFound = false } = {}): ZodOpenApiResponsesObject {
  return {
    200: { description, headers: cachingHeaders, content: json(schema) },
    304: { description: 'Not modified: the If-None-Match ETag is still current.' },
    400: error(paged ? 'A bad query parameter: an unknown one, a repeated one, a bad value, or a cursor this API did not hand out.' : 'A query parameter was given: this resource takes none.'),
    ...(notFound ? { 404: error('No published resource has this slug or id.') } : {}),
    405: error('Only GET, HEAD and OPTIONS are allowed.'),
  };
}

function operation(operationId: string, summary: string, rest: Omit<ZodOpenApiOperationObject, 'operationId' | 'summary'>) {
  return { get: { operationId, summary, ...rest } };
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
      '/claims': operation('listClaims', 'Published claims, newest first unless sorted otherwise', {
        requestParams: { query: claimListQuery },
        responses: responses('A page of claims.', listOf(claimSummarySchema), { paged: true }),
      }),
      '/claims/{slug}': operation('getClaim', 'One claim with its counter-statements and their sources', {
        requestParams: { path: slugPath, query: noQuery },
        responses: responses('The claim.', one(claimDetailSchema), { notFound: true }),
      }),
      '/people': operation('listPeople', 'People who made or answered a published claim, alphabetically', {
        requestParams: { query: pageQuery },
        responses: responses('A page of people.', listOf(personSummarySchema), { paged: true }),
      }),
      '/people/{slug}': operation('getPerson', 'A person: roles, tallies, newest claims and counter-statements', {
        requestParams: { path: slugPath, query: noQuery },
        responses: responses('The person.', one(personDetailSchema), { notFound: true }),
      }),
      '/organizations': operation('listOrganizations', 'Organizations that made or answered a published claim, alphabetically', {
        requestParams: { query: pageQuery },
        responses: responses('A page of organizations.', listOf(organizationSummarySchema), { paged: true }),
      }),
      '/organizations/{slug}': operation('getOrganization', 'An organization: its members\' claims and its answers', {
        requestParams: { path: slugPath, query: noQuery },
        responses: responses('The organization.', one(organizationDetailSchema), { notFound: true }),
      }),
      '/sources/{id}': operation('getSource', 'A source with its archived text and where each published quote sits in it', {
        requestParams: { path: sourceIdPath, query: noQuery },
        responses: responses('The source.', one(sourceDetailSchema), { notFound: true }),
      }),
      '/topics': operation('listTopics', 'Topics with at least one published claim, alphabetically', {
        requestParams: { query: pageQuery },
        responses: responses('A page of topics.', listOf(topicSchema), { paged: true }),
      }),
    },
  });
}
