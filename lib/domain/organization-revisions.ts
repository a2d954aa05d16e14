import { z } from 'zod';
import { OrganizationKind } from '../generated/prisma/enums';
import { countryName } from './affiliation';
import { ORGANIZATION_KIND_LABELS } from './organization-kinds';
import type { RevisionFields } from './revisions';

// An organization's revisions as plain data: the snapshot each stores and how it reads in a diff.
// Organizations are never deleted (they have no publication status; see the README).

export const organizationSnapshotSchema = z.object({
  name: z.string(),
  slug: z.string(),
  kind: z.enum(OrganizationKind),
  countryCode: z.string().nullable(),
});
export type OrganizationSnapshot = z.infer<typeof organizationSnapshotSchema>;

export const organizationRevisionFields: RevisionFields<OrganizationSnapshot> = {
  name: { label: 'Name', inline: true },
  slug: { label: 'Slug', inline: true },
  kind: { label: 'Kind', format: (kind) => ORGANIZATION_KIND_LABELS[kind], inline: true },
  countryCode: { label: 'Country', format: (code) => (code ? countryName(code) : 'none'), inline: true },
};

export const organizationRevisions = {
  type: 'ORGANIZATION',
  noun: 'This organization',
  snapshotSchema: organizationSnapshotSchema,
  fields: organizationRevisionFields,
} as const;
