// One face as the layout worker holds it: its metrics (a TrueType file without outlines, see
// shared/fonts/font-parts.ts) and the glyf records of the glyphs drawn so far, fetched as pages
// need them. Whole faces were 50 MB for the four in the worker; a page needs a few thousand records.
import { MAX_GLYPH_IDS } from '../../../shared/fonts/font-parts';
import { componentIds } from '../../../shared/fonts/glyph-components';
import type { SfntReader } from '../../../shared/fonts/sfnt-reader';

const EMPTY = new Uint8Array(0);
/** Composite glyphs nest a level or two in real faces (glyph-outline.ts stops at the same depth). */
const MAX_DEPTH = 8;

export class GlyphStore {
  private readonly records = new Map<number, Uint8Array>();
  private readonly loca: Uint32Array;
  /** The face's reader with outlines: glyphBytes answers from the records fetched so far. */
  readonly reader: SfntReader;

  /** `metrics`: the reader over the face's metrics file; `glyphsUrl`: where its glyph records are served. */
  constructor(
    metrics: SfntReader,
    private readonly glyphsUrl: string,
  ) {
    this.loca = metrics.locaOffsets();
    this.reader = { ...metrics, glyphBytes: (id) => this.records.get(id) ?? EMPTY };
  }

  /** The ids among these whose records have not been fetched. */
  missing(ids: Iterable<number>): number[] {
    const wanted = new Set<number>();
    for (const id of ids) if (id >= 0 && id < this.reader.numGlyphs && !this.records.has(id)) wanted.add(id);
    return [...wanted];
  }

  /** Fetches the records of these glyphs and of the glyphs their composites place. */
  async load(ids: readonly number[]): Promise<void> {
    let wanted = this.missing(ids);
    for (let depth = 0; wanted.length > 0 && depth < MAX_DEPTH; depth += 1) {
      const chunks: number[][] = [];
      for (let at = 0; at < wanted.length; at += MAX_GLYPH_IDS) chunks.push(wanted.slice(at, at + MAX_GLYPH_IDS));
      const fetched = await Promise.all(chunks.map((chunk) => this.fetchRecords(chunk)));
      wanted = this.missing(fetched.flat().flatMap((record) => componentIds(record)));
    }
  }

  private async fetchRecords(ids: readonly number[]): Promise<Uint8Array[]> {
    const response = await fetch(`${this.glyphsUrl}?ids=${ids.join(',')}`);
    if (!response.ok) throw new Error(`字形读取失败（HTTP ${response.status}）`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const records: Uint8Array[] = [];
    let at = 0;
    for (const id of ids) {
      const length = Math.max(0, (this.loca[id + 1] ?? 0) - (this.loca[id] ?? 0));
      if (at + length > bytes.length) throw new Error('字形读取不完整');
      // Views into the answer, which holds nothing but these records.
      const record = bytes.subarray(at, at + length);
      this.records.set(id, record);
      records.push(record);
      at += length;
    }
    return records;
  }
}
