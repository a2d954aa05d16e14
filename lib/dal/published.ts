import 'server-only';
import type { Prisma } from '../generated/prisma/client';

// What readers may see: the one definition of the public record for Prisma queries. Every public
// reader (pages, the API, feeds, exports, embeds, oEmbed, share images, search, filter lists,
// history) filters with these fragments and nothing of its own, so a row waiting for review
// (SUBMITTED), a rejected one (REJECTED) or a draft never reaches a reader. The raw-SQL reads
// (search, public-speakers, who-answered-whom, the claim lists' counts) write `status = 'published'`
// in SQL: grep for it alongside this file when that rule changes. e2e/canary.spec.ts proves the
// rule end to end. Soft-deleted rows need no condition of their own: a CHECK keeps them out of
// 'published' (see the revisions and versioned_records migrations). Organizations and topics have
// no review status: only editors make them, and they are public at once.

const published = { status: 'PUBLISHED' } as const;

/** A claim readers may see. */
export const publishedClaim = published satisfies Prisma.ClaimWhereInput;

/** A counter-statement readers may see: published, answering a published claim. */
export const publishedCounterStatement = {
  ...published,
  claim: publishedClaim,
} satisfies Prisma.CounterStatementWhereInput;

/** A further appearance of a claim readers may see: published, of a published claim. */
export const publishedClaimAppearance = {
  ...published,
  claim: publishedClaim,
} satisfies Prisma.ClaimAppearanceWhereInput;

/** A statement readers may see: the statement of a published claim, a published answer to one, or a published repetition of one. */
export const publicStatement = {
  OR: [
    { claim: publishedClaim },
    { counterStatements: { some: publishedCounterStatement } },
    { claimAppearances: { some: publishedClaimAppearance } },
  ],
} satisfies Prisma.StatementWhereInput;

/** A person on the public record (a proposal's new speaker waits for review with it). */
export const publishedPerson = published satisfies Prisma.PersonWhereInput;

/** A role on the public record: a proposal may bring a new role for a person already public. */
export const publishedRole = { ...published, person: publishedPerson } satisfies Prisma.RoleWhereInput;

/** A source readers may see: on the public record, and quoted by something public. */
export const publishedSource = {
  ...published,
  statements: { some: publicStatement },
} satisfies Prisma.SourceWhereInput;
