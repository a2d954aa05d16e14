import Link from 'next/link';

/** Says which day a page as of a day shows (lib/domain/as-of.ts), and leads back to today's record. */
export function AsOfBanner({ dayLabel, todayHref }: { dayLabel: string; todayHref: string }) {
  return (
    <div className="space-y-1 rounded-lg border-2 border-sky-700 bg-sky-50 p-4">
      <p className="text-lg font-bold">The record as of {dayLabel}</p>
      <p>
        Only what was said by the end of that day, and the verdicts we had published by then.{' '}
        <Link href={todayHref} className="font-medium">
          See the record as of today
        </Link>
      </p>
    </div>
  );
}
