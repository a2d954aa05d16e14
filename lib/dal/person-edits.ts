import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { parseIsoDay, toIsoDay } from '../domain/dates';
import { personRevisions, sortRoles, type PersonSnapshot, type RoleSnapshot } from '../domain/person-revisions';
import { diffSnapshots } from '../domain/revisions';
import { ConflictError, FieldError, NotFoundError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import type {
  PersonCreateInput,
  PersonDeleteInput,
  PersonEditInput,
  RoleRemoveInput,
  RoleSaveInput,
} from '../validation/record-edits';
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

// Editors' changes to people and their roles. A role has no version of its own: adding, changing
// or removing one is a new version of its person (the snapshot holds every role), so two editors
// changing the same person's roles meet the same compare-and-set. Each save is one transaction:
// permission, compare-and-set, the change, its revision. Editors only (`person.edit`): a
// contributor brings a new person only inside a proposal, which waits for review.

/** Roles a rejected proposal brought stay out of the person's record. */
const liveRoles = { status: { not: 'REJECTED' } } as const;

const editableSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  wikidataId: true,
  status: true,
  deletedAt: true,
  version: true,
  createdAt: true,
  roles: {
    where: liveRoles,
    select: {
      id: true,
      title: true,
      startDate: true,
      endDate: true,
      organization: { select: { id: true, slug: true, name: true } },
    },
  },
} as const;

type EditableRow = NonNullable<Awaited<ReturnType<typeof findEditable>>>;

function findEditable(client: Transaction | typeof db, where: { id: string } | { slug: string }) {
  return client.person.findFirst({ where: { ...where, deletedAt: null }, select: editableSelect });
}

export const personEntity: VersionedEntity<EditableRow, PersonSnapshot, Prisma.PersonUpdateManyMutationInput> = {
  ...personRevisions,
  find: (client, id) => findEditable(client, { id }),
  snapshotOf,
  compareAndSet: async (tx, id, seenVersion, data) =>
    (await tx.person.updateMany({ where: { id, version: seenVersion }, data: { ...data, version: { increment: 1 } } }))
      .count,
};

type RoleRow = EditableRow['roles'][number];

function roleSnapshot(role: RoleRow): RoleSnapshot {
  return {
    id: role.id,
    title: role.title,
    organization: role.organization ? { slug: role.organization.slug, name: role.organization.name } : null,
    startDate: role.startDate ? toIsoDay(role.startDate) : null,
    endDate: role.endDate ? toIsoDay(role.endDate) : null,
  };
}

function snapshotOf(row: EditableRow): PersonSnapshot {
  return {
    name: row.name,
    slug: row.slug,
    description: row.description,
    wikidataId: row.wikidataId,
    roles: sortRoles(row.roles.map(roleSnapshot)),
    status: row.status,
    deleted: row.deletedAt !== null,
  };
}

/** Refuses a slug or Wikidata id that another person has, next to its field. */
async function assertUnique(
  tx: Transaction,
  { slug, wikidataId }: { slug: string; wikidataId?: string },
  personId?: string,
) {
  const others = { id: personId ? { not: personId } : undefined };
  if (await tx.person.findFirst({ where: { slug, ...others }, select: { id: true } })) {
    throw new FieldError('slug', 'conflict', 'Another person has this slug: choose another.');
  }
  if (wikidataId && (await tx.person.findFirst({ where: { wikidataId, ...others }, select: { id: true } }))) {
    throw new FieldError('wikidataId', 'conflict', 'Another person has this Wikidata id.');
  }
}

export type RoleForEdit = RoleSnapshot & { organizationId: string | null; citedBy: number };

export type PersonForEdit = {
  id: string;
  slug: string;
  version: number;
  current: PersonSnapshot;
  roles: RoleForEdit[];
  /** How many statements quote the person: while any does, the person cannot be deleted. */
  quotedBy: number;
  history: HistoryEntry[];
};

/** A person as the edit page needs them, with their roles and history (a role's organization is looked up as one types). */
export async function getPersonForEditOrNull(slug: string, actor: Actor | null): Promise<PersonForEdit | null> {
  assertCan(actor, 'person.edit');
  const row = await findEditable(db, { slug });
  if (!row) return null;
  const [citations, quotedBy, history] = await Promise.all([
    db.statement.groupBy({
      by: ['roleId'],
      where: { roleId: { in: row.roles.map((role) => role.id) } },
      _count: { _all: true },
    }),
    db.statement.count({ where: { speakerPersonId: row.id } }),
    historyOf(personRevisions, row.id),
  ]);
  const citedBy = new Map(citations.map((entry) => [entry.roleId, entry._count._all]));
  const rolesById = new Map(row.roles.map((role) => [role.id, role]));
  const current = snapshotOf(row);
  return {
    id: row.id,
    slug: row.slug,
    version: row.version,
    current,
    roles: current.roles.map((role) => ({
      ...role,
      organizationId: rolesById.get(role.id)?.organization?.id ?? null,
      citedBy: citedBy.get(role.id) ?? 0,
    })),
    quotedBy,
    history: history.reverse(),
  };
}

/** Adds a person to the record, published at once (an editor's own entry needs no review). */
export async function createPerson(
  input: PersonCreateInput,
  actor: Actor | null,
): Promise<{ slug: string; invalidates: CacheTag[] }> {
  assertCan(actor, 'person.edit');
  return uniqueViolationAsConflict(() =>
    db.$transaction(async (tx) => {
      await assertUnique(tx, input);
      const data = {
        name: input.name,
        slug: input.slug,
        description: input.description ?? '',
        wikidataId: input.wikidataId ?? null,
      };
      const person = await tx.person.create({ data, select: { id: true, slug: true } });
      await recordCreation(tx, personRevisions, {
        id: person.id,
        actor,
        reason: input.reason,
        snapshot: { ...data, roles: [], status: 'PUBLISHED', deleted: false },
      });
      return { slug: person.slug, invalidates: [COLLECTION.people] };
    }),
  );
}

export type PersonEditResult = {
  slug: string;
  previousSlug: string;
  version: number;
  changed: boolean;
  /** The cache tags of what readers see that this write changed (lib/cache/tags.ts): the caller expires them. */
  invalidates: CacheTag[];
};

/**
 * The steps every save of a person shares: the row at the version the editor saw, the change
 * (`apply`, which may write roles and returns the new snapshot and the person's own columns), and
 * the new version with its revision, all in one transaction.
 */
function savePerson(
  input: { personId: string; version: number; reason?: string | null },
  actor: Actor,
  apply: (
    tx: Transaction,
    row: EditableRow,
    before: PersonSnapshot,
  ) => Promise<{ after: PersonSnapshot; data?: Prisma.PersonUpdateManyMutationInput }>,
): Promise<PersonEditResult> {
  return uniqueViolationAsConflict(() =>
    db.$transaction(async (tx) => {
      const row = await findCurrentVersion(tx, personEntity, { id: input.personId, version: input.version });
      const before = snapshotOf(row);
      const { after, data = {} } = await apply(tx, row, before);
      if (!diffSnapshots(personRevisions.fields, before, after).length)
        return { slug: row.slug, previousSlug: row.slug, version: row.version, changed: false, invalidates: [] };
      const version = await writeVersion(tx, personEntity, row, {
        before,
        after,
        seenVersion: input.version,
        actor,
        reason: input.reason ?? null,
        data,
      });
      // Their name and roles are shown wherever they are quoted.
      return { slug: after.slug, previousSlug: row.slug, version, changed: true, invalidates: [COLLECTION.people] };
    }),
  );
}

/** Saves an editor's change to a person's name, slug, description and Wikidata id. */
export async function updatePerson(input: PersonEditInput, actor: Actor | null): Promise<PersonEditResult> {
  assertCan(actor, 'person.edit');
  return savePerson(input, actor, async (tx, row, before) => {
    await assertUnique(tx, input, row.id);
    const data = {
      name: input.name,
      slug: input.slug,
      description: input.description ?? '',
      wikidataId: input.wikidataId ?? null,
    };
    return { after: { ...before, ...data }, data };
  });
}

/** Adds a role to a person (no roleId) or changes one of theirs: a new version of the person. */
export async function savePersonRole(input: RoleSaveInput, actor: Actor | null): Promise<PersonEditResult> {
  assertCan(actor, 'person.edit');
  return savePerson(input, actor, async (tx, row, before) => {
    if (input.roleId && !row.roles.some((role) => role.id === input.roleId))
      throw new NotFoundError("This role is not one of this person's.");
    if (
      input.organizationId &&
      !(await tx.organization.findUnique({ where: { id: input.organizationId }, select: { id: true } }))
    ) {
      throw new FieldError('organizationId', 'not_found', 'This organization does not exist.');
    }
    const data = {
      title: input.title,
      organizationId: input.organizationId ?? null,
      startDate: input.startDate ? parseIsoDay(input.startDate) : null,
      endDate: input.endDate ? parseIsoDay(input.endDate) : null,
    };
    const role = input.roleId
      ? await tx.role.update({ where: { id: input.roleId }, data, select: editableSelect.roles.select })
      : await tx.role.create({ data: { ...data, personId: row.id }, select: editableSelect.roles.select });
    const roles = before.roles.filter((entry) => entry.id !== role.id).concat(roleSnapshot(role));
    return { after: { ...before, roles: sortRoles(roles) } };
  });
}

/** Removes a role no statement cites: a new version of the person. A cited role can only be changed. */
export async function removePersonRole(input: RoleRemoveInput, actor: Actor | null): Promise<PersonEditResult> {
  assertCan(actor, 'person.edit');
  return savePerson(input, actor, async (tx, row, before) => {
    if (!row.roles.some((role) => role.id === input.roleId))
      throw new NotFoundError("This role is not one of this person's.");
    const citations = await tx.statement.count({ where: { roleId: input.roleId } });
    if (citations) {
      throw new ConflictError(
        `This role cannot be removed: ${citations === 1 ? 'a statement cites' : `${citations} statements cite`} it as the speaker's role when they spoke. Correct it instead.`,
      );
    }
    await tx.role.delete({ where: { id: input.roleId } });
    return { after: { ...before, roles: before.roles.filter((role) => role.id !== input.roleId) } };
  });
}

/**
 * Soft-deletes a person no statement quotes, with the reason as its revision: readers no longer
 * find them (a deleted person cannot stay published), and their history is kept.
 */
export async function deletePerson(input: PersonDeleteInput, actor: Actor | null): Promise<PersonEditResult> {
  assertCan(actor, 'person.edit');
  return savePerson(input, actor, async (tx, row, before) => {
    const quotes = await tx.statement.count({ where: { speakerPersonId: row.id } });
    if (quotes)
      throw new ConflictError(
        `This person cannot be deleted: ${quotes === 1 ? 'a statement quotes' : `${quotes} statements quote`} them.`,
      );
    return { after: { ...before, status: 'DRAFT', deleted: true }, data: { status: 'DRAFT', deletedAt: new Date() } };
  });
}
