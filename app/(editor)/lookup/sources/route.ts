// GET /lookup/sources?q= - up to ten sources a proposal may quote, by outlet, title or URL, for the source picker
import { lookUpSources } from '@/lib/dal/proposal-lookups';
import { lookupQuery, lookupResponse } from '@/lib/lookup-response';

export function GET(request: Request) {
  return lookupResponse((actor) => lookUpSources(lookupQuery(request), actor));
}
