import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { locateQuote } from '../domain/quote-match';
import { slugify } from '../domain/slug';
import { parseIsoDay } from '../domain/dates';
import { AppError, FieldError, type AppErrorCode } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { PublicationStatus } from '../generated/prisma/enums';
import { NEW_ROLE, type CounterStatementField, type CounterStatementInput } from '../validation/counter-statements';
import { recordAuditEvent } from './audit';
import { findProposablePerson, findProposableSource, isProposableRole } from './proposal-lookups';
import { settleProposedRows } from './proposed-rows';
import { published } from './published';

// Proposing a counter-statement to a claim: the speaker (a person in a role, a new person, or an
// organization), the source (one on record, or a new one with its pasted text), the statement and
// the rebuttal, all written in one transaction. A contributor's proposal waits for review
// (SUBMITTED), and so does every row it brings; an editor's is published at once. What the form
// may choose from, and whether a chosen id may be used, is decided in ./proposal-lookups.

export type CounterStatementFormOptions = { claim: { id: string; slug: string; summary: string } };

/** The claim the proposal form answers. People, organizations and sources are looked up as the editor types. */
export async function getCounterStatementFormOptions(claimSlug: string, actor: Actor | null): Promise<CounterStatementFormOptions | null> {
  assertCan(actor, 'rebuttal.propose');
  const claim = await db.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true, summary: true } });
  return claim ? { claim } : null;
}

type Speaker = { speakerPersonId: string; roleId: string | null } | { speakerOrganizationId: string };

const fieldError = (field: CounterStatementField, code: AppErrorCode, message: string) => new FieldError<CounterStatementField>(field, code, message);

/** The organization an id from the form names: organizations are all on record, but the id may be forged or stale. */
async function findOrganizationOrThrow(tx: Transaction, field: CounterStatementField, organizationId: string) {
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!organization) throw fieldError(field, 'not_found', 'This organization is not on record: choose one from the list.');
  return organization;
}

/** The chosen person on record, and the role chosen of theirs, as the actor may use them. */
async function findChosenPerson(tx: Transaction, input: CounterStatementInput, actor: Actor) {
  const person = await findProposablePerson(tx, input.personId!, actor);
  if (!person) throw fieldError('personId', 'not_found', 'This person is not on record: choose one from the list.');
  const roleId = input.roleId && input.roleId !== NEW_ROLE ? input.roleId : null;
  if (roleId && !(await isProposableRole(tx, { personId: person.id, roleId }, actor))) {
    throw fieldError('roleId', 'conflict', "This role is not one of this person's.");
  }
  return { person, roleId };
}

async function resolveSpeaker(tx: Transaction, input: CounterStatementInput, status: PublicationStatus, actor: Actor): Promise<Speaker> {
  const newRole = async (personId: string) => {
    if (!input.roleTitle || !(input.speakerKind === 'newPerson' || input.roleId === NEW_ROLE)) return null;
    const organizationId = input.roleOrganizationId ? (await findOrganizationOrThrow(tx, 'roleOrganizationId', input.roleOrganizationId)).id : null;
    return tx.role.create({ data: { personId, title: input.roleTitle, organizationId, status }, select: { id: true } });
  };
  if (input.speakerKind === 'organization') {
    return { speakerOrganizationId: (await findOrganizationOrThrow(tx, 'organizationId', input.organizationId!)).id };
  }
  if (input.speakerKind === 'newPerson') {
    const slug = slugify(input.newPersonName!);
    if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) {
      throw new FieldError<CounterStatementField>('newPersonName', 'conflict', 'Someone of this name is on record already: choose them under "A person on record".');
    }
    const person = await tx.person.create({ data: { slug, name: input.newPersonName!, description: input.newPersonDescription ?? '', status }, select: { id: true } });
    return { speakerPersonId: person.id, roleId: (await newRole(person.id))?.id ?? null };
  }
  const { person, roleId } = await findChosenPerson(tx, input, actor);
  const role = await newRole(person.id);
  return { speakerPersonId: person.id, roleId: role?.id ?? roleId };
}

/** The archived text the quote is checked against: the stored one of a source on record, never the browser's copy. */
async function resolveArchive(tx: Transaction, input: CounterStatementInput, actor: Actor): Promise<{ sourceId: string | null; archiveText: string }> {
  if (input.sourceChoice === 'existing') {
    const source = await findProposableSource(tx, input.sourceId!, actor);
    if (!source) throw fieldError('sourceId', 'not_found', 'This source is not on record: choose one from the list.');
    return { sourceId: source.id, archiveText: source.archiveText };
  }
  if (await tx.source.findUnique({ where: { archiveSha256: sha256Hex(input.sourceText!) }, select: { id: true } })) {
    throw fieldError('sourceText', 'conflict', 'This exact text is archived already as another source: choose it under "A source on record".');
  }
  return { sourceId: null, archiveText: input.sourceText! };
}

type RecordedStatement = { id: string; speakerPersonId: string | null; roleId: string | null; speakerOrganizationId: string | null };

/**
 * A passage of a source is one statement, whoever quotes it for whichever claim: a proposal that
 * quotes a recorded passage answers with that statement, which keeps the speaker on record. So the
 * proposal must name the same speaker (and no other role); it cannot bring a new person or role.
 */
async function assertSameSpeaker(tx: Transaction, input: CounterStatementInput, recorded: RecordedStatement, actor: Actor) {
  const conflict = (field: CounterStatementField) =>
    fieldError(field, 'conflict', 'This passage of the source is on record already with another speaker or role. A passage has one speaker: name the one on record, or quote another passage.');
  if (input.speakerKind === 'organization') {
    if (input.organizationId !== recorded.speakerOrganizationId) throw conflict('organizationId');
    return;
  }
  if (input.speakerKind === 'newPerson') throw conflict('newPersonName');
  const { person, roleId } = await findChosenPerson(tx, input, actor);
  if (person.id !== recorded.speakerPersonId) throw conflict('personId');
  if (input.roleId === NEW_ROLE || (roleId && roleId !== recorded.roleId)) throw conflict('roleId');
}

async function createSource(tx: Transaction, input: CounterStatementInput, status: PublicationStatus) {
  return tx.source.create({
    data: {
      kind: input.sourceKind!, outlet: input.sourceOutlet!, title: input.sourceTitle!, url: input.sourceUrl!,
      publishedOn: parseIsoDay(input.sourcePublishedOn!), language: input.sourceLanguage!,
      archiveText: input.sourceText!, archiveSha256: sha256Hex(input.sourceText!), status,
    },
    select: { id: true },
  });
}

export type ProposalResult = { rebuttalId: string; status: PublicationStatus };

/**
 * Writes a proposed counter-statement to the published claim `claimSlug`. A quote not found
 * verbatim in the source's archived text is refused unless the actor may save unverified quotes
 * and gives a reason. A passage of a source on record that is a statement already is answered
 * with that statement. Every row is written in one transaction: a failure anywhere leaves nothing
 * behind.
 */
export async function proposeCounterStatement({ claimSlug, input }: { claimSlug: string; input: CounterStatementInput }, actor: Actor | null): Promise<ProposalResult> {
  assertCan(actor, 'rebuttal.propose');
  if (input.sourceChoice === 'new') assertCan(actor, 'source.create');
  if (input.speakerKind === 'newPerson') assertCan(actor, 'person.create');
  const publishNow = can(actor, 'rebuttal.publish');
  const status: PublicationStatus = publishNow ? 'PUBLISHED' : 'SUBMITTED';
  try {
    return await db.$transaction(async (tx) => {
      const claim = await tx.claim.findUnique({ where: { slug: claimSlug, ...published }, select: { id: true, slug: true, statementId: true } });
      if (!claim) throw new AppError('not_found', 'This claim does not exist or is not published.');
      const archive = await resolveArchive(tx, input, actor);
      const span = locateQuote(archive.archiveText, input.quote);
      if (!span) {
        if (!can(actor, 'statement.saveUnverified')) {
          throw fieldError('quote', 'forbidden', 'The quote is not found verbatim in the source text. Copy it exactly as the source has it; only an editor may save it otherwise.');
        }
        if (!input.unverifiedReason) {
          throw fieldError('unverifiedReason', 'conflict', 'The quote is not found verbatim in the source text: say why it should be saved anyway.');
        }
      }
      // Only a verified quote has a passage; an unverified one is always a statement of its own.
      const recorded = archive.sourceId && span
        ? await tx.statement.findFirst({
            where: { sourceId: archive.sourceId, quoteStart: span.start, quoteEnd: span.end },
            select: { id: true, speakerPersonId: true, roleId: true, speakerOrganizationId: true },
          })
        : null;
      let statementId: string;
      if (recorded) {
        if (recorded.id === claim.statementId) throw fieldError('quote', 'conflict', 'This passage is the claim itself: it cannot answer itself.');
        await assertSameSpeaker(tx, input, recorded, actor);
        statementId = recorded.id;
      } else {
        const speaker = await resolveSpeaker(tx, input, status, actor);
        const sourceId = archive.sourceId ?? (await createSource(tx, input, status)).id;
        statementId = (await tx.statement.create({
          data: {
            ...speaker, text: input.quote, language: input.quoteLanguage, translation: input.translation ?? null, sourceId,
            quoteStart: span?.start ?? null, quoteEnd: span?.end ?? null, unverifiedReason: span ? null : input.unverifiedReason!,
          },
          select: { id: true },
        })).id;
      }
      // A statement answers a claim once (rebuttals are unique on the pair), whatever became of the first proposal.
      if (await tx.rebuttal.findUnique({ where: { claimId_statementId: { claimId: claim.id, statementId } }, select: { id: true } })) {
        throw fieldError('quote', 'conflict', 'This passage of the source has been proposed as an answer to this claim already.');
      }
      const reviewed = publishNow ? { reviewedById: actor.id, reviewedAt: new Date() } : {};
      const rebuttal = await tx.rebuttal.create({
        data: { claimId: claim.id, statementId, stance: input.stance, note: input.note ?? null, status, proposedById: actor.id, ...reviewed },
        select: { id: true, status: true, statement: { select: { sourceId: true, speakerPersonId: true, roleId: true } } },
      });
      if (publishNow) {
        // A source, person or role on record that still awaits review is published with the answer that uses it.
        await settleProposedRows(tx, rebuttal.statement, 'PUBLISHED');
        await recordAuditEvent(tx, { kind: 'PUBLICATION', actorId: actor.id, detail: { rebuttalId: rebuttal.id, claimSlug: claim.slug, via: 'editor' } });
      }
      return { rebuttalId: rebuttal.id, status: rebuttal.status };
    });
  } catch (error) {
    // A foreign key that no longer holds (an organization removed meanwhile, a forged id).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
      throw new AppError('not_found', 'Something chosen in the form no longer exists. Check the speaker and the role.');
    }
    // Two proposals racing for the same new name, text or passage: the second sees the first's on resubmission.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'Someone saved the same person, source or passage a moment ago. Submit again to see what changed.');
    }
    throw error;
  }
}
