import Link from 'next/link';

/** "First page" and "Next page" links under a list that is cut by cursor; nothing when it fits one page. */
export function PageLinks({
  label,
  firstHref,
  nextHref,
  isFirstPage,
}: {
  label: string;
  firstHref: string;
  nextHref?: string;
  isFirstPage: boolean;
}) {
  if (isFirstPage && !nextHref) return null;
  return (
    <nav aria-label={label} className="flex justify-between gap-4 border-t border-stone-200 pt-4">
      {isFirstPage ? <span /> : <Link href={firstHref}>First page</Link>}
      {nextHref ? (
        <Link href={nextHref} rel="next">
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
