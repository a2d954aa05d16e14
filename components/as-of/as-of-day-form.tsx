// A page's record as of a day is asked for with ?asOf=, which proxy.ts serves from the day's own
// cached page (lib/proxy/claim-as-of.ts, lib/proxy/timeline-cursor.ts); a claim page's only for a
// document request, and a client-side navigation would be answered by today's page, which reads no
// query. So this is a plain GET form, not next/form: its submission is a document request, and it
// works without JavaScript.

/** The day picker of a page as of a day: `action` is today's page, `day` the day shown first. */
export function AsOfDayForm({ action, day }: { action: string; day: string }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3">
      <p className="flex flex-col gap-1">
        <label htmlFor="as-of-day" className="font-medium">
          Show the record as of
        </label>
        <input
          id="as-of-day"
          name="asOf"
          type="date"
          required
          min="1000-01-01"
          defaultValue={day}
          className="rounded border border-stone-500 px-2 py-1"
        />
      </p>
      <button type="submit" className="rounded border border-stone-700 bg-stone-800 px-4 py-2 font-medium text-white">
        Show
      </button>
    </form>
  );
}
