// Constant-time reads of the few TrueType tables that typesetting and subsetting consult per glyph:
// cmap (code point → glyph id), hmtx (advance, left side bearing) and loca (where a glyph's bytes
// are). fontkit decodes these through generic struct readers, one object per entry, and decodes
// all of loca on first use; for a CJK face with 65,000 glyphs and a page of 3,000 distinct
// characters that was a good part of a whole export. Here each read is a few DataView lookups.
// Pure (bytes in, numbers out), so the services and the renderer's worker read faces alike; the
// fontkit side of it is electron/services/fonts/fontkit-sfnt.ts.

export interface TableRange {
  offset: number;
  length: number;
}

export interface SfntReader {
  readonly numGlyphs: number;
  /** The glyph id of a code point, 0 when the face lacks it. */
  glyphId(codePoint: number): number;
  /** Advance width in font units (OpenType hmtx: the last advance repeats). */
  advance(glyphId: number): number;
  /** Left side bearing in font units. */
  bearing(glyphId: number): number;
  /** loca's format: 1 for 32-bit offsets, 0 for 16-bit ones. */
  readonly locaVersion: number;
  /** Byte offset of every glyph's outline inside glyf (numGlyphs + 1 entries), as fontkit's loca gives it. */
  locaOffsets(): Uint32Array;
  /** A glyph's outline bytes as stored in glyf (a view, not a copy); empty for a glyph without one. */
  glyphBytes(glyphId: number): Uint8Array;
  /** A whole table as a view (offsets inside it start at 0), or undefined when the face has none. */
  table(tag: string): DataView | undefined;
}

/** The table directory: each table's place in the file. `view` needs to hold only the directory. */
export function tableDirectory(view: DataView): Map<string, TableRange> {
  const tables = new Map<string, TableRange>();
  const count = view.getUint16(4);
  for (let index = 0; index < count; index += 1) {
    const record = 12 + 16 * index;
    const tag = String.fromCharCode(view.getUint8(record), view.getUint8(record + 1), view.getUint8(record + 2), view.getUint8(record + 3));
    tables.set(tag, { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

function required(tables: Map<string, TableRange>, tag: string): TableRange {
  const table = tables.get(tag);
  if (table === undefined) throw new Error(`font has no ${tag} table`);
  return table;
}

/** Reads a single (non-collection) TrueType face. Throws on a face without the tables needed. */
export function readSfnt(bytes: Uint8Array): SfntReader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = tableDirectory(view);
  const head = required(tables, 'head');
  const hhea = required(tables, 'hhea');
  const maxp = required(tables, 'maxp');
  const hmtx = required(tables, 'hmtx');
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longMetrics = Math.max(1, view.getUint16(hhea.offset + 34));
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const loca = tables.get('loca');
  const glyf = tables.get('glyf');
  const glyphId = cmapLookup(view, required(tables, 'cmap'));

  const advance = (id: number): number => view.getUint16(hmtx.offset + 4 * Math.min(id, longMetrics - 1));
  const bearing = (id: number): number =>
    id < longMetrics ? view.getInt16(hmtx.offset + 4 * id + 2) : view.getInt16(hmtx.offset + 4 * longMetrics + 2 * (id - longMetrics));
  const locaAt = (id: number): number => {
    if (loca === undefined) return 0;
    return longLoca ? view.getUint32(loca.offset + 4 * id) : 2 * view.getUint16(loca.offset + 2 * id);
  };
  return {
    numGlyphs,
    glyphId: (codePoint) => glyphId(codePoint),
    advance: (id) => advance(id >= 0 && id < numGlyphs ? id : 0),
    bearing: (id) => bearing(id >= 0 && id < numGlyphs ? id : 0),
    table: (tag) => {
      const range = tables.get(tag);
      if (range === undefined || range.offset + range.length > bytes.byteLength) return undefined;
      return new DataView(bytes.buffer, bytes.byteOffset + range.offset, range.length);
    },
    locaVersion: longLoca ? 1 : 0,
    locaOffsets: () => {
      const offsets = new Uint32Array(numGlyphs + 1);
      for (let id = 0; id <= numGlyphs; id += 1) offsets[id] = locaAt(id);
      return offsets;
    },
    glyphBytes: (id) => {
      if (glyf === undefined || !(id >= 0 && id < numGlyphs)) return new Uint8Array(0);
      const start = Math.min(locaAt(id), glyf.length);
      const end = Math.min(Math.max(locaAt(id + 1), start), glyf.length);
      return bytes.subarray(glyf.offset + start, glyf.offset + end);
    },
  };
}

/** The best Unicode subtable: format 12 (full repertoire) before format 4 (BMP only). */
function cmapLookup(view: DataView, cmap: TableRange): (codePoint: number) => number {
  const count = view.getUint16(cmap.offset + 2);
  let format4: number | undefined;
  for (let index = 0; index < count; index += 1) {
    const record = cmap.offset + 4 + 8 * index;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const subtable = cmap.offset + view.getUint32(record + 4);
    const format = view.getUint16(subtable);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && format === 12) return format12(view, subtable);
    if (unicode && format === 4) format4 ??= subtable;
  }
  if (format4 !== undefined) return format4Lookup(view, format4);
  return () => 0;
}

function format12(view: DataView, subtable: number): (codePoint: number) => number {
  const groups = view.getUint32(subtable + 12);
  const first = subtable + 16;
  return (codePoint) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const group = first + 12 * middle;
      if (codePoint < view.getUint32(group)) high = middle - 1;
      else if (codePoint > view.getUint32(group + 4)) low = middle + 1;
      else return view.getUint32(group + 8) + codePoint - view.getUint32(group);
    }
    return 0;
  };
}

function format4Lookup(view: DataView, subtable: number): (codePoint: number) => number {
  const segments = view.getUint16(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    if (codePoint > 0xffff) return 0;
    let low = 0;
    let high = segments - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if (codePoint > view.getUint16(ends + 2 * middle)) low = middle + 1;
      else if (codePoint < view.getUint16(starts + 2 * middle)) high = middle - 1;
      else {
        const delta = view.getInt16(deltas + 2 * middle);
        const rangeOffset = view.getUint16(rangeOffsets + 2 * middle);
        if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
        const at = rangeOffsets + 2 * middle + rangeOffset + 2 * (codePoint - view.getUint16(starts + 2 * middle));
        const id = view.getUint16(at);
        return id === 0 ? 0 : (id + delta) & 0xffff;
      }
    }
    return 0;
  };
}
