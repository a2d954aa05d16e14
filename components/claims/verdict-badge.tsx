import type { Verdict } from '@/lib/generated/prisma/enums';
import { verdictDefinition } from '@/lib/domain/verdicts';

// Colour only reinforces the label, which is always written out.
const tones: Record<Verdict, string> = {
  FALSE: 'bg-red-100 text-red-900 border-red-300',
  MOSTLY_FALSE: 'bg-orange-100 text-orange-900 border-orange-300',
  MIXED: 'bg-yellow-100 text-yellow-900 border-yellow-400',
  MOSTLY_TRUE: 'bg-lime-100 text-lime-900 border-lime-400',
  TRUE: 'bg-green-100 text-green-900 border-green-400',
  UNRATED: 'bg-stone-100 text-stone-800 border-stone-300',
};

/** `announce` prefixes "Verdict:" for screen readers where nothing around the badge says so. */
export function VerdictBadge({
  verdict,
  size = 'small',
  announce = true,
}: {
  verdict: Verdict;
  size?: 'small' | 'large';
  announce?: boolean;
}) {
  const sizing = size === 'large' ? 'px-3 py-1 text-base' : 'px-2 py-0.5 text-xs';
  return (
    <span className={`inline-block rounded border font-semibold uppercase tracking-wide ${sizing} ${tones[verdict]}`}>
      {announce ? <span className="sr-only">Verdict: </span> : null}
      {verdictDefinition(verdict).label}
    </span>
  );
}
