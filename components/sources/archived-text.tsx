import Link from 'next/link';
import type { SourceQuote } from '@/lib/dal/sources';
import { segmentText } from '@/lib/domain/text-segments';
import { quoteAnchor } from '@/lib/routes';

/**
 * The archived text exactly as captured, with every quote taken from it highlighted. Each quote
 * starts with an anchor (#quote-<statement id>) and links to the claim it is, or answers.
 */
export function ArchivedText({ text, quotes }: { text: string; quotes: SourceQuote[] }) {
  const segments = segmentText(
    text,
    quotes.map((quote) => ({ start: quote.start, end: quote.end, value: quote })),
  );
  return (
    <div className="whitespace-pre-wrap break-words rounded-lg border border-stone-200 bg-white p-4 font-serif leading-relaxed">
      {segments.map((segment) => {
        const quote = segment.highlights[0];
        if (!quote) return <span key={segment.start}>{segment.text}</span>;
        const startsHere = segment.highlights.filter((highlight) => highlight.start === segment.start);
        const link = quote.links[0];
        const href = link?.href ?? null;
        return (
          <mark key={segment.start} className="bg-amber-100 text-stone-900" title={`Quoted: ${quote.speakerName}`}>
            {startsHere.map((highlight) => (
              <span key={highlight.statementId} id={quoteAnchor(highlight.statementId)} className="scroll-mt-4" />
            ))}
            {href ? <Link href={href}>{segment.text}</Link> : segment.text}
          </mark>
        );
      })}
    </div>
  );
}
