import 'server-only';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '../db';
import { publicStatement, publishedClaim, publishedCounterStatement, publishedSource } from './published';
import { counterStatementHref } from '../domain/counter-statement-groups';
import { displayDate } from '../domain/dates';
import type { SourceReference } from './statement-view';
import { routes } from '../routes';

// Reads of a source with its archived text, and where each quote taken from it sits in that text.

export type QuoteLink = {
  claimSlug: string;
  claimSummary: string;
  /** null when the quote is the claim itself */
  counterStatementId: string | null;
  /** Where the quote stands: the claim page, at the counter-statement's anchor. */
  href: string;
};

export type SourceQuote = {
  statementId: string;
  speakerName: string;
  start: number;
  end: number;
  /** The published claims this quote is, or answers. */
  links: QuoteLink[];
};

export type SourceDetail = SourceReference & {
  language: string;
  provenanceNote: string | null;
  archiveText: string;
  archiveSha256: string;
  archivedAt: Date;
  quotes: SourceQuote[];
};

const sourceId = z.uuid();

export const getSourceByIdOrNull = cache(async (id: string): Promise<SourceDetail | null> => {
  // The id comes from the URL: anything that is not a UUID cannot name a source.
  if (!sourceId.safeParse(id).success) return null;
  const row = await db.source.findUnique({
    // A source brought by a submission awaiting review is not on the public record yet, and one
    // that nothing public quotes (any more) is not shown either.
    where: { id, ...publishedSource },
    select: {
      id: true,
      kind: true,
      outlet: true,
      title: true,
      url: true,
      publishedOn: true,
      language: true,
      provenanceNote: true,
      archiveText: true,
      archiveSha256: true,
      archivedAt: true,
      statements: {
        // The quotes of proposals awaiting review, or rejected, are no reader's business: not their
        // speaker, nor even where they sit in the text.
        where: { AND: [publicStatement, { quoteStart: { not: null } }] },
        orderBy: { quoteStart: 'asc' },
        select: {
          id: true,
          quoteStart: true,
          quoteEnd: true,
          speakerPerson: { select: { name: true } },
          speakerOrganization: { select: { name: true } },
          claim: { where: publishedClaim, select: { slug: true, summary: true } },
          counterStatements: {
            where: publishedCounterStatement,
            select: { id: true, claim: { select: { slug: true, summary: true, counterStatementCount: true } } },
          },
        },
      },
    },
  });
  if (!row) return null;
  const quotes = row.statements.map((statement) => ({
    statementId: statement.id,
    speakerName: statement.speakerPerson?.name ?? statement.speakerOrganization?.name ?? 'Unknown speaker',
    // Only verified statements are selected, so both ends are set.
    start: statement.quoteStart!,
    end: statement.quoteEnd!,
    links: [
      ...(statement.claim
        ? [
            {
              claimSlug: statement.claim.slug,
              claimSummary: statement.claim.summary,
              counterStatementId: null,
              href: routes.claim(statement.claim.slug),
            },
          ]
        : []),
      ...statement.counterStatements.map((counterStatement) => ({
        claimSlug: counterStatement.claim.slug,
        claimSummary: counterStatement.claim.summary,
        counterStatementId: counterStatement.id,
        href: counterStatementHref({ counterStatementId: counterStatement.id, claim: counterStatement.claim }),
      })),
    ],
  }));
  const { statements: _statements, publishedOn, ...source } = row;
  return { ...source, publishedOn: publishedOn ? displayDate(publishedOn) : null, quotes };
});
