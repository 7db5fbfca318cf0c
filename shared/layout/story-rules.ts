// Rules between stories (栏线): a hairline down the middle of the gutter between two stories set
// side by side, and one across the middle of the white line under a story that has another below
// it, so every rule keeps the grid's own gap on each side. Commentary pieces (no 电头: 评论,
// column items) get 花线 (a thick and a thin line, 文武线) above and below, or a box, as the
// profile says. Nothing is drawn at the edge of the type area, where no story lies beyond.
import type { GroupItem, RectItem, RuleItem } from '../display/display-list';
import type { Article } from '../model/article';
import type { Block } from '../model/issue';
import { storyRulesOf, type PublicationProfile } from '../model/profile';
import { pt } from '../units/units';
import { columnX, gutterWidth, lineY, spanWidth, typeAreaRect, type PageGeometry } from './geometry';
import { BLACK } from './styles';

type Story = Extract<Block, { kind: 'article' | 'photo' }>;

/** The display group of a page's story rules; its id cannot be a block's (block ids have no colon). */
export function storyRulesGroupId(pageId: string): string {
  return `rules:${pageId}`;
}

/** A piece without a 电头 is commentary or a column item. */
export function isCommentary(article: Article | undefined): boolean {
  return article !== undefined && !article.content.some((node) => node.type === 'dateline');
}

function isStory(block: Block): block is Story {
  return (block.kind === 'article' && block.articleId !== null) || block.kind === 'photo';
}

function sameArticle(a: Story, b: Story): boolean {
  return a.kind === 'article' && b.kind === 'article' && a.articleId === b.articleId;
}

export function composeStoryRules(
  profile: PublicationProfile,
  geometry: PageGeometry,
  pageId: string,
  blocks: readonly Block[],
  articles: ReadonlyMap<string, Article>,
): GroupItem | null {
  const settings = storyRulesOf(profile);
  const stories = blocks.filter(isStory);
  const framed = new Set(
    settings.commentary === 'none'
      ? []
      : stories.filter((block) => block.kind === 'article' && isCommentary(articles.get(block.articleId ?? ''))).map((block) => block.id),
  );
  const items: Array<RuleItem | RectItem> = [];
  const weight = pt(settings.weight);
  const half = geometry.leading / 2;
  const gutter = gutterWidth(geometry);
  const rule = (x1: number, y1: number, x2: number, y2: number, width: number = weight): RuleItem => ({
    type: 'rule',
    x1: pt(x1),
    y1: pt(y1),
    x2: pt(x2),
    y2: pt(y2),
    width: pt(width),
    ink: BLACK,
  });
  const right = (col: number) => columnX(geometry, col - 1) + spanWidth(geometry, 1);
  const footOf = (block: Story) => block.line + block.lines;
  const boxed = settings.commentary === 'box';

  if (settings.between) {
    for (const a of stories) {
      for (const b of stories) {
        if (a === b || sameArticle(a, b)) continue;
        const top = Math.max(a.line, b.line);
        const bottom = Math.min(footOf(a), footOf(b));
        // Side by side: a to the left of b, sharing some lines.
        if (a.col + a.cols === b.col && top < bottom && !(boxed && (framed.has(a.id) || framed.has(b.id)))) {
          const x = columnX(geometry, b.col) - gutter / 2;
          const end = lineY(geometry, bottom) - (bottom < geometry.lines ? half : 0);
          items.push(rule(x, lineY(geometry, top), x, end));
        }
        // Stacked: a directly above b, sharing some columns.
        const from = Math.max(a.col, b.col);
        const to = Math.min(a.col + a.cols, b.col + b.cols);
        if (footOf(a) === b.line && from < to && !framed.has(a.id) && !framed.has(b.id)) {
          const y = lineY(geometry, b.line) - half;
          items.push(rule(columnX(geometry, from), y, right(to), y));
        }
      }
    }
  }

  for (const block of stories) {
    if (!framed.has(block.id)) continue;
    const x1 = columnX(geometry, block.col);
    const x2 = right(block.col + block.cols);
    const hasAbove = stories.some((other) => other !== block && footOf(other) === block.line);
    const top = lineY(geometry, block.line) - (hasAbove ? half : 0);
    const atFoot = footOf(block) >= geometry.lines;
    const bottom = lineY(geometry, footOf(block)) - (atFoot ? 0 : half);
    if (boxed) {
      const area = typeAreaRect(geometry);
      const left = Math.max(area.x - gutter / 2, x1 - gutter / 2);
      const width = Math.min(area.x + area.width + gutter / 2, x2 + gutter / 2) - left;
      items.push({
        type: 'rect',
        x: pt(left),
        y: pt(top),
        width: pt(width),
        height: pt(bottom - top),
        fill: null,
        stroke: BLACK,
        strokeWidth: weight,
      });
      continue;
    }
    // 花线: a thick line with a thin one inside it, above and below the piece.
    const thick = Math.max(1.2, settings.weight * 4);
    const step = Math.min(2.4, half / 2);
    if (hasAbove) {
      items.push(rule(x1, top - step / 2, x2, top - step / 2, thick), rule(x1, top + step / 2, x2, top + step / 2));
    }
    if (!atFoot) {
      items.push(rule(x1, bottom - step / 2, x2, bottom - step / 2), rule(x1, bottom + step / 2, x2, bottom + step / 2, thick));
    }
  }
  if (items.length === 0) return null;
  const area = typeAreaRect(geometry);
  return { type: 'group', blockId: storyRulesGroupId(pageId), x: area.x, y: area.y, width: area.width, height: area.height, items };
}
