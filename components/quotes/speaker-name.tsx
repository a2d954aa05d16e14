import Link from 'next/link';
import type { StatementView } from '@/lib/dal/statement-view';

/** Who spoke, linked to their page when they have one. */
export function SpeakerName({
  statement,
  className,
}: {
  statement: Pick<StatementView, 'speakerName' | 'speakerHref'>;
  className?: string;
}) {
  if (!statement.speakerHref) return <span className={className}>{statement.speakerName}</span>;
  return (
    <Link href={statement.speakerHref} className={className}>
      {statement.speakerName}
    </Link>
  );
}
