import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import type { Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { locateQuote } from '../domain/quote-match';
import { slugify } from '../domain/slug';
import { parseIsoDay } from '../domain/dates';
import { type AppErrorCode, ConflictError, FieldError, NotFoundError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { PublicationStatus, SourceKind } from '../generated/prisma/enums';
import {
  bringsNewOrganization,
  NEW_ROLE,
  type QuotedStatementField,
  type QuotedStatementInput,
} from '../validation/quoted-statement';
import { findProposablePerson, findProposableSource, isProposableRole } from './proposal-lookups';
import { writeOrganization } from './organization-edits';
import { personEntity } from './person-edits';
import { sourceEntity } from './source-edits';
import { statementEntity } from './statement-edits';
import { recordAuditEvent } from './audit';
import type { RequestMetadata } from './sessions';
import { recordCreated } from './versioned-records';

// The part every proposal shares (counter-statements, claims): a quote with its speaker (a person
// in a role, a new person, or an organization) and its source (one on record, or a new one with
// its pasted text). The proposal's DAL checks its own permission and assertMayQuote before its
// transaction, and writes the rows with writeQuotedStatement inside it, so a failure anywhere
// leaves none of them. What the form may choose from, and whether a chosen id may be used, is
// decided in ./proposal-lookups.

const fieldError = (field: QuotedStatementField, code: AppErrorCode, message: string) =>
  new FieldError<QuotedStatementField>(field, code, message);

/** The permissions the rows a proposal brings need: a new source, perhaps a new person. */
export function assertMayQuote(input: Pick<QuotedStatementInput, 'sourceChoice' | 'speakerKind'>, actor: Actor) {
  if (input.sourceChoice === 'new') assertCan(actor, 'source.create');
  if (input.speakerKind === 'newPerson') assertCan(actor, 'person.create');
}

type Speaker = { speakerPersonId: string; roleId: string | null } | { speakerOrganizationId: string };

/** The organization an id from the form names: organizations are all on record, but the id may be forged or stale. */
async function findOrganizationOrThrow(tx: Transaction, field: QuotedStatementField, organizationId: string) {
  const organization = await tx.organization.findUnique({ where: { id: organizationId }, select: { id: true } });
  if (!organization)
    throw fieldError(field, 'not_found', 'This organization is not on record: choose one from the list.');
  return organization;
}

/** The chosen person on record, and the role chosen of theirs, as the actor may use them. */
async function findChosenPerson(tx: Transaction, input: QuotedStatementInput, actor: Actor) {
  const person = await findProposablePerson(tx, input.personId!, actor);
  if (!person) throw fieldError('personId', 'not_found', 'This person is not on record: choose one from the list.');
  const roleId = input.roleId && input.roleId !== NEW_ROLE ? input.roleId : null;
  if (roleId && !(await isProposableRole(tx, { personId: person.id, roleId }, actor))) {
    throw fieldError('roleId', 'conflict', "This role is not one of this person's.");
  }
  return { person, roleId };
}

async function resolveSpeaker(
  tx: Transaction,
  input: QuotedStatementInput,
  status: PublicationStatus,
  actor: Actor,
): Promise<Speaker> {
  const newRole = async (personId: string) => {
    if (!input.roleTitle || !(input.speakerKind === 'newPerson' || input.roleId === NEW_ROLE)) return null;
    const organizationId = bringsNewOrganization(input)
      ? await createNamedOrganization(tx, input, actor)
      : input.roleOrganizationId
        ? (await findOrganizationOrThrow(tx, 'roleOrganizationId', input.roleOrganizationId)).id
        : null;
    return tx.role.create({ data: { personId, title: input.roleTitle, organizationId, status }, select: { id: true } });
  };
  if (input.speakerKind === 'organization') {
    return { speakerOrganizationId: (await findOrganizationOrThrow(tx, 'organizationId', input.organizationId!)).id };
  }
  if (input.speakerKind === 'newOrganization') {
    return { speakerOrganizationId: await createNamedOrganization(tx, input, actor) };
  }
  if (input.speakerKind === 'newPerson') {
    const slug = slugify(input.newPersonName!);
    if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) {
      throw fieldError(
        'newPersonName',
        'conflict',
        'Someone of this name is on record already: choose them under "A person on record".',
      );
    }
    const person = await tx.person.create({
      data: { slug, name: input.newPersonName!, description: input.newPersonDescription ?? '', status },
      select: { id: true },
    });
    const role = await newRole(person.id);
    // The person's first revision holds the role they came with.
    await recordCreated(tx, personEntity, { id: person.id, actor });
    return { speakerPersonId: person.id, roleId: role?.id ?? null };
  }
  const { person, roleId } = await findChosenPerson(tx, input, actor);
  const role = await newRole(person.id);
  return { speakerPersonId: person.id, roleId: role?.id ?? roleId };
}

/**
 * The organization not on record a proposal names (refineSpeaker requires its name and kind).
 * Editors only: an organization has no review step, so a contributor's would be public at once.
 */
async function createNamedOrganization(tx: Transaction, input: QuotedStatementInput, actor: Actor): Promise<string> {
  if (!can(actor, 'organization.edit')) {
    throw fieldError(
      'newOrganizationName',
      'forbidden',
      'Only an editor may add an organization: it has no review step, so readers would see it at once. Choose one on record.',
    );
  }
  const slug = slugify(input.newOrganizationName!);
  if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) {
    throw fieldError(
      'newOrganizationName',
      'conflict',
      'An organization of this name is on record already: choose it from the list.',
    );
  }
  const { id } = await writeOrganization(
    tx,
    {
      name: input.newOrganizationName!,
      slug,
      kind: input.newOrganizationKind!,
      countryCode: input.newOrganizationCountryCode,
    },
    actor,
  );
  return id;
}

/** The new source a proposal form describes (refineQuotedStatement requires its fields). */
const newSourceOf = (input: QuotedStatementInput): NewSource => ({
  kind: input.sourceKind!,
  outlet: input.sourceOutlet!,
  title: input.sourceTitle!,
  url: input.sourceUrl!,
  publishedOn: input.sourcePublishedOn!,
  language: input.sourceLanguage!,
  text: input.sourceText!,
});

/** A source's id (null while it is still to be written) and the archived text its quotes are checked against. */
export type ResolvedArchive = { sourceId: string | null; archiveText: string };

/** The archived text the quote is checked against: the stored one of a source on record, never the browser's copy. */
async function resolveArchive(tx: Transaction, input: QuotedStatementInput, actor: Actor): Promise<ResolvedArchive> {
  if (input.sourceChoice === 'existing') {
    const source = await findProposableSource(tx, input.sourceId!, actor);
    if (!source) throw fieldError('sourceId', 'not_found', 'This source is not on record: choose one from the list.');
    return { sourceId: source.id, archiveText: source.archiveText };
  }
  if (await tx.source.findUnique({ where: { archiveSha256: sha256Hex(input.sourceText!) }, select: { id: true } })) {
    throw fieldError(
      'sourceText',
      'conflict',
      'This exact text is archived already as another source: choose it under "A source on record".',
    );
  }
  return { sourceId: null, archiveText: input.sourceText! };
}

type RecordedStatement = {
  id: string;
  speakerPersonId: string | null;
  roleId: string | null;
  speakerOrganizationId: string | null;
};

/**
 * A passage of a source is one statement, whoever quotes it for whichever claim: a proposal that
 * quotes a recorded passage answers with that statement, which keeps the speaker on record. So the
 * proposal must name the same speaker (and no other role); it cannot bring a new person or role.
 */
async function assertSameSpeaker(
  tx: Transaction,
  input: QuotedStatementInput,
  recorded: RecordedStatement,
  actor: Actor,
) {
  const conflict = (field: QuotedStatementField) =>
    fieldError(
      field,
      'conflict',
      'This passage of the source is on record already with another speaker or role. A passage has one speaker: name the one on record, or quote another passage.',
    );
  if (input.speakerKind === 'organization') {
    if (input.organizationId !== recorded.speakerOrganizationId) throw conflict('organizationId');
    return;
  }
  if (input.speakerKind === 'newPerson') throw conflict('newPersonName');
  if (input.speakerKind === 'newOrganization') throw conflict('newOrganizationName');
  const { person, roleId } = await findChosenPerson(tx, input, actor);
  if (person.id !== recorded.speakerPersonId) throw conflict('personId');
  if (input.roleId === NEW_ROLE || (roleId && roleId !== recorded.roleId)) throw conflict('roleId');
}

/**
 * Writes the quoted statement with `status` (the rows a contributor's proposal brings wait for
 * review with it): the quote is checked verbatim against the source's archived text (refused
 * unless the actor may save unverified quotes and gives a reason); a passage of a source on record
 * that is a statement already answers with that statement; otherwise the speaker (when new), the
 * source (when new) and the statement are written, with the statement's first revision.
 */
export async function writeQuotedStatement(
  tx: Transaction,
  {
    input,
    status,
    actor,
    archive: resolved,
  }: {
    input: QuotedStatementInput;
    status: PublicationStatus;
    actor: Actor;
    /** The source already found or written in this transaction (article intake); the input's source fields are then ignored. */
    archive?: ResolvedArchive;
  },
): Promise<{ statementId: string }> {
  const archive = resolved ?? (await resolveArchive(tx, input, actor));
  const span = locateQuote(archive.archiveText, input.quote);
  if (!span) {
    if (!can(actor, 'statement.saveUnverified')) {
      throw fieldError(
        'quote',
        'forbidden',
        'The quote is not found verbatim in the source text. Copy it exactly as the source has it; only an editor may save it otherwise.',
      );
    }
    if (!input.unverifiedReason) {
      throw fieldError(
        'unverifiedReason',
        'conflict',
        'The quote is not found verbatim in the source text: say why it should be saved anyway.',
      );
    }
  }
  // Only a verified quote has a passage; an unverified one is always a statement of its own.
  const recorded =
    archive.sourceId && span
      ? await tx.statement.findFirst({
          where: { sourceId: archive.sourceId, quoteStart: span.start, quoteEnd: span.end },
          select: { id: true, speakerPersonId: true, roleId: true, speakerOrganizationId: true },
        })
      : null;
  if (recorded) {
    await assertSameSpeaker(tx, input, recorded, actor);
    return { statementId: recorded.id };
  }
  const speaker = await resolveSpeaker(tx, input, status, actor);
  const sourceId = archive.sourceId ?? (await createSource(tx, newSourceOf(input), status, actor));
  const statement = await tx.statement.create({
    data: {
      ...speaker,
      text: input.quote,
      language: input.quoteLanguage,
      translation: input.translation ?? null,
      sourceId,
      saidOn: input.saidOn ? parseIsoDay(input.saidOn) : null,
      saidOnPrecision: input.saidOn ? (input.saidOnPrecision ?? 'DAY') : 'DAY',
      quoteStart: span?.start ?? null,
      quoteEnd: span?.end ?? null,
      unverifiedReason: span ? null : input.unverifiedReason!,
    },
    select: { id: true },
  });
  await recordCreated(tx, statementEntity, { id: statement.id, actor });
  return { statementId: statement.id };
}

/** A new source's fields: a proposal form's, or an article pasted for intake (whose outlet, title, URL and date may be unknown). */
export type NewSource = {
  kind: SourceKind;
  outlet: string | null;
  title: string | null;
  url: string | null;
  publishedOn: string | null;
  language: string;
  text: string;
};

/** Writes a source with its archived text and SHA-256, and its first revision. */
export async function createSource(
  tx: Transaction,
  source: NewSource,
  status: PublicationStatus,
  actor: Actor,
): Promise<string> {
  const { id } = await tx.source.create({
    data: {
      kind: source.kind,
      outlet: source.outlet,
      title: source.title,
      url: source.url,
      publishedOn: source.publishedOn ? parseIsoDay(source.publishedOn) : null,
      language: source.language,
      archiveText: source.text,
      archiveSha256: sha256Hex(source.text),
      status,
    },
    select: { id: true },
  });
  await recordCreated(tx, sourceEntity, { id, actor });
  return id;
}

/** A proposal's write failure a person can act on, as an AppError; anything else unchanged. */
export function proposalWriteError(error: unknown): unknown {
  // A foreign key that no longer holds (an organization removed meanwhile, a forged id).
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
    return new NotFoundError('Something chosen in the form no longer exists. Check the speaker and the role.');
  }
  // Two proposals racing for the same new name, text or passage: the second sees the first's on resubmission.
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return new ConflictError(
      'Someone saved the same person, source or passage a moment ago. Submit again to see what changed.',
    );
  }
  return error;
}

const pending = 'SUBMITTED' as const;
const usedByAnotherPendingProposal = {
  statements: {
    some: { OR: [{ counterStatements: { some: { status: pending } } }, { claim: { is: { status: pending } } }] },
  },
};

/**
 * An editor's proposal published as it is written: the source, person or role on record that still
 * awaits review is published with the claim or answer that uses it, and the publication audited.
 */
export async function publishQuotedStatementNow(
  tx: Transaction,
  statementId: string,
  { actor, request, detail }: { actor: Actor; request: RequestMetadata; detail: Prisma.InputJsonObject },
) {
  await decideQuotedStatement(tx, statementId, 'PUBLISHED');
  await recordAuditEvent(tx, {
    kind: 'PUBLICATION',
    actorId: actor.id,
    ip: request.ip,
    detail: { ...detail, via: 'editor' },
  });
}

/**
 * Publishes or rejects, with the proposal, the rows its statement uses while they await review:
 * its source, and its new speaker and role. A proposal may use rows another pending proposal of
 * the same contributor brought (./proposal-lookups), so rejecting one leaves waiting whatever
 * another pending proposal still uses; rows already published stay as they are. Call after the
 * deciding proposal's own status is written, so that it no longer counts as pending.
 */
export async function decideQuotedStatement(tx: Transaction, statementId: string, status: 'PUBLISHED' | 'REJECTED') {
  const statement = await tx.statement.findUniqueOrThrow({
    where: { id: statementId },
    select: { sourceId: true, speakerPersonId: true, roleId: true },
  });
  const awaiting =
    status === 'PUBLISHED' ? { status: pending } : { status: pending, NOT: usedByAnotherPendingProposal };
  await tx.source.updateMany({ where: { id: statement.sourceId, ...awaiting }, data: { status } });
  if (statement.speakerPersonId)
    await tx.person.updateMany({ where: { id: statement.speakerPersonId, ...awaiting }, data: { status } });
  if (statement.roleId) await tx.role.updateMany({ where: { id: statement.roleId, ...awaiting }, data: { status } });
}
