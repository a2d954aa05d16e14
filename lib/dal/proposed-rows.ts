import 'server-only';
import type { Transaction } from '../db';

// The person, role and source that a proposal's statement uses share the proposal's fate while
// they await review: published with it, rejected with it. A proposal may use rows that another
// pending proposal of the same contributor brought (lib/dal/proposal-lookups.ts), so rejecting
// one leaves waiting whatever another pending proposal still uses.

type StatementRows = { sourceId: string; speakerPersonId: string | null; roleId: string | null };

const usedByAnotherPendingProposal = { statements: { some: { rebuttals: { some: { status: 'SUBMITTED' } } } } } as const;

/** Call after the deciding rebuttal's own status is written, so that it no longer counts as pending. */
export async function settleProposedRows(tx: Transaction, { sourceId, speakerPersonId, roleId }: StatementRows, status: 'PUBLISHED' | 'REJECTED') {
  // Rows already published stay as they are.
  const awaiting = status === 'PUBLISHED' ? { status: 'SUBMITTED' as const } : { status: 'SUBMITTED' as const, NOT: usedByAnotherPendingProposal };
  await tx.source.updateMany({ where: { id: sourceId, ...awaiting }, data: { status } });
  if (speakerPersonId) await tx.person.updateMany({ where: { id: speakerPersonId, ...awaiting }, data: { status } });
  if (roleId) await tx.role.updateMany({ where: { id: roleId, ...awaiting }, data: { status } });
}
