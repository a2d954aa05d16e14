// GET /lookup/sources/:id - a source a proposal may quote, with the archived text the live verbatim check needs
import { getProposableSourceOrThrow } from '@/lib/dal/proposal-lookups';
import { lookupResponse } from '@/lib/lookup-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return lookupResponse((actor) => getProposableSourceOrThrow(id, actor));
}
