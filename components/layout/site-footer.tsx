import Link from 'next/link';
import { routes } from '@/lib/routes';

export function SiteFooter() {
  return (
    <footer className="border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-3xl px-4 py-6 text-sm text-stone-700">
        <p>
          Every quote on Countercheck is checked word for word against an archived copy of its source. Read how we rate
          claims in our <Link href={routes.methodology()}>methodology</Link>, and what we corrected in our{' '}
          <Link href={routes.corrections()}>corrections log</Link>. Reuse what we publish: see{' '}
          <Link href={routes.data()}>data and API</Link>.
        </p>
      </div>
    </footer>
  );
}
