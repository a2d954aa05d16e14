// Shortens text for places with a fixed budget (a share image, a link preview's description)
// without cutting a word, an accented letter or an emoji in half.

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Collapses runs of white space (line breaks included) to single spaces. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The text with white space collapsed, cut to at most `maxLength` user-perceived characters
 * (grapheme clusters) including a closing ellipsis. The cut falls at the last space before the
 * limit, unless that would drop more than a third of the budget (one very long word), and
 * trailing punctuation before the ellipsis is dropped.
 */
export function truncateText(text: string, maxLength: number): string {
  if (maxLength < 1) throw new RangeError('maxLength must be at least 1');
  const clusters = Array.from(graphemes.segment(collapseWhiteSpace(text)), ({ segment }) => segment);
  if (clusters.length <= maxLength) return clusters.join('');
  const kept = clusters.slice(0, maxLength - 1);
  const endsAtWordBoundary = clusters[kept.length] === ' ';
  const lastSpace = kept.lastIndexOf(' ');
  const cut = endsAtWordBoundary || lastSpace < (maxLength * 2) / 3 ? kept : kept.slice(0, lastSpace);
  return cut.join('').replace(/[\s,;:.\-–—]+$/u, '') + ELLIPSIS;
}
