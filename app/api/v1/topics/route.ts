// GET /api/v1/topics - topics with at least one published claim, alphabetically, paged
import { readOnlyRoute, parseQuery } from '@/lib/api/json-response';
import { nameListAnswer } from '@/lib/api/name-list-answer';
import { pageQuery } from '@/lib/validation/api';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) =>
  nameListAnswer('topics', parseQuery(request, pageQuery).cursor),
);
