import { highlightMatches } from '@/lib/domain/highlight';

/** The text with the reader's search terms marked. */
export function HighlightedText({ text, query }: { text: string; query?: string }) {
  return highlightMatches(text, query).map((part, index) =>
    part.match ? (
      <mark key={index} className="bg-amber-200 text-inherit">
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
