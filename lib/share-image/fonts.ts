import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readWoffCoverage } from './font-coverage';
import { SHARE_IMAGE_FONT_SUBSETS as SUBSETS, SHARE_IMAGE_FONT_WEIGHTS as WEIGHTS } from './font-files';

// The share image's fonts (which, and why: ./font-files.ts), from their npm packages. The folder is
// written out here, beside the read, so that the build traces it into a standalone server.
const FONT_DIR = path.join(process.cwd(), 'node_modules', '@fontsource');

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
