import type { Stance } from '@/lib/generated/prisma/enums';
import { stanceDefinition } from '@/lib/domain/stances';

export function StanceBadge({ stance }: { stance: Stance }) {
  const { label, definition } = stanceDefinition(stance);
  return (
    <span
      className="inline-block rounded-full border border-stone-400 px-2 py-0.5 text-xs font-semibold uppercase tracking-wide text-stone-800"
      title={definition}
    >
      <span className="sr-only">Stance: </span>
      {label}
    </span>
  );
}
