import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { organizationRevisions, type OrganizationSnapshot } from '../domain/organization-revisions';
import { diffSnapshots } from '../domain/revisions';
import { FieldError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type { OrganizationCreateInput, OrganizationEditInput } from '../validation/record-edits';
import { uniqueViolationAsConflict } from './unique-violations';
import {
  findCurrentVersion,
  historyOf,
  recordCreation,
  writeVersion,
  type HistoryEntry,
  type VersionedEntity,
} from './versioned-records';
import { COLLECTION, type CacheTag } from '../cache/tags';

// Editors' changes to organizations, each one transaction: permission, compare-and-set, the
// change, its revision. A changed country reaches the organization's statements and the claims
// they answer through database triggers (statement_affiliation and claim_answered_by migrations),
// inside the same transaction. Organizations are not deleted: they have no publication status, and
// roles and statements name them.

const editableSelect = {
  id: true,
  slug: true,
  name: true,
  kind: true,
  countryCode: true,
  version: true,
  createdAt: true,
} as const;

type EditableRow = NonNullable<Awaited<ReturnType<typeof findEditable>>>;

function findEditable(client: Transaction | typeof db, where: { id: string } | { slug: string }) {
  return client.organization.findFirst({ where, select: editableSelect });
}

const snapshotOf = ({ name, slug, kind, countryCode }: EditableRow): OrganizationSnapshot => ({
  name,
  slug,
  kind,
  countryCode,
});

const organizationEntity: VersionedEntity<
  EditableRow,
  OrganizationSnapshot,
  Prisma.OrganizationUpdateManyMutationInput
> = {
  ...organizationRevisions,
  find: (client, id) => findEditable(client, { id }),
  snapshotOf,
  compareAndSet: async (tx, id, seenVersion, data) =>
    (
      await tx.organization.updateMany({
        where: { id, version: seenVersion },
        data: { ...data, version: { increment: 1 } },
      })
    ).count,
};

async function assertSlugFree(tx: Transaction, slug: string, organizationId?: string) {
  if (
    await tx.organization.findFirst({
      where: { slug, id: organizationId ? { not: organizationId } : undefined },
      select: { id: true },
    })
  ) {
    throw new FieldError('slug', 'conflict', 'Another organization has this slug: choose another.');
  }
}

const columnsOf = (input: Pick<OrganizationCreateInput, 'name' | 'slug' | 'kind' | 'countryCode'>) => ({
  name: input.name,
  slug: input.slug,
  kind: input.kind,
  countryCode: input.countryCode ?? null,
});

export type OrganizationForEdit = {
  id: string;
  slug: string;
  version: number;
  current: OrganizationSnapshot;
  history: HistoryEntry[];
};

export async function getOrganizationForEditOrNull(
  slug: string,
  actor: Actor | null,
): Promise<OrganizationForEdit | null> {
  assertCan(actor, 'organization.edit');
  const row = await findEditable(db, { slug });
  if (!row) return null;
  const history = await historyOf(organizationRevisions, row.id);
  return { id: row.id, slug: row.slug, version: row.version, current: snapshotOf(row), history: history.reverse() };
}

/** Adds an organization. Editors only: an organization has no review status, so it is public at once. */
export async function createOrganization(
  input: OrganizationCreateInput,
  actor: Actor | null,
): Promise<{ slug: string; invalidates: CacheTag[] }> {
  assertCan(actor, 'organization.edit');
  return uniqueViolationAsConflict(() =>
    db.$transaction(async (tx) => {
      const organization = await writeOrganization(tx, input, actor);
      return { slug: organization.slug, invalidates: [COLLECTION.organizations] };
    }),
  );
}

/**
 * Writes an organization and its first revision in the caller's transaction: this page's, or a
 * proposal's that names it as a speaker. The caller has checked `organization.edit`.
 */
export async function writeOrganization(
  tx: Transaction,
  input: Omit<OrganizationCreateInput, 'reason'> & { reason?: string },
  actor: Actor,
): Promise<{ id: string; slug: string }> {
  await assertSlugFree(tx, input.slug);
  const data = columnsOf(input);
  const organization = await tx.organization.create({ data, select: { id: true, slug: true } });
  await recordCreation(tx, organizationRevisions, { id: organization.id, actor, reason: input.reason, snapshot: data });
  return organization;
}

export type OrganizationEditResult = {
  slug: string;
  previousSlug: string;
  version: number;
  changed: boolean;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

export async function updateOrganization(
  input: OrganizationEditInput,
  actor: Actor | null,
): Promise<OrganizationEditResult> {
  assertCan(actor, 'organization.edit');
  return uniqueViolationAsConflict(() =>
    db.$transaction(async (tx) => {
      const row = await findCurrentVersion(tx, organizationEntity, {
        id: input.organizationId,
        version: input.version,
      });
      const before = snapshotOf(row);
      const after = columnsOf(input);
      if (!diffSnapshots(organizationRevisions.fields, before, after).length) {
        return { slug: row.slug, previousSlug: row.slug, version: row.version, changed: false, invalidates: [] };
      }
      await assertSlugFree(tx, input.slug, row.id);
      const version = await writeVersion(tx, organizationEntity, row, {
        before,
        after,
        seenVersion: input.version,
        actor,
        reason: input.reason ?? null,
        data: after,
      });
      // Its name and country are shown wherever one of its people is quoted.
      return {
        slug: after.slug,
        previousSlug: row.slug,
        version,
        changed: true,
        invalidates: [COLLECTION.organizations],
      };
    }),
  );
}
