// Faces are read without their outlines, which are read in as the PDF writer needs them. These
// tests hold that up against the whole file: every table but glyf is there at once, an outline is
// there once asked for, and a PDF written over such faces is byte for byte the one written over
// faces read whole.
import { create } from 'fontkit';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FontKey } from '../../../shared/display/display-list';
import { bundledFontPath, FONT_KEYS, loadBundledFont, type BundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { readFontFile } from '../../../electron/services/fonts/font-file';
import { readSfnt } from '../../../shared/fonts/sfnt-reader';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import { fixturePage, type FontSet } from '../pdf/fixture-pages';

function glyfRange(bytes: Buffer): { start: number; end: number } {
  for (let index = 0; index < bytes.readUInt16BE(4); index += 1) {
    const record = 12 + 16 * index;
    if (bytes.toString('latin1', record, record + 4) === 'glyf') {
      const start = bytes.readUInt32BE(record + 8);
      return { start, end: start + bytes.readUInt32BE(record + 12) };
    }
  }
  throw new Error('no glyf');
}

describe('a face read without its outlines', () => {
  const file = bundledFontPath('serif-regular');
  const whole = readFileSync(file);
  const glyf = glyfRange(whole);

  it('has every other table as the file has it, and no outline yet', () => {
    const { bytes } = readFontFile(file);
    expect(bytes.length).toBe(whole.length);
    expect(bytes.subarray(0, glyf.start).equals(whole.subarray(0, glyf.start))).toBe(true);
    expect(bytes.subarray(glyf.end).equals(whole.subarray(glyf.end))).toBe(true);
    expect(bytes.subarray(glyf.start, glyf.end).every((byte) => byte === 0)).toBe(true);
  });

  it('reads exactly the outlines asked for, in place', () => {
    const fontFile = readFontFile(file);
    const reader = readSfnt(whole);
    const ids = ['开', '发', '区', '。', 'A'].map((char) => reader.glyphId(char.codePointAt(0)!));
    fontFile.loadGlyphs(readSfnt(fontFile.bytes), ids);
    for (const id of ids) {
      const outline = reader.glyphBytes(id);
      const start = outline.byteOffset - whole.byteOffset;
      expect(outline.length).toBeGreaterThan(0);
      expect(fontFile.bytes.subarray(start, start + outline.length).equals(Buffer.from(outline))).toBe(true);
    }
    // An outline far from every one asked for is still unread.
    const starts = ids.map((id) => reader.glyphBytes(id).byteOffset - whole.byteOffset);
    const farId = Array.from({ length: 2000 }, (_, k) => 1000 + 20 * k).find((id) => {
      const start = reader.glyphBytes(id).byteOffset - whole.byteOffset;
      return reader.glyphBytes(id).length > 0 && starts.every((other) => Math.abs(other - start) > 64 * 1024);
    });
    expect(farId).toBeDefined();
    const far = reader.glyphBytes(farId!);
    const farStart = far.byteOffset - whole.byteOffset;
    expect(fontFile.bytes.subarray(farStart, farStart + far.length).every((byte) => byte === 0)).toBe(true);
  });
});

describe('a PDF over faces read without their outlines', () => {
  let sparse: Record<FontKey, BundledFont>;
  let wholeFaces: Record<FontKey, { data: Buffer; font: ReturnType<typeof create> }>;

  beforeAll(async () => {
    const loaded = await Promise.all(FONT_KEYS.map((key) => loadBundledFont(key)));
    sparse = Object.fromEntries(loaded.map((face) => [face.key, face])) as Record<FontKey, BundledFont>;
    wholeFaces = Object.fromEntries(
      FONT_KEYS.map((key) => {
        const data = readFileSync(bundledFontPath(key));
        return [key, { data, font: create(data) }];
      }),
    ) as typeof wholeFaces;
  });

  it('is byte for byte the PDF written over the whole files', async () => {
    const fixture = fixturePage(Object.fromEntries(FONT_KEYS.map((key) => [key, sparse[key].metrics])) as FontSet);
    const info = { title: 't', creationDate: new Date(Date.UTC(2025, 4, 9)) };
    const fromSparse = await writePdf([fixture.page], { bleedMm: 3, cropMarks: true, info, fonts: (key) => sparse[key] });
    const fromWhole = await writePdf([fixture.page], {
      bleedMm: 3,
      cropMarks: true,
      info,
      fonts: (key) => wholeFaces[key] as unknown as BundledFont,
    });
    expect(fromSparse.length).toBeGreaterThan(10_000);
    expect(fromSparse.equals(fromWhole)).toBe(true);
  });
});
