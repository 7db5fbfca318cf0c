// The one glyph a face draws —— with: in the Noto CJK faces a ligature of the glyph composition
// feature (ccmp) joins two U+2014 into one dash glyph, and the full-width feature (fwid) replaces
// that with its 2-em form. Asking fontkit's shaper for it parsed the whole GSUB and GPOS of the face (tens of ms
// per face on every export), so the two lookup types involved are read here straight from GSUB.
import type { SfntReader } from './sfnt-reader';

const LIGATURE = 4;
const SINGLE = 1;
const EXTENSION = 7;

/** Index of a glyph in a coverage table, or -1. */
function coverageIndex(gsub: DataView, at: number, glyph: number): number {
  const format = gsub.getUint16(at);
  const count = gsub.getUint16(at + 2);
  for (let index = 0; index < count; index += 1) {
    if (format === 1 && gsub.getUint16(at + 4 + 2 * index) === glyph) return index;
    if (format === 2) {
      const record = at + 4 + 6 * index;
      const start = gsub.getUint16(record);
      if (glyph >= start && glyph <= gsub.getUint16(record + 2)) return gsub.getUint16(record + 4) + glyph - start;
    }
  }
  return -1;
}

/** Subtables of the lookups of every feature with the tag, as [type, offset], extensions resolved. */
function featureSubtables(gsub: DataView, tag: string): Array<[number, number]> {
  const features = gsub.getUint16(6);
  const lookups = gsub.getUint16(8);
  const indices = new Set<number>();
  for (let index = 0; index < gsub.getUint16(features); index += 1) {
    const record = features + 2 + 6 * index;
    const name = String.fromCharCode(
      gsub.getUint8(record),
      gsub.getUint8(record + 1),
      gsub.getUint8(record + 2),
      gsub.getUint8(record + 3),
    );
    if (name !== tag) continue;
    const feature = features + gsub.getUint16(record + 4);
    for (let k = 0; k < gsub.getUint16(feature + 2); k += 1) indices.add(gsub.getUint16(feature + 4 + 2 * k));
  }
  const subtables: Array<[number, number]> = [];
  for (const lookupIndex of [...indices].sort((a, b) => a - b)) {
    const lookup = lookups + gsub.getUint16(lookups + 2 + 2 * lookupIndex);
    const type = gsub.getUint16(lookup);
    for (let k = 0; k < gsub.getUint16(lookup + 4); k += 1) {
      const subtable = lookup + gsub.getUint16(lookup + 6 + 2 * k);
      if (type === EXTENSION) subtables.push([gsub.getUint16(subtable + 2), subtable + gsub.getUint32(subtable + 4)]);
      else subtables.push([type, subtable]);
    }
  }
  return subtables;
}

/** The ligature that replaces exactly `first, second`, or undefined. */
function ligatureOf(gsub: DataView, subtable: number, first: number, second: number): number | undefined {
  if (gsub.getUint16(subtable) !== 1) return undefined;
  const index = coverageIndex(gsub, subtable + gsub.getUint16(subtable + 2), first);
  if (index < 0 || index >= gsub.getUint16(subtable + 4)) return undefined;
  const set = subtable + gsub.getUint16(subtable + 6 + 2 * index);
  for (let k = 0; k < gsub.getUint16(set); k += 1) {
    const ligature = set + gsub.getUint16(set + 2 + 2 * k);
    if (gsub.getUint16(ligature + 2) === 2 && gsub.getUint16(ligature + 4) === second) return gsub.getUint16(ligature);
  }
  return undefined;
}

/** The single substitute of a glyph, or undefined. */
function substituteOf(gsub: DataView, subtable: number, glyph: number): number | undefined {
  const format = gsub.getUint16(subtable);
  const index = coverageIndex(gsub, subtable + gsub.getUint16(subtable + 2), glyph);
  if (index < 0) return undefined;
  if (format === 1) return (glyph + gsub.getInt16(subtable + 4)) & 0xffff;
  if (format === 2 && index < gsub.getUint16(subtable + 4)) return gsub.getUint16(subtable + 6 + 2 * index);
  return undefined;
}

/** The glyph id of —— as one stroke (ccmp or liga, then fwid), or undefined when the face has none. */
export function twoEmDashGlyphId(reader: SfntReader): number | undefined {
  const gsub = reader.table('GSUB');
  const dash = reader.glyphId(0x2014);
  if (gsub === undefined || dash === 0) return undefined;
  let glyph: number | undefined;
  for (const [type, subtable] of [...featureSubtables(gsub, 'ccmp'), ...featureSubtables(gsub, 'liga')]) {
    if (type === LIGATURE) glyph = ligatureOf(gsub, subtable, dash, dash);
    if (glyph !== undefined) break;
  }
  if (glyph === undefined) return undefined;
  for (const [type, subtable] of featureSubtables(gsub, 'fwid')) {
    const wide = type === SINGLE ? substituteOf(gsub, subtable, glyph) : undefined;
    if (wide !== undefined) return wide;
  }
  return glyph;
}
