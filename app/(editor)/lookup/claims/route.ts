// GET /lookup/claims?q= - up to ten published claims an intake quote may answer, for the claim picker
import { lookUpClaims } from '@/lib/dal/proposal-lookups';
import { lookupQuery, lookupResponse } from '@/lib/lookup-response';

export function GET(request: Request) {
  return lookupResponse((actor) => lookUpClaims(lookupQuery(request), actor));
}
