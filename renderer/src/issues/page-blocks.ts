// How pages and blocks are described in the issue view: print pairs, block labels and grid
// positions in 栏 × 行. Pure functions of the issue data.
import type { Block, Page } from '../../../shared/model/issue';

/** Pages printed on one sheet side: the first with the last, the second with the second-last… */
export function printPairs<T>(pages: readonly T[]): T[][] {
  const pairs: T[][] = [];
  for (let index = 0; index < Math.ceil(pages.length / 2); index += 1) {
    const partner = pages.length - 1 - index;
    const first = pages[index] as T;
    pairs.push(partner === index ? [first] : [first, pages[partner] as T]);
  }
  return pairs;
}

export const BLOCK_KIND_LABELS: Record<Block['kind'], string> = {
  article: '稿件',
  photo: '图片',
  masthead: '报头',
  pageHeader: '报眉',
  rule: '线条',
};

/** What a block holds, for the list: the article's headline, the photo's caption… */
export function blockTitle(block: Block, headlines: ReadonlyMap<string, string>): string {
  switch (block.kind) {
    case 'article':
      if (block.articleId === null) return '（空版块，等待本期稿件）';
      return headlines.get(block.articleId) ?? `稿件 ${block.articleId}（不在稿件库中）`;
    case 'photo':
      return block.caption.trim() || '（无图说）';
    case 'masthead':
      return '报头（刊名、期号、日期）';
    case 'pageHeader':
      return '报眉（版号、版名、日期）';
    case 'rule':
      return block.orientation === 'horizontal' ? '横线' : '竖线';
  }
}

/** "第1栏 第23行起 · 3栏×40行": where the block sits on the grid and how big it is. */
export function blockPosition(block: Block): string {
  return `第${block.col + 1}栏 第${block.line + 1}行起 · ${block.cols}栏×${block.lines}行`;
}

export function pageArticleCount(page: Page): number {
  return page.blocks.filter((block) => block.kind === 'article').length;
}
