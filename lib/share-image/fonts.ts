import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWoffCoverage } from './font-coverage';

// The share image's fonts, shipped with the project as npm packages (both SIL Open Font
// License): Noto Sans for Latin, including the Latin Extended letters of Turkish and Kurdish
// (ğ, ş, ê, î, û), and Vazirmatn for Arabic script, including Sorani Kurdish (ڕ, ڵ, ێ, ۆ, ە).
// Noto Sans Arabic is not used: its GSUB table makes next/og's shaper throw ("lookupType: 5 -
// substFormat: 3 is not yet supported"). Satori takes WOFF, not WOFF2. Each subset gets its own
// family name because satori keeps one font per name and weight, falling back across names.

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource');

const SUBSETS = [
  { family: 'Noto Sans', file: (weight: number) => `noto-sans/files/noto-sans-latin-${weight}-normal.woff` },
  {
    family: 'Noto Sans Latin Ext',
    file: (weight: number) => `noto-sans/files/noto-sans-latin-ext-${weight}-normal.woff`,
  },
  { family: 'Vazirmatn', file: (weight: number) => `vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff` },
] as const;

const WEIGHTS = [400, 700] as const;

export type ShareImageFont = { name: string; data: Buffer; weight: (typeof WEIGHTS)[number]; style: 'normal' };

// Read once per server process: the files never change while it runs.
export const SHARE_IMAGE_FONTS: ShareImageFont[] = SUBSETS.flatMap((subset) =>
  WEIGHTS.map((weight) => ({
    name: subset.family,
    data: readFileSync(path.join(FONT_DIR, subset.file(weight))),
    weight,
    style: 'normal' as const,
  })),
);

/** The CSS font-family list for the image, in fallback order. */
export const SHARE_IMAGE_FONT_FAMILY = SUBSETS.map((subset) => `'${subset.family}'`).join(', ');

// A character counts as drawable only if some font draws it at every weight the image uses.
const coverageByWeight = WEIGHTS.map(
  (weight) =>
    new Set(
      SHARE_IMAGE_FONTS.filter((font) => font.weight === weight).flatMap((font) => [...readWoffCoverage(font.data)]),
    ),
);
const coverage = new Set(
  [...(coverageByWeight[0] ?? [])].filter((codePoint) =>
    coverageByWeight.every((weightCoverage) => weightCoverage.has(codePoint)),
  ),
);

/** True when the shipped fonts draw this character, at every weight the image uses. */
export function hasGlyph(codePoint: number): boolean {
  return coverage.has(codePoint);
}
