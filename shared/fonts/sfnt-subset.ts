// A TrueType subset of a face for the browser to draw the editor's text with: the glyphs of some
// code points (and .notdef), renumbered in code point order, with the tables a browser's font
// sanitiser requires (cmap, head, hhea, hmtx, maxp, name, OS/2, post, glyf, loca) and the hinting
// tables copied. Layout tables (GSUB, GPOS, BASE, vertical metrics) are left out: they name glyph
// ids, and the editor's horizontal CJK copy needs none of them. Pure: the caller hands the tables
// and the glyph records.
import { componentIdOffsets, componentIds } from './glyph-components';
import type { SfntReader } from './sfnt-reader';
import { writeSfnt } from './sfnt-writer';

export interface SubsetSource {
  /** Reads cmap and hmtx of the face. */
  reader: SfntReader;
  /** The face's tables as stored (head, hhea, maxp, name, OS/2, post and any hinting tables). */
  tables: ReadonlyMap<string, Uint8Array>;
  /** A glyph's glyf record. */
  glyph(id: number): Uint8Array;
}

/** Copied unchanged when the face has them: they name no glyph ids. */
const COPIED = ['OS/2', 'name', 'gasp', 'prep', 'fpgm', 'cvt '];

function required(source: SubsetSource, tag: string): Uint8Array {
  const table = source.tables.get(tag);
  if (table === undefined) throw new Error(`font has no ${tag} table`);
  return table;
}

/** A copy of a table with some 16/32-bit fields set. */
function patched(table: Uint8Array, set: (view: DataView) => void): Uint8Array {
  const copy = table.slice();
  set(new DataView(copy.buffer));
  return copy;
}

/** Old glyph ids in the subset's order: .notdef, the code points' glyphs, then the components they place. */
export function subsetGlyphs(source: Pick<SubsetSource, 'reader' | 'glyph'>, codePoints: readonly number[]): number[] {
  const glyphs = [0];
  const seen = new Set([0]);
  const add = (id: number) => {
    if (seen.has(id) || id >= source.reader.numGlyphs) return;
    seen.add(id);
    glyphs.push(id);
  };
  for (const codePoint of codePoints) add(source.reader.glyphId(codePoint));
  for (let index = 0; index < glyphs.length; index += 1) for (const id of componentIds(source.glyph(glyphs[index]!))) add(id);
  return glyphs;
}

/** The subset of the face holding these code points (those it lacks are left out). */
export function subsetFont(source: SubsetSource, codePoints: readonly number[]): Uint8Array {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b).filter((codePoint) => source.reader.glyphId(codePoint) !== 0);
  const glyphs = subsetGlyphs(source, sorted);
  const newId = new Map(glyphs.map((id, index) => [id, index]));
  const count = glyphs.length;

  const records = glyphs.map((id) => {
    const record = source.glyph(id);
    const offsets = componentIdOffsets(record);
    if (offsets.length === 0) return record;
    return patched(record, (view) => {
      for (const at of offsets) view.setUint16(at, newId.get(view.getUint16(at)) ?? 0);
    });
  });
  const glyf = new Uint8Array(records.reduce((sum, record) => sum + ((record.length + 3) & ~3), 0));
  const loca = new DataView(new ArrayBuffer(4 * (count + 1)));
  let at = 0;
  records.forEach((record, index) => {
    loca.setUint32(4 * index, at);
    glyf.set(record, at);
    at += (record.length + 3) & ~3;
  });
  loca.setUint32(4 * count, at);

  const hmtx = new DataView(new ArrayBuffer(4 * count));
  glyphs.forEach((id, index) => {
    hmtx.setUint16(4 * index, source.reader.advance(id));
    hmtx.setInt16(4 * index + 2, source.reader.bearing(id));
  });

  const tables = new Map<string, Uint8Array>([
    ['head', patched(required(source, 'head'), (view) => view.setInt16(50, 1))],
    ['hhea', patched(required(source, 'hhea'), (view) => view.setUint16(34, count))],
    ['maxp', patched(required(source, 'maxp'), (view) => view.setUint16(4, count))],
    // Version 3: no glyph names, which would have to be renumbered too.
    ['post', patched(required(source, 'post').subarray(0, 32), (view) => view.setUint32(0, 0x00030000))],
    ['hmtx', new Uint8Array(hmtx.buffer)],
    ['loca', new Uint8Array(loca.buffer)],
    ['glyf', glyf],
    ['cmap', cmapTable(sorted.map((codePoint) => [codePoint, newId.get(source.reader.glyphId(codePoint)) ?? 0]))],
  ]);
  for (const tag of COPIED) {
    const table = source.tables.get(tag);
    if (table !== undefined) tables.set(tag, table);
  }
  return writeSfnt(tables);
}

/** Runs of consecutive code points mapped to consecutive glyph ids. */
function runs(pairs: ReadonlyArray<readonly [number, number]>): Array<{ start: number; end: number; glyph: number }> {
  const result: Array<{ start: number; end: number; glyph: number }> = [];
  for (const [codePoint, glyph] of pairs) {
    const last = result[result.length - 1];
    if (last !== undefined && codePoint === last.end + 1 && glyph === last.glyph + codePoint - last.start) last.end = codePoint;
    else result.push({ start: codePoint, end: codePoint, glyph });
  }
  return result;
}

/** cmap with a format 4 subtable (Windows BMP) and a format 12 one (Windows full repertoire). */
function cmapTable(pairs: ReadonlyArray<readonly [number, number]>): Uint8Array {
  const all = runs(pairs);
  const bmp = runs(pairs.filter(([codePoint]) => codePoint <= 0xfffe));
  // Format 4 ends with the 0xFFFF segment; its length field has 16 bits.
  const segments = [...bmp, { start: 0xffff, end: 0xffff, glyph: 0 }];
  if (16 + 8 * segments.length > 0xffff) throw new Error('too many code point runs for one subset');
  const format4 = new DataView(new ArrayBuffer(16 + 8 * segments.length));
  const n = segments.length;
  const power = 2 ** Math.floor(Math.log2(n));
  format4.setUint16(0, 4);
  format4.setUint16(2, format4.byteLength);
  format4.setUint16(6, 2 * n);
  format4.setUint16(8, 2 * power);
  format4.setUint16(10, Math.log2(power));
  format4.setUint16(12, 2 * n - 2 * power);
  segments.forEach((segment, index) => {
    format4.setUint16(14 + 2 * index, segment.end);
    format4.setUint16(16 + 2 * n + 2 * index, segment.start);
    // idRangeOffset stays 0: glyph = code point + delta (mod 65536); the last segment maps to 0 as required.
    const delta = segment.start === 0xffff ? 1 : segment.glyph - segment.start;
    format4.setUint16(16 + 4 * n + 2 * index, delta & 0xffff);
  });
  const format12 = new DataView(new ArrayBuffer(16 + 12 * all.length));
  format12.setUint16(0, 12);
  format12.setUint32(4, format12.byteLength);
  format12.setUint32(12, all.length);
  all.forEach((run, index) => {
    format12.setUint32(16 + 12 * index, run.start);
    format12.setUint32(20 + 12 * index, run.end);
    format12.setUint32(24 + 12 * index, run.glyph);
  });
  const header = 4 + 8 * 2;
  const out = new Uint8Array(header + format4.byteLength + format12.byteLength);
  const view = new DataView(out.buffer);
  view.setUint16(2, 2);
  view.setUint16(4, 3);
  view.setUint16(6, 1);
  view.setUint32(8, header);
  view.setUint16(12, 3);
  view.setUint16(14, 10);
  view.setUint32(16, header + format4.byteLength);
  out.set(new Uint8Array(format4.buffer), header);
  out.set(new Uint8Array(format12.buffer), header + format4.byteLength);
  return out;
}

/** Every code point the face's cmap maps (its full-repertoire subtable, else the BMP one), ascending. */
export function mappedCodePoints(reader: SfntReader): number[] {
  const cmap = reader.table('cmap');
  const points: number[] = [];
  if (cmap !== undefined) {
    const count = cmap.getUint16(2);
    for (let index = 0; index < count; index += 1) {
      const record = 4 + 8 * index;
      const platform = cmap.getUint16(record);
      const encoding = cmap.getUint16(record + 2);
      const subtable = cmap.getUint32(record + 4);
      if (!((platform === 3 && encoding === 10) || (platform === 0 && encoding === 4)) || cmap.getUint16(subtable) !== 12) continue;
      const groups = cmap.getUint32(subtable + 12);
      for (let group = 0; group < groups; group += 1) {
        const start = cmap.getUint32(subtable + 16 + 12 * group);
        const end = Math.min(cmap.getUint32(subtable + 20 + 12 * group), 0x10ffff);
        for (let point = start; point <= end; point += 1) if (reader.glyphId(point) !== 0) points.push(point);
      }
      return [...new Set(points)].sort((a, b) => a - b);
    }
  }
  for (let point = 0; point <= 0xffff; point += 1) if (reader.glyphId(point) !== 0) points.push(point);
  return points;
}
