import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { locateQuote } from '../domain/quote-match';
import { slugify } from '../domain/slug';
import { parseIsoDay } from '../domain/dates';
import { AppError, FieldError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { PublicationStatus } from '../generated/prisma/enums';
import { NEW_ROLE, type CounterStatementField, type CounterStatementInput } from '../validation/counter-statements';
import { recordAuditEvent } from './audit';
import { rebuttalEntity } from './counter-statement-edits';
import { statementEntity } from './statement-edits';
import { recordCreated } from './versioned-records';
import type { RequestMetadata } from './sessions';
import { published } from './published';

// Proposing a counter-statement to a claim: the speaker (a person in a role, a new person, or an
// organization), a new source with its pasted text, the statement and the rebuttal, all written in
// one transaction. A contributor's proposal waits for review (SUBMITTED), and so does every row it
// brings; an editor's is published at once.

export type CounterStatementFormOptions = {
  claim: { id: string; slug: string; summary: string };
  people: { id: string; name: string; roles: { id: string; label: string }[] }[];
  organizations: { id: string; name: string }[];
};

/** What the proposal form offers to choose from: published people, their roles, organizations. */
export async function getCounterStatementFormOptions(claimSlug: string, actor: Actor | null): Promise<CounterStatementFormOptions | null> {
  assertCan(actor, 'rebuttal.propose');
  const claim = await db.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true, summary: true } });
  if (!claim) return null;
  const [people, organizations] = await Promise.all([
    db.person.findMany({
      where: published,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        name: true,
        roles: { where: published, orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { title: 'asc' }], select: { id: true, title: true, organization: { select: { name: true } } } },
      },
    }),
    db.organization.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], select: { id: true, name: true } }),
  ]);
  return {
    claim,
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      roles: person.roles.map((role) => ({ id: role.id, label: [role.title, role.organization?.name].filter(Boolean).join(', ') })),
    })),
    organizations,
  };
}

type Speaker = { speakerPersonId: string; roleId: string | null } | { speakerOrganizationId: string };

async function resolveSpeaker(tx: Transaction, input: CounterStatementInput, status: PublicationStatus): Promise<Speaker> {
  const newRole = (personId: string) =>
    input.roleTitle && (input.speakerKind === 'newPerson' || input.roleId === NEW_ROLE)
      ? tx.role.create({ data: { personId, title: input.roleTitle, organizationId: input.roleOrganizationId ?? null, status }, select: { id: true } })
      : null;
  if (input.speakerKind === 'organization') {
    const organization = await tx.organization.findUnique({ where: { id: input.organizationId! }, select: { id: true } });
    if (!organization) throw new FieldError<CounterStatementField>('organizationId', 'not_found', 'This organization does not exist.');
    return { speakerOrganizationId: organization.id };
  }
  if (input.speakerKind === 'newPerson') {
    const slug = slugify(input.newPersonName!);
    if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) {
      throw new FieldError<CounterStatementField>('newPersonName', 'conflict', 'Someone of this name is on record already: choose them under "A person on record".');
    }
    const person = await tx.person.create({ data: { slug, name: input.newPersonName!, description: input.newPersonDescription ?? '', status }, select: { id: true } });
    return { speakerPersonId: person.id, roleId: (await newRole(person.id))?.id ?? null };
  }
  const person = await tx.person.findUnique({ where: { id: input.personId!, ...published }, select: { id: true, roles: { where: published, select: { id: true } } } });
  if (!person) throw new FieldError<CounterStatementField>('personId', 'not_found', 'This person is not on record.');
  if (input.roleId && input.roleId !== NEW_ROLE && !person.roles.some((role) => role.id === input.roleId)) {
    throw new FieldError<CounterStatementField>('roleId', 'conflict', 'This role is not one of this person\'s.');
  }
  const role = await newRole(person.id);
  return { speakerPersonId: person.id, roleId: role?.id ?? (input.roleId && input.roleId !== NEW_ROLE ? input.roleId : null) };
}

export type ProposalResult = { rebuttalId: string; status: PublicationStatus };

/**
 * Writes a proposed counter-statement to the published claim `claimSlug`. A quote not found
 * verbatim in the source text is refused unless the actor may save unverified quotes and gives a
 * reason. Every row is written in one transaction: a failure anywhere leaves nothing behind.
 */
export async function proposeCounterStatement(
  { claimSlug, input }: { claimSlug: string; input: CounterStatementInput },
  actor: Actor | null,
  request: RequestMetadata,
): Promise<ProposalResult> {
  assertCan(actor, 'rebuttal.propose');
  assertCan(actor, 'source.create');
  if (input.speakerKind === 'newPerson') assertCan(actor, 'person.create');
  const span = locateQuote(input.sourceText, input.quote);
  if (!span) {
    if (!can(actor, 'statement.saveUnverified')) {
      throw new FieldError<CounterStatementField>('quote', 'forbidden', 'The quote is not found verbatim in the source text. Copy it exactly as the source has it; only an editor may save it otherwise.');
    }
    if (!input.unverifiedReason) {
      throw new FieldError<CounterStatementField>('unverifiedReason', 'conflict', 'The quote is not found verbatim in the source text: say why it should be saved anyway.');
    }
  }
  const publishNow = can(actor, 'rebuttal.publish');
  const status: PublicationStatus = publishNow ? 'PUBLISHED' : 'SUBMITTED';
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true } });
      if (!claim) throw new AppError('not_found', 'This claim does not exist or is not published.');
      const speaker = await resolveSpeaker(tx, input, status);
      const archiveSha256 = sha256Hex(input.sourceText);
      if (await tx.source.findUnique({ where: { archiveSha256 }, select: { id: true } })) {
        throw new FieldError<CounterStatementField>('sourceText', 'conflict', 'This exact text is archived already as another source.');
      }
      const source = await tx.source.create({
        data: {
          kind: input.sourceKind, outlet: input.sourceOutlet, title: input.sourceTitle, url: input.sourceUrl,
          publishedOn: parseIsoDay(input.sourcePublishedOn), language: input.sourceLanguage,
          archiveText: input.sourceText, archiveSha256, status,
        },
        select: { id: true },
      });
      const statement = await tx.statement.create({
        data: {
          ...speaker, text: input.quote, language: input.quoteLanguage, translation: input.translation ?? null, sourceId: source.id,
          quoteStart: span?.start ?? null, quoteEnd: span?.end ?? null, unverifiedReason: span ? null : input.unverifiedReason!,
        },
        select: { id: true },
      });
      const reviewed = publishNow ? { reviewedById: actor.id, reviewedAt: new Date() } : {};
      const rebuttal = await tx.rebuttal.create({
        data: { claimId: claim.id, statementId: statement.id, stance: input.stance, note: input.note ?? null, status, proposedById: actor.id, ...reviewed },
        select: { id: true, status: true },
      });
      await recordCreated(tx, statementEntity, { id: statement.id, actor });
      await recordCreated(tx, rebuttalEntity, { id: rebuttal.id, actor });
      if (publishNow) {
        await recordAuditEvent(tx, { kind: 'PUBLICATION', actorId: actor.id, ip: request.ip, detail: { rebuttalId: rebuttal.id, claimSlug: claim.slug, via: 'editor' } });
      }
      return { rebuttalId: rebuttal.id, status: rebuttal.status };
    });
  } catch (error) {
    // A foreign key that no longer holds (an organization removed meanwhile, a forged id).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
      throw new AppError('not_found', 'Something chosen in the form no longer exists. Check the speaker and the role.');
    }
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'Someone saved the same person or source a moment ago. Submit again to see what changed.');
    }
    throw error;
  }
}
