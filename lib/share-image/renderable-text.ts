import { collapseWhiteSpace } from '../domain/truncate';

// Keeps out of the share image every character its fonts cannot draw. next/og fetches a font
// from Google Fonts for a character the fonts lack and an emoji image from a CDN, and the image
// must render with no network at all; a reader sees the full quote on the page anyway.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
// next/og draws anything that looks like an emoji as a downloaded picture, whatever the fonts.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u{FE0F}|\u{20E3}/u;
const REPLACEMENT_CHARACTER = 0xfffd;

export type RenderableText = {
  text: string;
  /** False when some character had to be replaced or left out. */
  complete: boolean;
};

export function toRenderableText(text: string, hasGlyph: (codePoint: number) => boolean): RenderableText {
  // NFC first: "e" + combining acute becomes "é", which the fonts have as one glyph.
  const normalized = collapseWhiteSpace(text.normalize('NFC'));
  let complete = true;
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(normalized)) {
    const drawable =
      !EMOJI.test(segment) && Array.from(segment).every((character) => hasGlyph(character.codePointAt(0) ?? 0));
    if (drawable) {
      kept.push(segment);
      continue;
    }
    complete = false;
    if (!EMOJI.test(segment) && hasGlyph(REPLACEMENT_CHARACTER)) kept.push(String.fromCodePoint(REPLACEMENT_CHARACTER));
  }
  return { text: collapseWhiteSpace(kept.join('')), complete };
}
