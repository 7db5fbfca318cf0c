// The copy-fit badges of a block, from its layout diagnostics: short text for the badge, a
// sentence that explains it on hover, and the data- attributes tests and scripts read.
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';

export interface Badge {
  kind: 'overflow' | 'free' | 'glyphs' | 'image' | 'jump' | 'article' | 'empty';
  text: string;
  explain: string;
  tone: 'error' | 'warning' | 'info';
  data: Record<string, string>;
}

/**
 * `textColumns`: the block's text columns. The layout counts lines over or left empty in text lines
 * summed over the columns; the advice to lengthen or shorten the block is in block lines.
 */
export function blockBadges(diagnostics: BlockDiagnostics, textColumns = 1): Badge[] {
  const blockLines = (textLines: number, round: (value: number) => number) => Math.max(1, round(textLines / Math.max(1, textColumns)));
  const badges: Badge[] = [];
  if (diagnostics.emptyFrame) {
    badges.push({
      kind: 'empty',
      text: '空版块',
      explain: '这个版块还没有排入稿件（沿用上期版式留下的空框），印出来是一块空白。请从稿件库拖入稿件，或移出这个版块。',
      tone: 'warning',
      data: { 'data-empty-frame': '' },
    });
  }
  if (diagnostics.missingArticle) {
    badges.push({
      kind: 'article',
      text: '稿件缺失',
      explain: '这个版块引用的稿件不在稿件库中，版面上只留下空框。请把稿件放回稿件库，或移出这个版块。',
      tone: 'error',
      data: { 'data-missing-article': '' },
    });
  }
  if (diagnostics.overflowChars > 0 || diagnostics.overflowLines > 0) {
    badges.push({
      kind: 'overflow',
      text: `超${diagnostics.overflowChars}字`,
      explain: `正文排不下：还有 ${diagnostics.overflowChars} 个字（约 ${diagnostics.overflowLines} 行）留在版块之外。删 ${diagnostics.overflowChars} 字，或把版块加长约 ${blockLines(diagnostics.overflowLines, Math.ceil)} 行，或续排到其他版面。`,
      tone: 'error',
      data: { 'data-overflow-chars': String(diagnostics.overflowChars) },
    });
  } else if (diagnostics.emptyLines > 0) {
    badges.push({
      kind: 'free',
      text: `余${diagnostics.emptyLines}行`,
      explain: `正文排完后，版块末尾还空着 ${diagnostics.emptyLines} 行。可以补稿、${diagnostics.emptyLines >= textColumns ? `把版块缩短 ${blockLines(diagnostics.emptyLines, Math.floor)} 行、` : ''}放大标题或加图片。`,
      tone: 'info',
      data: { 'data-free-lines': String(diagnostics.emptyLines) },
    });
  }
  if (diagnostics.missingGlyphs.length > 0) {
    const chars = diagnostics.missingGlyphs.join('');
    badges.push({
      kind: 'glyphs',
      text: `缺字${diagnostics.missingGlyphs.length}`,
      explain: `字库里没有这些字：${chars}。印出来会是空框，请改用字库里有的字，或换用含这些字的字体。`,
      tone: 'error',
      data: { 'data-missing-glyphs': chars },
    });
  }
  if (diagnostics.missingImages > 0) {
    badges.push({
      kind: 'image',
      text: `缺图${diagnostics.missingImages}`,
      explain: `有 ${diagnostics.missingImages} 张图片还没有图像文件，版面上只是占位框，印出来是灰框。请置入图片。`,
      tone: 'warning',
      data: { 'data-missing-images': String(diagnostics.missingImages) },
    });
  }
  if (diagnostics.unresolvedJump) {
    badges.push({
      kind: 'jump',
      text: '转版未接通',
      explain: `转版行的页码无法确定：${diagnostics.unresolvedJump}。请检查续排链接。`,
      tone: 'error',
      data: { 'data-unresolved-jump': '' },
    });
  }
  return badges;
}
