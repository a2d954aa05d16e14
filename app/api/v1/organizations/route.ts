// GET /api/v1/organizations - organizations that said something in public, alphabetically, paged
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameListAnswer } from '@/lib/api/name-list-answer';
import { pageQuery } from '@/lib/validation/api';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) =>
  nameListAnswer('organizations', parseQuery(request, pageQuery).cursor),
);
