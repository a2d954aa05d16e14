// GET /lookup/sources/:id - a source a proposal may quote, with the archived text the live verbatim check needs
import { getProposableSource } from '@/lib/dal/proposal-lookups';
import { lookupResponse } from '@/lib/lookup-response';
import { routeParams } from '@/lib/route-params';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await routeParams(params))?.id;
  return lookupResponse(async (actor) => (id ? getProposableSource(id, actor) : null));
}
