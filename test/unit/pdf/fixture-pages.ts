// Display pages for the PDF writer's tests, typeset with the real bundled faces: a bold sans
// headline, serif body paragraphs with a sans dateline, punctuation, Latin and numbers, a rule, a
// tinted rectangle, a missing photo, and everything on a 390 × 540 mm broadsheet trim.
import type { DisplayItem, DisplayPage, FontKey, GlyphRun, Ink } from '../../../shared/display/display-list';
import type { TextSpan } from '../../../shared/typeset/atoms';
import type { FontMetrics } from '../../../shared/typeset/font-metrics';
import { typesetParagraph } from '../../../shared/typeset/paragraph';
import { mm, mmToPt, pt } from '../../../shared/units/units';

export const TRIM_WIDTH = mmToPt(mm(390));
export const TRIM_HEIGHT = mmToPt(mm(540));
export const BLACK: Ink = { c: 0, m: 0, y: 0, k: 100 };
export const MISSING_ASSET = `${'0'.repeat(64)}.jpg`;

export const HEADLINE = '开发区建设迈出新步伐';
export const PARAGRAPHS = [
  '本报讯（记者 李文）5月8日，开发区管委会召开2025年第二季度项目推进会。会议通报：一季度新开工项目23个，总投资约48.6亿元，同比增长12.5%。',
  '“今年要把营商环境放在首位，”管委会主任说，“企业办事，最多跑一次。”新建的政务服务中心已上线“一网通办”平台，可办理事项达316项。',
  '园区内的新能源企业正在建设200MW/400MWh储能电站，预计年底并网；与此同时，科技孵化器引进了AI、IoT等方向的初创团队——共17家。',
];

export type FontSet = Record<FontKey, FontMetrics>;

export interface Fixture {
  page: DisplayPage;
  /** Every glyph run in page order, with the text it lays out. */
  runs: GlyphRun[];
  /** Boxes (trim coordinates) where ink may appear, a little generous. */
  inked: Array<{ x: number; y: number; width: number; height: number }>;
}

function span(fonts: FontSet, key: FontKey, text: string, size: number): TextSpan {
  return { text, font: fonts[key], fontKey: key, size: pt(size) };
}

/** Sets spans as a paragraph at (x, top) and returns its runs and the baseline after it. */
function paragraph(fonts: FontSet, spans: TextSpan[], x: number, top: number, width: number, leading: number, indentEm: number) {
  const set = typesetParagraph(spans, { width: pt(width), indentEm, lineBreaking: 'gb', alignLast: 'start' });
  const runs: GlyphRun[] = [];
  let baseline = top;
  for (const line of set.lines) {
    baseline += leading;
    for (const run of line.runs) {
      runs.push({
        type: 'glyphs',
        font: run.fontKey,
        size: run.size,
        ink: BLACK,
        x: pt(x),
        y: pt(baseline),
        glyphs: run.glyphs,
        text: run.text,
      });
    }
  }
  if (set.missing.length > 0) throw new Error(`missing characters in the fixture: ${set.missing.join('')}`);
  return { runs, bottom: baseline };
}

export function fixturePage(fonts: FontSet): Fixture {
  const left = mmToPt(mm(20)) as number;
  const top = mmToPt(mm(25)) as number;
  const column = mmToPt(mm(110)) as number;
  const headline = paragraph(fonts, [span(fonts, 'sans-bold', HEADLINE, 36)], left, top, column * 2, 44, 0);
  const runs = [...headline.runs];
  let y = headline.bottom + 12;
  for (const [index, text] of PARAGRAPHS.entries()) {
    const spans =
      index === 0
        ? [span(fonts, 'sans-bold', '本报讯', 10), span(fonts, 'serif-regular', text.slice(3), 10)]
        : [span(fonts, 'serif-regular', text, 10)];
    const body = paragraph(fonts, spans, left, y, column, 16, 2);
    runs.push(...body.runs);
    y = body.bottom;
  }
  const ruleY = y + 12;
  const rect = { x: left + column + 20, y: top + 60, width: 150, height: 90 };
  const photo = { x: left + column + 20, y: top + 170, width: 160, height: 120 };
  const items: DisplayItem[] = [
    {
      type: 'group',
      blockId: 'headline',
      x: pt(left),
      y: pt(top),
      width: pt(column * 2),
      height: pt(headline.bottom - top),
      items: headline.runs,
    },
    ...runs.slice(headline.runs.length),
    { type: 'rule', x1: pt(left), y1: pt(ruleY), x2: pt(left + column), y2: pt(ruleY), width: pt(1), ink: BLACK },
    {
      type: 'rect',
      x: pt(rect.x),
      y: pt(rect.y),
      width: pt(rect.width),
      height: pt(rect.height),
      fill: { c: 0, m: 0, y: 0, k: 15 },
      stroke: BLACK,
      strokeWidth: pt(0.5),
    },
    { type: 'image', x: pt(photo.x), y: pt(photo.y), width: pt(photo.width), height: pt(photo.height), assetId: MISSING_ASSET },
  ];
  const inked = [
    ...runs.map((run) => runBox(run)),
    { x: left - 2, y: ruleY - 2, width: column + 4, height: 4 },
    { x: rect.x - 2, y: rect.y - 2, width: rect.width + 4, height: rect.height + 4 },
    { x: photo.x - 2, y: photo.y - 2, width: photo.width + 4, height: photo.height + 4 },
  ];
  return { page: { pageId: 'p1', label: 'A1', width: TRIM_WIDTH, height: TRIM_HEIGHT, items }, runs, inked };
}

/** A run's box: from its first glyph's origin to its last glyph's end, ascender to descender of the em. */
export function runBox(run: GlyphRun): { x: number; y: number; width: number; height: number } {
  const first = run.glyphs[0]!;
  const last = run.glyphs[run.glyphs.length - 1]!;
  const x = run.x + first.x;
  return { x: x - 1, y: run.y - run.size * 1.1, width: last.x + last.advance - first.x + 2, height: run.size * 1.4 };
}
