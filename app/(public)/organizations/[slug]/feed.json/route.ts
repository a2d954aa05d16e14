// GET /organizations/:slug/feed.json - an organization's new claims and counter-statements, as JSON Feed 1.1
import { feedResponse } from '@/lib/feed-response';

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  feedResponse(request, { kind: 'organization', slug: (await params).slug }, 'json');
