import { inflateSync } from 'node:zlib';

// Which characters a font has glyphs for, read from its cmap table. The share image renderer
// (next/og) fetches a font from Google Fonts for any character the given fonts lack, and an
// emoji from a CDN: knowing the exact coverage lets us keep every such character out of the
// image, so rendering never touches the network.

const WOFF_SIGNATURE = 0x774f4646; // "wOFF"
const CMAP_TAG = 0x636d6170; // "cmap"
const WOFF_HEADER_LENGTH = 44;
const WOFF_TABLE_ENTRY_LENGTH = 20;

function cmapTable(woff: Uint8Array): DataView {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1.0 font');
  const tableCount = view.getUint16(12);
  for (let index = 0; index < tableCount; index++) {
    const entry = WOFF_HEADER_LENGTH + index * WOFF_TABLE_ENTRY_LENGTH;
    if (view.getUint32(entry) !== CMAP_TAG) continue;
    const offset = view.getUint32(entry + 4);
    const compressedLength = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    const stored = woff.subarray(offset, offset + compressedLength);
    // WOFF stores a table zlib-compressed only when that made it smaller.
    const table = compressedLength < length ? inflateSync(stored) : stored;
    return new DataView(table.buffer, table.byteOffset, table.byteLength);
  }
  throw new Error('The font has no cmap table');
}

function addFormat4(cmap: DataView, subtable: number, into: Set<number>) {
  const segmentCount = cmap.getUint16(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segmentCount * 2 + 2;
  const idDeltas = startCodes + segmentCount * 2;
  const idRangeOffsets = idDeltas + segmentCount * 2;
  for (let segment = 0; segment < segmentCount; segment++) {
    const start = cmap.getUint16(startCodes + segment * 2);
    const end = cmap.getUint16(endCodes + segment * 2);
    const delta = cmap.getInt16(idDeltas + segment * 2);
    const rangeOffsetAt = idRangeOffsets + segment * 2;
    const rangeOffset = cmap.getUint16(rangeOffsetAt);
    for (let codePoint = start; codePoint <= end && codePoint !== 0xffff; codePoint++) {
      const glyph =
        rangeOffset === 0 ? codePoint + delta : cmap.getUint16(rangeOffsetAt + rangeOffset + (codePoint - start) * 2);
      if ((glyph & 0xffff) !== 0) into.add(codePoint);
    }
  }
}

function addFormat12(cmap: DataView, subtable: number, into: Set<number>) {
  const groupCount = cmap.getUint32(subtable + 12);
  for (let group = 0; group < groupCount; group++) {
    const at = subtable + 16 + group * 12;
    const start = cmap.getUint32(at);
    const end = cmap.getUint32(at + 4);
    const firstGlyph = cmap.getUint32(at + 8);
    for (let codePoint = start; codePoint <= end; codePoint++) {
      if (firstGlyph + (codePoint - start) !== 0) into.add(codePoint);
    }
  }
}

/** The Unicode code points a WOFF 1.0 font maps to a glyph. */
export function readWoffCoverage(woff: Uint8Array): Set<number> {
  const cmap = cmapTable(woff);
  const covered = new Set<number>();
  const subtableCount = cmap.getUint16(2);
  for (let index = 0; index < subtableCount; index++) {
    const record = 4 + index * 8;
    const platform = cmap.getUint16(record);
    const encoding = cmap.getUint16(record + 2);
    // Unicode subtables only: platform 0 (Unicode), or platform 3 (Windows) with encoding 1 (BMP)
    // or 10 (full repertoire). A font may carry several; their union is its coverage.
    if (platform !== 0 && !(platform === 3 && (encoding === 1 || encoding === 10))) continue;
    const subtable = cmap.getUint32(record + 4);
    const format = cmap.getUint16(subtable);
    if (format === 4) addFormat4(cmap, subtable, covered);
    else if (format === 12) addFormat12(cmap, subtable, covered);
  }
  if (covered.size === 0) throw new Error('The font has no Unicode cmap subtable of format 4 or 12');
  return covered;
}
