import 'server-only';
import { assertCan, type Actor } from '../auth/permissions';
import { db, type Transaction } from '../db';
import { decodeCursor, encodeCursor } from '../domain/cursor';
import { momentCursor } from '../validation/cursors';
import type { Prisma } from '../generated/prisma/client';
import type { AuditEventKind } from '../generated/prisma/enums';

// The audit log: sign-ins, role changes, and later publications. Rows are only ever added (a
// trigger refuses UPDATE and DELETE), each in the same transaction as the change it records, so
// a change without its audit row, or the reverse, cannot exist.

export type AuditEventInput = {
  kind: AuditEventKind;
  actorId?: string | null;
  subjectUserId?: string | null;
  email?: string | null;
  ip?: string | null;
  detail?: Prisma.InputJsonObject;
};

/** Writes one audit row inside the caller's transaction. */
export function recordAuditEvent(tx: Transaction, event: AuditEventInput) {
  return tx.auditEvent.create({ data: { ...event, detail: event.detail ?? {} } });
}

export const AUDIT_PAGE_SIZE = 50;

const personSelect = { select: { email: true, name: true } } as const;

/** Newest first, cut by keyset on (createdAt, id). Admins only. */
export async function listAuditEvents(
  { cursor }: { cursor?: string },
  actor: Actor | null,
  pageSize = AUDIT_PAGE_SIZE,
) {
  assertCan(actor, 'audit.read');
  const after = decodeCursor(cursor, momentCursor);
  const where = after
    ? {
        OR: [
          { createdAt: { lt: new Date(after.createdAt) } },
          { createdAt: new Date(after.createdAt), id: { lt: after.id } },
        ],
      }
    : {};
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: pageSize + 1,
    select: {
      id: true,
      kind: true,
      email: true,
      ip: true,
      detail: true,
      createdAt: true,
      actor: personSelect,
      subject: personSelect,
    },
  });
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > pageSize && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : undefined,
  };
}
