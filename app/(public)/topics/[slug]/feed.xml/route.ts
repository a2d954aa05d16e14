// GET /topics/:slug/feed.xml - a topic's new claims and counter-statements, as RSS 2.0
import { feedResponse } from '@/lib/feed-response';

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  feedResponse(request, { kind: 'topic', slug: (await params).slug }, 'rss');
