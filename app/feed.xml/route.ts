// GET /feed.xml - the site's new claims and counter-statements, as RSS 2.0
import { feedResponse } from '@/lib/feed-response';

export const GET = () => feedResponse({ kind: 'site' }, 'rss');
