// GET /api/v1/openapi.json - the API's OpenAPI 3.1 document, generated from its zod schemas
import { prepareJson, readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { noQuery } from '@/lib/validation/api';

// Built, serialized and hashed once per process: it depends on the code and SITE_URL only, never on data.
const answer = prepareJson(buildOpenApiDocument());

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  parseQuery(request, noQuery);
  return answer;
});
