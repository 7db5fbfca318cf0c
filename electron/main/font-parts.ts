// The parts of a bundled face that the renderer fetches instead of the whole file: its metrics (a
// TrueType file of the tables layout reads, without the outlines that are 96% of a CJK face), the
// glyf records of the glyphs a page draws, and the slices the editor's CSS faces load
// (ui-font-slices.ts). A page sets a few thousand of a face's 30,000 glyphs, so the renderer no
// longer holds four whole faces. Tables and records are read from the file at their offsets;
// nothing but a face's small tables is kept between requests.
import { open, stat } from 'node:fs/promises';
import { METRICS_TABLES } from '../../shared/fonts/font-parts';
import { componentIds } from '../../shared/fonts/glyph-components';
import { readSfnt, tableDirectory, type SfntReader, type TableRange } from '../../shared/fonts/sfnt-reader';
import { mappedCodePoints, subsetFont } from '../../shared/fonts/sfnt-subset';
import { writeSfnt } from '../../shared/fonts/sfnt-writer';
import { inSlice, uiFontSlices } from '../../shared/fonts/ui-font-slices';

/** Besides the metrics, what a subset for the browser copies (sfnt-subset.ts). */
const SUBSET_TABLES = ['OS/2', 'name', 'post', 'gasp', 'prep', 'fpgm', 'cvt '];
/** Composites nest a level or two in real faces; deeper is garbage. */
const MAX_DEPTH = 8;

/** Records closer than this are read in one go: from the page cache, copying is cheaper than a call. */
const JOIN_GAP = 64 * 1024;

export interface ServedFace {
  /** The face's file: its tables are read from it. */
  readonly file: string;
  readonly numGlyphs: number;
  /** The TrueType file of METRICS_TABLES only. */
  readonly metrics: Uint8Array;
  /** Every glyph's offset inside glyf (numGlyphs + 1 entries). */
  readonly loca: Uint32Array;
  readonly glyf: TableRange;
  /** The tables of METRICS_TABLES and SUBSET_TABLES the face has, as stored. */
  readonly tables: ReadonlyMap<string, Uint8Array>;
  /** Reads the metrics (cmap, hmtx, loca). */
  readonly reader: SfntReader;
  /** Every code point the face maps, ascending. */
  readonly codePoints: readonly number[];
}

interface Cached {
  size: number;
  mtimeMs: number;
  face: Promise<ServedFace>;
}

const faces = new Map<string, Cached>();

/** Reads `ranges` of the file, joining near ones; answers each range's bytes in the order given. */
export async function readRanges(file: string, ranges: readonly TableRange[]): Promise<Uint8Array[]> {
  const order = ranges.map((range, index) => ({ ...range, index })).sort((a, b) => a.offset - b.offset);
  const results: Uint8Array[] = new Array<Uint8Array>(ranges.length);
  const handle = await open(file, 'r');
  try {
    let at = 0;
    while (at < order.length) {
      const first = order[at]!;
      let end = first.offset + first.length;
      let last = at;
      while (last + 1 < order.length && order[last + 1]!.offset - end <= JOIN_GAP) {
        last += 1;
        end = Math.max(end, order[last]!.offset + order[last]!.length);
      }
      const chunk = new Uint8Array(end - first.offset);
      let done = 0;
      while (done < chunk.length) {
        const { bytesRead } = await handle.read(chunk, done, chunk.length - done, first.offset + done);
        if (bytesRead === 0) throw new Error(`${file}: shorter than its tables say`);
        done += bytesRead;
      }
      for (let index = at; index <= last; index += 1) {
        const range = order[index]!;
        results[range.index] = chunk.subarray(range.offset - first.offset, range.offset - first.offset + range.length);
      }
      at = last + 1;
    }
  } finally {
    await handle.close();
  }
  return results;
}

async function loadFace(file: string, size: number): Promise<ServedFace> {
  const [count] = await readRanges(file, [{ offset: 0, length: Math.min(size, 12) }]);
  const tableCount = count!.length >= 6 ? new DataView(count!.buffer, count!.byteOffset).getUint16(4) : 0;
  const [header] = await readRanges(file, [{ offset: 0, length: Math.min(size, 12 + 16 * tableCount) }]);
  const tables = tableDirectory(new DataView(header!.buffer, header!.byteOffset, header!.byteLength));
  const wanted = [...METRICS_TABLES, ...SUBSET_TABLES].filter((tag) => tables.has(tag));
  for (const range of wanted.map((tag) => tables.get(tag)!)) {
    if (range.offset + range.length > size) throw new Error(`${file}: a table lies past the end of the file`);
  }
  const glyf = tables.get('glyf');
  if (glyf === undefined || glyf.offset + glyf.length > size) throw new Error(`${file}: no glyf table`);
  const bytes = await readRanges(
    file,
    wanted.map((tag) => tables.get(tag)!),
  );
  const read = new Map(wanted.map((tag, index) => [tag, bytes[index]!]));
  const metrics = writeSfnt(new Map(METRICS_TABLES.filter((tag) => read.has(tag)).map((tag) => [tag, read.get(tag)!])));
  const reader = readSfnt(metrics);
  return {
    file,
    numGlyphs: reader.numGlyphs,
    metrics,
    loca: reader.locaOffsets(),
    glyf,
    tables: read,
    reader,
    codePoints: mappedCodePoints(reader),
  };
}

/** The face of a bundled font file, read once per process and again when the file changes. */
export async function servedFace(file: string): Promise<ServedFace> {
  const info = await stat(file);
  const cached = faces.get(file);
  if (cached && cached.size === info.size && cached.mtimeMs === info.mtimeMs) return cached.face;
  const face = loadFace(file, info.size);
  faces.set(file, { size: info.size, mtimeMs: info.mtimeMs, face });
  face.catch(() => faces.delete(file));
  return face;
}

function recordRanges(face: ServedFace, ids: readonly number[]): TableRange[] {
  return ids.map((id) => {
    const start = Math.min(face.loca[id] ?? 0, face.glyf.length);
    const end = Math.min(Math.max(face.loca[id + 1] ?? 0, start), face.glyf.length);
    return { offset: face.glyf.offset + start, length: end - start };
  });
}

/** The glyf records of `ids`, one after another in the order asked; the caller has checked the ids. */
export async function glyphRecords(face: ServedFace, ids: readonly number[]): Promise<Uint8Array> {
  const records = await readRanges(face.file, recordRanges(face, ids));
  const out = new Uint8Array(records.reduce((sum, record) => sum + record.length, 0));
  let at = 0;
  for (const record of records) {
    out.set(record, at);
    at += record.length;
  }
  return out;
}

/** Slice `index` of the face (ui-font-slices.ts) as a TrueType file, or undefined for no such slice. */
export async function fontSlice(face: ServedFace, index: number): Promise<Uint8Array | undefined> {
  const ranges = uiFontSlices()[index];
  if (ranges === undefined) return undefined;
  const codePoints = face.codePoints.filter((codePoint) => inSlice(ranges, codePoint));
  const records = new Map<number, Uint8Array>();
  let wanted = [0, ...codePoints.map((codePoint) => face.reader.glyphId(codePoint))];
  for (let depth = 0; wanted.length > 0 && depth < MAX_DEPTH; depth += 1) {
    const ids = [...new Set(wanted)].filter((id) => id < face.numGlyphs && !records.has(id));
    const read = await readRanges(face.file, recordRanges(face, ids));
    ids.forEach((id, at) => records.set(id, read[at]!));
    wanted = ids.flatMap((id) => componentIds(records.get(id)!)).filter((id) => !records.has(id));
  }
  return subsetFont({ reader: face.reader, tables: face.tables, glyph: (id) => records.get(id) ?? new Uint8Array(0) }, codePoints);
}
