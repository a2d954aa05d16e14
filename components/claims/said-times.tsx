import { spanEnds, timesSaid, type AppearanceSpan } from '@/lib/domain/appearances';

/** "Said 3 times, December 2018 to February 2019", each end a <time>; nothing for a claim said once. */
export function SaidTimes({ span, className }: { span: AppearanceSpan; className?: string }) {
  if (span.count < 2) return null;
  const ends = spanEnds(span);
  return (
    <p className={className}>
      Said {timesSaid(span)}
      {ends.map((end, index) => (
        <span key={end.iso}>
          {index === 0 ? ', ' : ' to '}
          <time dateTime={end.iso}>{end.label}</time>
        </span>
      ))}
    </p>
  );
}
