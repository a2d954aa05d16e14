// GET /feed.xml - the site's new claims and counter-statements, as RSS 2.0
import { feedResponse } from '@/lib/feed-response';

export const GET = (request: Request) => feedResponse(request, { kind: 'site' }, 'rss');
