// GET /feed.json - the site's new claims and counter-statements, as JSON Feed 1.1
import { feedResponse } from '@/lib/feed-response';

export const GET = (request: Request) => feedResponse(request, { kind: 'site' }, 'json');
