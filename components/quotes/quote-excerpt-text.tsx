import type { QuoteExcerpt } from '@/lib/domain/quote-excerpt';

/** The words around a located quote, the quote itself highlighted. */
export function QuoteExcerptText({ excerpt }: { excerpt: QuoteExcerpt }) {
  return (
    <>
      {excerpt.cutBefore ? '… ' : ''}
      {excerpt.before}
      <mark className="bg-yellow-200">{excerpt.match}</mark>
      {excerpt.after}
      {excerpt.cutAfter ? ' …' : ''}
    </>
  );
}
