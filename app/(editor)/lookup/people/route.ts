// GET /lookup/people?q= - up to ten people a proposal may name, for the person picker
import { lookUpPeople } from '@/lib/dal/proposal-lookups';
import { lookupQuery, lookupResponse } from '@/lib/lookup-response';

export function GET(request: Request) {
  return lookupResponse((actor) => lookUpPeople(lookupQuery(request), actor));
}
