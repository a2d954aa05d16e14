// GET /lookup/similar-claims?q= - the published claims closest to a quote being proposed as a claim
import { findSimilarClaims } from '@/lib/dal/similar-claims';
import { lookupQuery, lookupResponse } from '@/lib/lookup-response';

export function GET(request: Request) {
  return lookupResponse((actor) => findSimilarClaims(lookupQuery(request), actor));
}
