// The table reader must agree with fontkit's own decoding on every glyph of every bundled face:
// layout and the PDF's /W widths come from it, and the subset's glyph bytes too.
import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFontPath, FONT_KEYS } from '../../../electron/services/fonts/bundled-fonts';
import { twoEmDashGlyphId } from '../../../shared/fonts/gsub-dash';
import { readSfnt } from '../../../shared/fonts/sfnt-reader';

interface FontkitTables {
  hmtx: { metrics: { length: number; get(index: number): { advance: number; bearing: number } }; bearings: { get(index: number): number } };
  loca: { version: number; offsets: ArrayLike<number> };
  _cmapProcessor: { lookup(codePoint: number): number };
  directory: { tables: Record<string, { offset: number }> };
}

function parse(file: string): { bytes: Buffer; font: Font & FontkitTables } {
  const bytes = readFileSync(file);
  return { bytes, font: create(bytes) as unknown as Font & FontkitTables };
}

describe.each(FONT_KEYS)('sfnt reader on %s', (key) => {
  const { bytes, font } = parse(bundledFontPath(key));
  const reader = readSfnt(bytes);

  it('maps code points to the glyph ids fontkit finds, across the BMP and beyond', () => {
    const mismatches: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint += codePoint < 0x30000 ? 1 : 97) {
      const expected = font._cmapProcessor.lookup(codePoint);
      if (reader.glyphId(codePoint) !== expected) mismatches.push(codePoint.toString(16));
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it('reads every glyph advance, bearing and outline exactly as fontkit decodes them', () => {
    expect(reader.numGlyphs).toBe(font.numGlyphs);
    const { metrics, bearings } = font.hmtx;
    const offsets = font.loca.offsets;
    expect(reader.locaVersion).toBe(font.loca.version);
    expect(Array.from(reader.locaOffsets())).toEqual(Array.from(offsets));
    const glyf = font.directory.tables.glyf!;
    let wrong = 0;
    for (let id = 0; id < font.numGlyphs; id += 1) {
      const entry =
        id < metrics.length
          ? metrics.get(id)
          : { advance: metrics.get(metrics.length - 1).advance, bearing: bearings.get(id - metrics.length) };
      if (reader.advance(id) !== entry.advance || reader.bearing(id) !== entry.bearing) wrong += 1;
      const bytesOf = reader.glyphBytes(id);
      if (
        bytesOf.length !== offsets[id + 1]! - offsets[id]! ||
        (bytesOf.length > 0 && bytesOf.byteOffset - bytes.byteOffset !== glyf.offset + offsets[id]!)
      )
        wrong += 1;
    }
    expect(wrong).toBe(0);
  });

  it('answers out-of-range glyph ids with glyph 0 and no bytes', () => {
    expect(reader.advance(-1)).toBe(reader.advance(0));
    expect(reader.advance(font.numGlyphs + 5)).toBe(reader.advance(0));
    expect(reader.glyphBytes(font.numGlyphs).length).toBe(0);
    expect(reader.glyphId(0x110000)).toBe(0);
  });
});

describe.each(FONT_KEYS)('2-em dash from GSUB on %s', (key) => {
  it('is the glyph fontkit’s shaper gives —— with the full-width feature', () => {
    const { bytes, font } = parse(bundledFontPath(key));
    const run = font.layout('——', { fwid: true });
    expect(run.glyphs).toHaveLength(1);
    expect(twoEmDashGlyphId(readSfnt(bytes))).toBe(run.glyphs[0]!.id);
  });
});
