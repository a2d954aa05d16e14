import Link from 'next/link';
import { routes } from '@/lib/routes';

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p>
        We could not find what you were looking for. The claim or source may have been renamed, or the link may be
        mistyped.
      </p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href={routes.claims()}>Browse all claims</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
