import type { ReactNode } from 'react';

/** A page's header: what kind of page it is (a small label), its title, and what follows them. */
export function PageHeader({ eyebrow, title, children }: { eyebrow: string; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-stone-700">{eyebrow}</p>
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
    </header>
  );
}
