import 'server-only';
import { assertCan, can, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { sha256Hex } from '../domain/archive';
import { locateQuote, type QuoteSpan } from '../domain/quote-match';
import { slugify } from '../domain/slug';
import { parseIsoDay } from '../domain/dates';
import { AppError, FieldError } from '../errors';
import { Prisma } from '../generated/prisma/client';
import type { PublicationStatus } from '../generated/prisma/enums';
import { NEW_ROLE, type QuotedStatementField, type QuotedStatementInput } from '../validation/quoted-statement';
import { published } from './published';
import { statementEntity } from './statement-edits';
import { recordCreated } from './versioned-records';

// The part every proposal shares (counter-statements, claims): a quote with its speaker (a person
// in a role, a new person, or an organization) and a new source with its pasted text. The
// proposal's DAL checks its own permission, then checkQuotedStatement before its transaction, and
// writes the rows with writeQuotedStatement inside it, so a failure anywhere leaves none of them.

export type SpeakerChoices = {
  people: { id: string; name: string; roles: { id: string; label: string }[] }[];
  organizations: { id: string; name: string }[];
};

/**
 * What a proposal form offers to choose the speaker from: published people, their roles,
 * organizations. Only what readers may see, so the proposal's own check suffices.
 */
export async function getSpeakerChoices(): Promise<SpeakerChoices> {
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
    people: people.map((person) => ({
      id: person.id,
      name: person.name,
      roles: person.roles.map((role) => ({ id: role.id, label: [role.title, role.organization?.name].filter(Boolean).join(', ') })),
    })),
    organizations,
  };
}

/**
 * The permissions the rows need (a source, perhaps a person) and the verbatim check: a quote not
 * found verbatim in the source text is refused unless the actor may save unverified quotes and
 * gives a reason. Returns where the quote stands in the text, or null for such an unverified quote.
 */
export function checkQuotedStatement(input: QuotedStatementInput, actor: Actor | null): QuoteSpan | null {
  assertCan(actor, 'source.create');
  if (input.speakerKind === 'newPerson') assertCan(actor, 'person.create');
  const span = locateQuote(input.sourceText, input.quote);
  if (!span) {
    if (!can(actor, 'statement.saveUnverified')) {
      throw new FieldError<QuotedStatementField>('quote', 'forbidden', 'The quote is not found verbatim in the source text. Copy it exactly as the source has it; only an editor may save it otherwise.');
    }
    if (!input.unverifiedReason) {
      throw new FieldError<QuotedStatementField>('unverifiedReason', 'conflict', 'The quote is not found verbatim in the source text: say why it should be saved anyway.');
    }
  }
  return span;
}

type Speaker = { speakerPersonId: string; roleId: string | null } | { speakerOrganizationId: string };

async function resolveSpeaker(tx: Transaction, input: QuotedStatementInput, status: PublicationStatus): Promise<Speaker> {
  const newRole = (personId: string) =>
    input.roleTitle && (input.speakerKind === 'newPerson' || input.roleId === NEW_ROLE)
      ? tx.role.create({ data: { personId, title: input.roleTitle, organizationId: input.roleOrganizationId ?? null, status }, select: { id: true } })
      : null;
  if (input.speakerKind === 'organization') {
    const organization = await tx.organization.findUnique({ where: { id: input.organizationId! }, select: { id: true } });
    if (!organization) throw new FieldError<QuotedStatementField>('organizationId', 'not_found', 'This organization does not exist.');
    return { speakerOrganizationId: organization.id };
  }
  if (input.speakerKind === 'newPerson') {
    const slug = slugify(input.newPersonName!);
    if (await tx.person.findUnique({ where: { slug }, select: { id: true } })) {
      throw new FieldError<QuotedStatementField>('newPersonName', 'conflict', 'Someone of this name is on record already: choose them under "A person on record".');
    }
    const person = await tx.person.create({ data: { slug, name: input.newPersonName!, description: input.newPersonDescription ?? '', status }, select: { id: true } });
    return { speakerPersonId: person.id, roleId: (await newRole(person.id))?.id ?? null };
  }
  const person = await tx.person.findUnique({ where: { id: input.personId!, ...published }, select: { id: true, roles: { where: published, select: { id: true } } } });
  if (!person) throw new FieldError<QuotedStatementField>('personId', 'not_found', 'This person is not on record.');
  if (input.roleId && input.roleId !== NEW_ROLE && !person.roles.some((role) => role.id === input.roleId)) {
    throw new FieldError<QuotedStatementField>('roleId', 'conflict', 'This role is not one of this person\'s.');
  }
  const role = await newRole(person.id);
  return { speakerPersonId: person.id, roleId: role?.id ?? (input.roleId && input.roleId !== NEW_ROLE ? input.roleId : null) };
}

/**
 * Writes the speaker (when new), the source and the statement with `status` (the rows a
 * contributor's proposal brings wait for review with it). `span` comes from checkQuotedStatement.
 */
export async function writeQuotedStatement(
  tx: Transaction,
  { input, span, status, actor }: { input: QuotedStatementInput; span: QuoteSpan | null; status: PublicationStatus; actor: Actor },
): Promise<{ statementId: string }> {
  const speaker = await resolveSpeaker(tx, input, status);
  const archiveSha256 = sha256Hex(input.sourceText);
  if (await tx.source.findUnique({ where: { archiveSha256 }, select: { id: true } })) {
    throw new FieldError<QuotedStatementField>('sourceText', 'conflict', 'This exact text is archived already as another source.');
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
      saidOn: input.saidOn ? parseIsoDay(input.saidOn) : null,
      quoteStart: span?.start ?? null, quoteEnd: span?.end ?? null, unverifiedReason: span ? null : input.unverifiedReason!,
    },
    select: { id: true },
  });
  await recordCreated(tx, statementEntity, { id: statement.id, actor });
  return { statementId: statement.id };
}

/** A proposal's write failure a person can act on, as an AppError; anything else unchanged. */
export function proposalWriteError(error: unknown): unknown {
  // A foreign key that no longer holds (an organization removed meanwhile, a forged id).
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
    return new AppError('not_found', 'Something chosen in the form no longer exists. Check the speaker and the role.');
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    return new AppError('conflict', 'Someone saved the same person or source a moment ago. Submit again to see what changed.');
  }
  return error;
}

/**
 * Publishes or rejects, with the proposal, the rows a statement brought: its source, and its new
 * speaker and role. Rows already published stay as they are.
 */
export async function decideQuotedStatement(tx: Transaction, statementId: string, status: 'PUBLISHED' | 'REJECTED') {
  const statement = await tx.statement.findUniqueOrThrow({ where: { id: statementId }, select: { sourceId: true, speakerPersonId: true, roleId: true } });
  const pending = { status: 'SUBMITTED' } as const;
  await tx.source.updateMany({ where: { id: statement.sourceId, ...pending }, data: { status } });
  if (statement.speakerPersonId) await tx.person.updateMany({ where: { id: statement.speakerPersonId, ...pending }, data: { status } });
  if (statement.roleId) await tx.role.updateMany({ where: { id: statement.roleId, ...pending }, data: { status } });
}
