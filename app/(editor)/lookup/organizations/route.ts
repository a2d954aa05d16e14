// GET /lookup/organizations?q= - up to ten organizations, for the organization pickers
import { lookUpOrganizations } from '@/lib/dal/proposal-lookups';
import { lookupQuery, lookupResponse } from '@/lib/lookup-response';

export function GET(request: Request) {
  return lookupResponse((actor) => lookUpOrganizations(lookupQuery(request), actor));
}
