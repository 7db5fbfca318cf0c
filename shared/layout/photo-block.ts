// A photo block on the page (not inside an article): picture frame over its full width, caption
// with credit under it; a missing picture is a visible placeholder and a diagnostic.
import type { DisplayItem } from '../display/display-list';
import type { PhotoBlock } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { pt } from '../units/units';
import { drawSlots } from './draw-slots';
import { blockRectPt, linesForDepth, type PageGeometry } from './geometry';
import { typesetParagraphKept } from '../typeset/paragraph-kept';
import { spanOf, type FontSet } from './styles';
import type { Composed } from './masthead';

export function composePhotoBlock(
  profile: PublicationProfile,
  fonts: FontSet,
  geometry: PageGeometry,
  block: PhotoBlock,
  hasAsset: (assetId: string) => boolean,
): Composed & { missingImages: number } {
  const rect = blockRectPt(geometry, block);
  const { styles, format, lineBreaking } = profile;
  const text = block.credit ? `${block.caption}\u3000` : block.caption;
  // The credit (■ 张三摄, …供图) is kept whole on its line.
  const spans = [spanOf(fonts, styles.caption, text), { ...spanOf(fonts, styles.credit, block.credit), keep: true }].filter(
    (span) => span.text !== '',
  );
  const caption = typesetParagraphKept(spans, { width: pt(rect.width), indentEm: 0, lineBreaking, alignLast: 'start' });
  const captionLines = linesForDepth(format.bodyLeading, caption.lines.length * styles.caption.leading);
  // Like an article block, a photo that does not reach the foot of the page keeps a white last line.
  const footLine = block.line + block.lines < geometry.lines ? 1 : 0;
  const imageLines = Math.max(1, block.lines - captionLines - footLine);
  const column = { x: rect.x, width: rect.width, startLine: 0, lines: block.lines };
  const slot = {
    kind: 'photo' as const,
    item: 0,
    lines: block.lines,
    imageLines,
    caption,
    assetId: block.assetId,
    crop: block.crop,
    chars: 0,
  };
  const drawn = drawSlots(profile, [{ frame: 0, column: 0, line: 0, slot }], [column], rect.y, hasAsset);
  const items: DisplayItem[] = drawn.items;
  return {
    group: { type: 'group', blockId: block.id, x: rect.x, y: rect.y, width: rect.width, height: rect.height, items },
    missing: caption.missing,
    missingImages: drawn.missingImages,
  };
}
