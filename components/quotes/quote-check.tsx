'use client';

import { quoteExcerpt } from '@/lib/domain/quote-excerpt';
import { locateQuote } from '@/lib/domain/quote-match';
import { QuoteExcerptText } from './quote-excerpt-text';

/**
 * The verbatim check as the contributor types: whether the quote stands in the source text (the
 * pasted one, or the archived text of a source on record), and the words around it. The same pure
 * locateQuote the server saves with, so what this says is what will be stored.
 */
type Props = {
  id: string;
  quote: string;
  sourceText: string;
  /** What to say while there is no source text to check against yet. */
  waitingMessage?: string;
};

export function QuoteCheck({
  id,
  quote,
  sourceText,
  waitingMessage = 'Paste the source text and type the quote to check that it is verbatim.',
}: Props) {
  const span = quote.trim() && sourceText.trim() ? locateQuote(sourceText, quote) : null;
  const excerpt = span ? quoteExcerpt(sourceText, span) : null;
  return (
    <div id={id} role="status" aria-live="polite" className="rounded border border-stone-300 bg-stone-50 p-3 text-sm">
      {!quote.trim() || !sourceText.trim() ? (
        <p>{waitingMessage}</p>
      ) : excerpt && span ? (
        <>
          <p className="font-semibold text-green-900">
            Found verbatim in the source text, at character {span.start + 1}.
          </p>
          <p className="mt-1">
            <QuoteExcerptText excerpt={excerpt} />
          </p>
        </>
      ) : (
        <p className="font-semibold text-red-900">
          Not found verbatim in the source text. Copy the quote exactly as the source has it; only an editor may save it
          otherwise, with a reason.
        </p>
      )}
    </div>
  );
}
