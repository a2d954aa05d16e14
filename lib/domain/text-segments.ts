// Splits a text into runs for highlighting: each run carries the highlights that cover it, so
// overlapping quotes (one inside another) still render as nested-free, contiguous runs.

export type Highlight<T> = { start: number; end: number; value: T };
export type TextSegment<T> = { start: number; text: string; highlights: T[] };

export function segmentText<T>(text: string, highlights: readonly Highlight<T>[]): TextSegment<T>[] {
  const valid = highlights.filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end);
  const boundaries = [...new Set([0, text.length, ...valid.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const segments: TextSegment<T>[] = [];
  for (let i = 0; i < boundaries.length - 1; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    segments.push({
      start,
      text: text.slice(start, end),
      highlights: valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.value),
    });
  }
  return segments;
}
