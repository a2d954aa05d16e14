// GET /lookup/people/:id/roles - the roles of one person a proposal may name, once the person is picked
import { listProposableRoles } from '@/lib/dal/proposal-lookups';
import { lookupResponse } from '@/lib/lookup-response';
import { routeParams } from '@/lib/route-params';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = (await routeParams(params))?.id;
  return lookupResponse(async (actor) => (id ? listProposableRoles(id, actor) : null));
}
