import Link from 'next/link';

// What a signed-in account whose role lacks a page's permission sees, with HTTP status 403
// (forbidden() in lib/auth/page-guard.ts).
export default function Forbidden() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">Not allowed</h1>
      <p>Your account&apos;s role does not give access to this page. Ask an admin if you need it.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <Link href="/claims">Browse all claims</Link>
        </li>
        <li>
          <Link href="/">Go to the home page</Link>
        </li>
      </ul>
    </div>
  );
}
