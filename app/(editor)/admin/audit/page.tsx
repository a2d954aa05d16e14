import type { Metadata } from 'next';
import { Fragment } from 'react';
import { PageLinks } from '@/components/layout/page-links';
import { editorPage, requirePermission } from '@/lib/auth/page-guard';
import { listAuditEvents } from '@/lib/dal/audit';
import { AUDIT_EVENT_LABELS, describeAuditDetail } from '@/lib/domain/audit-events';
import { displayTimestamp } from '@/lib/domain/dates';
import { parsePageCursor } from '@/lib/validation/page-cursor';
import { routes } from '@/lib/routes';

export const metadata: Metadata = { title: 'Audit log' };

const person = (who: { name: string; email: string } | null) => (who ? `${who.name} (${who.email})` : undefined);

export default editorPage(async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission('audit.read', routes.auditLog());
  const cursor = parsePageCursor(await searchParams);
  const { items, nextCursor } = await listAuditEvents({ cursor }, user);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Audit log</h1>
      <p>
        Sign-ins, sign-outs, password changes and account changes, newest first. Entries are never changed or removed.
      </p>
      {items.length === 0 ? <p>No events yet.</p> : null}
      <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {items.map((event) => {
          const at = displayTimestamp(event.createdAt);
          const actor = person(event.actor);
          const subject = person(event.subject);
          return (
            <li key={event.id} className="space-y-1 p-3">
              <p>
                <strong>{AUDIT_EVENT_LABELS[event.kind]}</strong>{' '}
                <time dateTime={at.iso} className="text-sm text-stone-700">
                  {at.label}
                </time>
              </p>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                {actor ? (
                  <>
                    <dt className="font-medium">By</dt>
                    <dd>{actor}</dd>
                  </>
                ) : null}
                {subject && subject !== actor ? (
                  <>
                    <dt className="font-medium">Account</dt>
                    <dd>{subject}</dd>
                  </>
                ) : null}
                {event.email && !subject ? (
                  <>
                    <dt className="font-medium">Email tried</dt>
                    <dd>{event.email}</dd>
                  </>
                ) : null}
                {event.ip ? (
                  <>
                    <dt className="font-medium">IP</dt>
                    <dd>{event.ip}</dd>
                  </>
                ) : null}
                {describeAuditDetail(event.detail).map((line) => (
                  <Fragment key={line}>
                    <dt className="font-medium">Detail</dt>
                    <dd>{line}</dd>
                  </Fragment>
                ))}
              </dl>
            </li>
          );
        })}
      </ol>
      <PageLinks
        label="Audit log pages"
        firstHref={routes.auditLog()}
        nextHref={nextCursor ? routes.auditLog(nextCursor) : undefined}
        isFirstPage={!cursor}
      />
    </div>
  );
});
