import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { bundledFontPath, FONT_KEYS, loadBundledFont, loadBundledFonts } from '../../../electron/services/fonts/bundled-fonts';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { pt } from '../../../shared/units/units';
import { lastGlyphEnd, violations } from './checks';

let serif: BundledFont;

beforeAll(async () => {
  serif = await loadBundledFont('serif-regular');
});

describe('bundled fonts through fontkit', () => {
  it('finds every face file and parses each once per process', async () => {
    for (const key of FONT_KEYS) expect(existsSync(bundledFontPath(key)), key).toBe(true);
    const again = await loadBundledFont('serif-regular');
    expect(again).toBe(serif);
    const metrics = await loadBundledFonts();
    expect(metrics['serif-regular']).toBe(serif.metrics);
    expect(Object.keys(metrics).sort()).toEqual([...FONT_KEYS].sort());
    expect(serif.metrics.unitsPerEm).toBe(1000);
    expect(serif.metrics.ascender).toBeGreaterThan(0);
    expect(serif.metrics.descender).toBeLessThan(0);
  });

  it('gives non-zero glyph ids and 1 em advances for common Han characters and full-width marks', () => {
    for (const ch of '的一是在不了有和人这中大为上个国我以要他开发区建设科学导报，。、；：？！“”（）《》') {
      const glyph = serif.metrics.glyph(ch.codePointAt(0)!);
      expect(glyph?.id, ch).toBeGreaterThan(0);
      expect(glyph?.advance, ch).toBe(1000);
    }
  });

  it('reports a missing character instead of substituting one', () => {
    expect(serif.metrics.glyph(0xe000)).toBeUndefined();
    const result = typesetParagraph([{ text: '开发区\uE000建设', font: serif.metrics, fontKey: 'serif-regular', size: pt(9) }], {
      width: pt(117),
      indentEm: 0,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    expect(result.missing).toEqual(['\uE000']);
    const glyphs = result.lines[0]!.runs[0]!.glyphs;
    expect(glyphs.find((glyph) => glyph.text === '\uE000')!.id).toBe(0);
    expect(glyphs.filter((glyph) => glyph.text !== '\uE000').every((glyph) => glyph.id > 0)).toBe(true);
  });

  it('sets Latin runs glyph by glyph from the cmap with hmtx advances, keeping their text', () => {
    const shaped = serif.metrics.shapeLatin('200MW/400MWh AVA');
    expect(shaped.map((glyph) => glyph.text).join('')).toBe('200MW/400MWh AVA');
    expect(shaped.every((glyph) => glyph.id > 0)).toBe(true);
    expect(shaped.map((glyph) => glyph.advance)).toEqual(
      Array.from('200MW/400MWh AVA', (char) => serif.metrics.glyph(char.codePointAt(0)!)!.advance),
    );
    // Digits come from the cmap (no localized substitution), so canvas and PDF draw the same glyphs.
    expect(shaped[0]!.id).toBe(serif.metrics.glyph(0x32)!.id);
    expect(serif.metrics.shapeLatin('200MW/400MWh AVA')).toBe(shaped);
  });

  it('draws —— as one 2-em stroke', () => {
    expect(serif.metrics.twoEmDash?.advance).toBe(2000);
    const result = typesetParagraph([{ text: '前进——前进', font: serif.metrics, fontKey: 'serif-regular', size: pt(10) }], {
      width: pt(200),
      indentEm: 0,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    const dash = result.lines[0]!.runs[0]!.glyphs.find((glyph) => glyph.text === '——')!;
    expect(dash.id).toBe(serif.metrics.twoEmDash!.id);
    expect(dash.advance).toBeCloseTo(20, 6);
  });

  it('typesets a body paragraph in the real face to the column edge', () => {
    const text =
      '科学导报讯 记者李明 入夏以来，汾阳园区按照“以规划引项目、以服务稳企业、以创新促转型”的工作思路，力争全年工业产值增长12%以上，' +
      '新建储能200MW/400MWh，5G基站和AI应用全覆盖——尤其是新能源项目……进展顺利。';
    const width = 13 * 9;
    const result = typesetParagraph([{ text, font: serif.metrics, fontKey: 'serif-regular', size: pt(9) }], {
      width: pt(width),
      indentEm: 2,
      lineBreaking: 'gb',
      alignLast: 'start',
    });
    expect(result.missing).toEqual([]);
    expect(result.lines.map((line) => line.text).join('')).toBe(text);
    expect(violations(result.lines)).toEqual([]);
    for (const line of result.lines.slice(0, -1)) expect(Math.abs(lastGlyphEnd(line) - width)).toBeLessThan(0.01);
  });
});
