// GET /api/v1/people - people who said something in public, alphabetically, a keyset page at a time
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameListAnswer } from '@/lib/api/name-list-answer';
import { pageQuery } from '@/lib/validation/api';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) =>
  nameListAnswer('people', parseQuery(request, pageQuery).cursor),
);
