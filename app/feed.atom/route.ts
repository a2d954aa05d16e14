// GET /feed.atom - the site's new claims and counter-statements, as Atom 1.0
import { feedResponse } from '@/lib/feed-response';

export const GET = (request: Request) => feedResponse(request, { kind: 'site' }, 'atom');
