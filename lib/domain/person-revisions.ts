import { z } from 'zod';
import { PublicationStatus } from '../generated/prisma/enums';
import type { RevisionFields } from './revisions';

// A person's revisions as plain data: the snapshot each revision stores (the person with all
// their roles, since roles have no version of their own: a role's change is a new version of its
// person) and how its fields read in a diff. Pure, unit-tested.

export const roleSnapshotSchema = z.object({
  id: z.string(),
  title: z.string(),
  organization: z.object({ slug: z.string(), name: z.string() }).nullable(),
  /** Calendar days, YYYY-MM-DD, or null when not recorded. */
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
});
export type RoleSnapshot = z.infer<typeof roleSnapshotSchema>;

export const personSnapshotSchema = z.object({
  name: z.string(),
  slug: z.string(),
  description: z.string(),
  wikidataId: z.string().nullable(),
  /** In the order sortRoles gives, so that the same roles always compare equal. */
  roles: z.array(roleSnapshotSchema),
  status: z.enum(PublicationStatus),
  deleted: z.boolean(),
});
export type PersonSnapshot = z.infer<typeof personSnapshotSchema>;

/** Roles earliest first (undated last), as the person's page lists them; the id breaks ties. */
export function sortRoles<R extends RoleSnapshot>(roles: R[]): R[] {
  const key = (role: R) => [role.startDate ?? '9999', role.endDate ?? '9999', role.title, role.id].join('\u0000');
  return [...roles].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One role as a reader reads it: "Minister, Government of X (2019-01-01 to 2021-06-30)". */
export function describeRole(role: RoleSnapshot): string {
  const where = role.organization ? `${role.title}, ${role.organization.name}` : role.title;
  if (!role.startDate && !role.endDate) return where;
  return `${where} (${role.startDate ?? '?'} to ${role.endDate ?? 'now'})`;
}

export const personRevisionFields: RevisionFields<PersonSnapshot> = {
  name: { label: 'Name', inline: true },
  slug: { label: 'Slug', inline: true },
  description: { label: 'Description' },
  wikidataId: { label: 'Wikidata', inline: true },
  roles: {
    label: 'Roles',
    format: (roles) => (roles.length ? roles.map(describeRole).join('; ') : 'none'),
    // A renamed organization is not a change to the person; a role's organization changing is.
    identity: (roles) =>
      roles
        .map((role) =>
          [role.id, role.title, role.organization?.slug ?? '', role.startDate ?? '', role.endDate ?? ''].join('\u0000'),
        )
        .join('\n'),
  },
  status: { label: 'Publication', format: (status) => status.toLowerCase(), inline: true },
  deleted: { label: 'Deleted', format: (deleted) => (deleted ? 'yes' : 'no'), inline: true },
};

export const personRevisions = {
  type: 'PERSON',
  noun: 'This person',
  snapshotSchema: personSnapshotSchema,
  fields: personRevisionFields,
} as const;
