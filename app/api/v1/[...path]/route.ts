// /api/v1/* - anything the API does not have: a JSON 404 rather than the site's HTML one
import { readOnlyRoute } from '@/lib/api/json-response';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async () => null);
