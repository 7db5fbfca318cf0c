// The parts of a bundled face the renderer fetches instead of the whole file: the metrics file
// must measure as the whole face does, the glyph endpoint must answer the face's own glyf records
// and refuse anything but a short list of valid ids, and every slice for the editor must map its
// characters to the face's own outlines and advances.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetResponse, type AssetRoots } from '../../../electron/main/static-assets';
import { bundledFontPath, BUNDLED_FONT_FILES, FONT_KEYS } from '../../../electron/services/fonts/bundled-fonts';
import { glyphsPath, MAX_GLYPH_IDS, metricsPath, slicePath } from '../../../shared/fonts/font-parts';
import { sfntMetrics } from '../../../shared/fonts/sfnt-metrics';
import { readSfnt } from '../../../shared/fonts/sfnt-reader';
import { inSlice, uiFontSlices } from '../../../shared/fonts/ui-font-slices';

const fontsRoot = path.resolve(bundledFontPath('serif-regular'), '..', '..', '..');
const roots: AssetRoots = { renderer: path.join(fontsRoot, 'no-renderer'), fonts: fontsRoot };
const full = Object.fromEntries(FONT_KEYS.map((key) => [key, new Uint8Array(readFileSync(bundledFontPath(key)))]));

async function get(pathname: string, query = ''): Promise<{ status: number; body: Uint8Array }> {
  const response = await assetResponse(roots, pathname, {}, new URLSearchParams(query));
  const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : response.body;
  return { status: response.status, body };
}

// Punctuation, Latin, common and rare ideographs, and characters the faces lack.
const SAMPLE = [...'科学导报开发区建设，“链式集群”——2025年5月9日 Ab,.:;!?（）《》、。…鿏龘䶵𠀀𪚥', String.fromCodePoint(0x10ffff)].map(
  (char) => char.codePointAt(0)!,
);

describe('font metrics file', () => {
  for (const key of FONT_KEYS) {
    it(`measures ${key} as the whole face does`, async () => {
      const { status, body } = await get(metricsPath(BUNDLED_FONT_FILES[key]));
      expect(status).toBe(200);
      expect(body.length).toBeLessThan(full[key]!.length / 20);
      const slim = sfntMetrics(key, body);
      const whole = sfntMetrics(key, full[key]!);
      expect([slim.unitsPerEm, slim.ascender, slim.descender]).toEqual([whole.unitsPerEm, whole.ascender, whole.descender]);
      expect(slim.twoEmDash).toEqual(whole.twoEmDash);
      for (let codePoint = 0x4e00; codePoint <= 0x9fff; codePoint += 7) expect(slim.glyph(codePoint)).toEqual(whole.glyph(codePoint));
      for (const codePoint of SAMPLE) expect(slim.glyph(codePoint)).toEqual(whole.glyph(codePoint));
      expect(slim.shapeLatin('Kfq-2025')).toEqual(whole.shapeLatin('Kfq-2025'));
    });
  }
});

describe('glyph records endpoint', () => {
  const file = BUNDLED_FONT_FILES['serif-regular'];
  const reader = readSfnt(full['serif-regular']!);

  it('answers the glyf records of the ids, in the order asked', async () => {
    const ids = [reader.glyphId(0x79d1), 0, reader.glyphId(0x41), reader.glyphId(0x20), reader.numGlyphs - 1, reader.glyphId(0x79d1)];
    const { status, body } = await get(glyphsPath(file), `ids=${ids.join(',')}`);
    expect(status).toBe(200);
    const expected = ids.flatMap((id) => [...reader.glyphBytes(id)]);
    expect(body.length).toBe(expected.length);
    expect(Buffer.from(body).equals(Buffer.from(expected))).toBe(true);
  });

  it('refuses ids that are not a short list of glyphs of the face', async () => {
    const tooMany = Array.from({ length: MAX_GLYPH_IDS + 1 }, (_, id) => id).join(',');
    for (const query of [
      '',
      'ids=',
      'ids=abc',
      'ids=-1',
      'ids=1,,2',
      'ids=1e3',
      'ids=0x10',
      `ids=${reader.numGlyphs}`,
      'ids=999999',
      'ids=1 ',
      `ids=${tooMany}`,
      'id=1',
    ]) {
      expect((await get(glyphsPath(file), query)).status, query).toBe(400);
    }
  });

  it('serves parts of the whitelisted faces only', async () => {
    expect((await get('/fonts/noto-serif-sc/400Regular/Missing.metrics')).status).toBe(404);
    expect((await get('/fonts/other/400Regular/NotoSerifSC_400Regular.metrics')).status).toBe(404);
    expect((await get('/fonts/noto-serif-sc/400Regular/..%2F..%2Fx.metrics')).status).toBe(404);
    expect((await get(slicePath(file, uiFontSlices().length))).status).toBe(404);
  });
});

describe('editor slices', () => {
  it('cover every code point once', () => {
    const slices = uiFontSlices();
    for (const codePoint of [...SAMPLE, 0, 0xffff, 0x10000, 0x4e00, 0x9fff, 0xd800]) {
      expect(slices.filter((ranges) => inSlice(ranges, codePoint)).length, codePoint.toString(16)).toBe(1);
    }
    for (const ranges of slices) {
      for (let index = 1; index < ranges.length; index += 1) expect(ranges[index]![0]).toBeGreaterThan(ranges[index - 1]![1]);
    }
  });

  it('map their characters to the face’s own outlines and advances', async () => {
    const key = 'sans-bold';
    const whole = readSfnt(full[key]!);
    const slices = uiFontSlices();
    for (const index of new Set(SAMPLE.map((codePoint) => slices.findIndex((ranges) => inSlice(ranges, codePoint))))) {
      const { status, body } = await get(slicePath(BUNDLED_FONT_FILES[key], index));
      expect(status).toBe(200);
      const slice = readSfnt(body);
      for (const codePoint of SAMPLE.filter((point) => inSlice(slices[index]!, point))) {
        const original = whole.glyphId(codePoint);
        const id = slice.glyphId(codePoint);
        expect(id === 0, codePoint.toString(16)).toBe(original === 0);
        if (original === 0) continue;
        // Records are padded to four bytes in the slice.
        const record = whole.glyphBytes(original);
        expect(Buffer.from(slice.glyphBytes(id).subarray(0, record.length)).equals(Buffer.from(record))).toBe(true);
        expect(slice.glyphBytes(id).length - record.length).toBeLessThan(4);
        expect(slice.advance(id)).toBe(whole.advance(original));
      }
    }
  });
});
