// GET /topics/:slug/feed.json - a topic's new claims and counter-statements, as JSON Feed 1.1
import { feedResponse } from '@/lib/feed-response';

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  feedResponse(request, { kind: 'topic', slug: (await params).slug }, 'json');
