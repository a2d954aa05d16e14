// Which font files the share image draws with, as paths inside node_modules/@fontsource: read by
// lib/share-image/fonts.ts, and named by the standalone build's check (scripts/standalone/build-files.ts),
// which must find them traced into .next/standalone without reading them.
//
// Both SIL Open Font License: Noto Sans for Latin, including the Latin Extended letters of Turkish
// and Kurdish (ğ, ş, ê, î, û), and Vazirmatn for Arabic script, including Sorani Kurdish (ڕ, ڵ, ێ,
// ۆ, ە). Noto Sans Arabic is not used: its GSUB table makes next/og's shaper throw ("lookupType: 5 -
// substFormat: 3 is not yet supported"). Satori takes WOFF, not WOFF2. Each subset gets its own
// family name because satori keeps one font per name and weight, falling back across names.

export const SHARE_IMAGE_FONT_SUBSETS = [
  { family: 'Noto Sans', file: (weight: number) => `noto-sans/files/noto-sans-latin-${weight}-normal.woff` },
  {
    family: 'Noto Sans Latin Ext',
    file: (weight: number) => `noto-sans/files/noto-sans-latin-ext-${weight}-normal.woff`,
  },
  { family: 'Vazirmatn', file: (weight: number) => `vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff` },
] as const;

export const SHARE_IMAGE_FONT_WEIGHTS = [400, 700] as const;

/** Every file the share image reads, relative to node_modules/@fontsource. */
export const shareImageFontFiles = (): string[] =>
  SHARE_IMAGE_FONT_SUBSETS.flatMap((subset) => SHARE_IMAGE_FONT_WEIGHTS.map((weight) => subset.file(weight)));
