// GET /people/:slug/feed.json - a person's new claims and counter-statements, as JSON Feed 1.1
import { feedResponse } from '@/lib/feed-response';

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  feedResponse(request, { kind: 'person', slug: (await params).slug }, 'json');
