// GET /people/:slug/feed.atom - a person's new claims and counter-statements, as Atom 1.0
import { feedResponse } from '@/lib/feed-response';

export const GET = async (request: Request, { params }: { params: Promise<{ slug: string }> }) =>
  feedResponse(request, { kind: 'person', slug: (await params).slug }, 'atom');
