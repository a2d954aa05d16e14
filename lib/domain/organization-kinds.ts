import type { OrganizationKind } from '../generated/prisma/enums';

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  GOVERNMENT: 'Government',
  ARMED_GROUP: 'Armed group',
  POLITICAL_PARTY: 'Political party',
  INTERNATIONAL_BODY: 'International body',
  MEDIA_OUTLET: 'Media outlet',
  OTHER: 'Other',
};
