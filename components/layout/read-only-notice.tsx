import { primaryAnswers } from '@/lib/database-probe';

/**
 * On every editor's page while the primary database does not answer: the pages are read from a
 * replica, and a save is refused with everything typed kept (docs/failures.md). Nothing otherwise.
 */
export async function ReadOnlyNotice() {
  if (await primaryAnswers()) return null;
  return (
    <p role="status" className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950">
      <strong>Read-only for now:</strong> the database cannot save changes at the moment. You can read and type, but
      saving is refused until it is back; what you type is kept.
    </p>
  );
}
