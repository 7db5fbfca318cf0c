import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Glyph } from '../../../shared/display/display-list';
import { loadBundledFont } from '../../../electron/services/fonts/bundled-fonts';
import { writePdf } from '../../../electron/services/pdf/write-pdf';
import { pt } from '../../../shared/units/units';
import { fonts, run } from './pdf-tools';

it('copies the source text even where one glyph stands for two characters or for a missing one', async () => {
  const serif = await loadBundledFont('serif-regular');
  const id = (ch: string) => serif.metrics.glyph(ch.codePointAt(0)!)!.id;
  // 中 drawn for itself and (as a layout might for a variant) for 仲; .notdef for a private-use
  // character the face lacks; an id past the font's end, which must not break the file.
  const sources: Array<[number, string]> = [
    [id('中'), '中'],
    [id('中'), '仲'],
    [0, '\uE000'],
    [id('文'), '文'],
    [999_999, '字'],
    [id('中'), '中'],
  ];
  const glyphs: Glyph[] = sources.map(([glyphId, text], index) => ({ id: glyphId, x: pt(index * 12), advance: pt(12), text }));
  const bytes = await writePdf(
    [
      {
        pageId: 'p',
        label: 'A3',
        width: pt(200),
        height: pt(100),
        items: [
          {
            type: 'glyphs',
            font: 'serif-regular',
            size: pt(12),
            ink: { c: 0, m: 0, y: 0, k: 100 },
            x: pt(20),
            y: pt(50),
            glyphs,
            text: sources.map(([, text]) => text).join(''),
          },
        ],
      },
    ],
    { bleedMm: 0, cropMarks: false, info: { title: 't', creationDate: new Date(Date.UTC(2025, 0, 1)) }, fonts: () => serif },
  );
  const dir = mkdtempSync(path.join(tmpdir(), 'pdf-text-'));
  const file = path.join(dir, 'text.pdf');
  writeFileSync(file, bytes);
  // poppler reads ActualText, as Acrobat does.
  expect(run('pdftotext', [file, '-']).stdout.replace(/\s+/g, '')).toBe('中仲\uE000文字中');
  expect(fonts(file)).toEqual([expect.objectContaining({ emb: 'yes', sub: 'yes', uni: 'yes' })]);
  rmSync(dir, { recursive: true, force: true });
});
