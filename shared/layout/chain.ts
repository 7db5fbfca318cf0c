// Compose one article's chain of blocks: the headline on the first block, the body flowing
// through each block's text columns in turn, jump lines 下转/上接 with the other block's page
// label, and copy-fit diagnostics on the blocks. An empty frame (no article yet) prints nothing.
// Pure; depends only on its inputs.
import type { DisplayItem, GroupItem } from '../display/display-list';
import type { Article } from '../model/article';
import type { ArticleBlock } from '../model/issue';
import { continuedHeadlineStyleOf, type PublicationProfile } from '../model/profile';
import { pt } from '../units/units';
import { bodySetter } from './body-slots';
import { remainingItems } from './carry';
import { collectArticle, type BodyItem } from './collect';
import { emptyDiagnostics, type BlockDiagnostics } from './diagnostics';
import { distribute, distributeBalanced } from './distribute';
import { settleWidows } from './widows';
import { drawSlots } from './draw-slots';
import { blockFrame, type BlockFrame } from './frames';
import { blockRectPt, centredBaseline, linesForDepth, type PageGeometry } from './geometry';
import { composeHeadline } from './headline';
import { placeLines, setText } from './set-text';
import type { FontSet } from './styles';

export interface ChainLink {
  block: ArticleBlock;
  pageLabel: string;
  geometry: PageGeometry;
}

export interface ComposedBlock {
  blockId: string;
  group: GroupItem;
  diagnostics: BlockDiagnostics;
}

export interface ChainContext {
  profile: PublicationProfile;
  fonts: FontSet;
  hasAsset: (assetId: string) => boolean;
}

function jumpLine(context: ChainContext, frame: BlockFrame, top: number, direction: 'to' | 'from', label: string): DisplayItem[] {
  const { profile, fonts } = context;
  const style = profile.styles.jumpLine;
  const wording = direction === 'to' ? profile.jumps.continuedTo : profile.jumps.continuedFrom;
  const column = direction === 'to' ? frame.columns[frame.columns.length - 1] : frame.columns[0];
  if (!column) return [];
  // 上接 opens the block on its first line, above the 续题.
  const line = direction === 'to' ? column.startLine + column.lines : 0;
  const set = setText(fonts, style, wording.replaceAll('{page}', label), {
    width: column.width,
    align: direction === 'to' ? 'end' : 'start',
    lineBreaking: profile.lineBreaking,
    // Set solid, as the desk prints it: （下转A2版）.
    hanLatinSpacing: false,
  });
  const leading = profile.format.bodyLeading;
  return placeLines(set, style, column.x, centredBaseline(top + line * leading, leading, style.size), leading, { width: column.width });
}

/**
 * The 续题 of a continuation: the headline repeated small in the profile's style, centred across
 * the block under the 上接 line; returns its items and the body lines it takes (the 上接 line's included).
 */
function continuedHeadline(
  context: ChainContext,
  headline: string,
  box: { x: number; y: number; width: number },
): { items: DisplayItem[]; lines: number; missing: string[] } {
  const { profile, fonts } = context;
  const leading = profile.format.bodyLeading;
  if (!headline.trim()) return { items: [], lines: 1, missing: [] };
  const style = continuedHeadlineStyleOf(profile);
  const set = setText(fonts, style, headline.trim(), {
    width: box.width,
    align: 'center',
    lineBreaking: profile.lineBreaking,
    punctuation: 'half',
  });
  const top = box.y + leading;
  const depth = set.lines.length * style.leading;
  const lines = linesForDepth(leading, depth);
  // Centred in its whole lines, so the white above and below it is even.
  const first = centredBaseline(top + (lines * leading - depth) / 2, style.leading, style.size);
  const items = placeLines(set, style, box.x, first, style.leading, { width: box.width, center: true });
  return { items, lines: 1 + lines, missing: set.missing };
}

function emptyFrame(link: ChainLink): ComposedBlock {
  const { block, geometry } = link;
  const diagnostics = { ...emptyDiagnostics(block.id, link.pageLabel, 'article', null), emptyFrame: true };
  const rect = blockRectPt(geometry, block);
  return { blockId: block.id, group: { type: 'group', blockId: block.id, ...rect, items: [] }, diagnostics };
}

export function composeChain(context: ChainContext, article: Article | undefined, links: readonly ChainLink[]): ComposedBlock[] {
  const { profile, fonts } = context;
  const parts = article ? collectArticle(article) : { kicker: '', headline: '', subtitle: '', body: [] as BodyItem[] };
  let items: BodyItem[] = parts.body;
  const composed: ComposedBlock[] = [];

  // Frames waiting for this week's article: no text, no jump lines, no placeholder on the plate.
  if (links[0]?.block.articleId === null) return links.map(emptyFrame);

  links.forEach((link, index) => {
    const { block, geometry } = link;
    const diagnostics = emptyDiagnostics(block.id, link.pageLabel, 'article', block.articleId);
    diagnostics.missingArticle = article === undefined;
    const display: DisplayItem[] = [];
    const isLast = index === links.length - 1;
    const reservations = { headlineLines: 0, jumpFromLine: false, jumpToLine: !isLast };

    let frame = blockFrame(geometry, block, reservations);
    if (index > 0) {
      // A continuation opens with （上接…） and the 续题 across the block; the body starts under them.
      const continued = continuedHeadline(context, parts.headline, { x: frame.rect.x, y: frame.rect.y, width: frame.rect.width });
      display.push(...continued.items);
      diagnostics.missingGlyphs.push(...continued.missing);
      frame = blockFrame(geometry, { ...block, headline: 'across' }, { ...reservations, headlineLines: continued.lines });
    } else {
      const width = block.headline === 'across' ? frame.rect.width : frame.columnWidth;
      const headline = composeHeadline(
        profile,
        fonts,
        parts,
        { x: frame.rect.x, y: frame.rect.y, width },
        { size: block.headlineSize, lines: block.headlineLines, showKicker: block.showKicker, showSubtitle: block.showSubtitle },
      );
      display.push(...headline.items);
      diagnostics.missingGlyphs.push(...headline.missing);
      frame = blockFrame(geometry, block, { ...reservations, headlineLines: headline.lines });
    }

    const { columns, columnWidth } = frame;
    const body = items;
    const { slots, missing, distribution } = settleWidows(
      bodySetter(profile, fonts, body, columnWidth),
      // The last block of a chain holds the end of the text: its columns are balanced, feet level.
      (trial) => (isLast ? distributeBalanced(trial, columns) : distribute(trial, [{ columns }])),
      columnWidth,
      columns.map((column) => column.startLine),
    );
    diagnostics.missingGlyphs.push(...missing);
    const drawn = drawSlots(profile, distribution.placed, frame.columns, frame.rect.y, context.hasAsset);
    display.push(...drawn.items);
    diagnostics.missingImages = drawn.missingImages;

    const next = links[index + 1];
    const previous = links[index - 1];
    if (next) display.push(...jumpLine(context, frame, frame.rect.y, 'to', next.pageLabel));
    if (previous) display.push(...jumpLine(context, frame, frame.rect.y, 'from', previous.pageLabel));

    diagnostics.emptyLines = distribution.emptyLines;
    if (isLast) {
      diagnostics.overflowLines = distribution.overflow.reduce((sum, slot) => sum + (slot.kind === 'photo' ? slot.lines : 1), 0);
      diagnostics.overflowChars = distribution.overflow.reduce((sum, slot) => sum + (slot.kind === 'gap' ? 0 : slot.chars), 0);
    } else {
      items = remainingItems(items, slots, distribution.next);
    }
    diagnostics.missingGlyphs = [...new Set(diagnostics.missingGlyphs)];
    const { rect } = frame;
    composed.push({
      blockId: block.id,
      group: { type: 'group', blockId: block.id, x: rect.x, y: rect.y, width: rect.width, height: pt(rect.height), items: display },
      diagnostics,
    });
  });
  return composed;
}
