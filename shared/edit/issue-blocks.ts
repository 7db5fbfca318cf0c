// Finding and replacing blocks in an issue without mutating it: every edit builds new page and
// block objects only along the path it changes, so unchanged pages stay the same objects.
import type { ArticleBlock, Block, Issue, Page } from '../model/issue';

export interface BlockPlace {
  block: Block;
  page: Page;
  pageIndex: number;
  /** Position in page.blocks (drawing order). */
  index: number;
}

export function findBlock(issue: Issue, blockId: string): BlockPlace | undefined {
  for (let pageIndex = 0; pageIndex < issue.pages.length; pageIndex += 1) {
    const page = issue.pages[pageIndex]!;
    const index = page.blocks.findIndex((block) => block.id === blockId);
    if (index >= 0) return { block: page.blocks[index]!, page, pageIndex, index };
  }
  return undefined;
}

export function findPage(issue: Issue, pageId: string): { page: Page; pageIndex: number } | undefined {
  const pageIndex = issue.pages.findIndex((page) => page.id === pageId);
  return pageIndex >= 0 ? { page: issue.pages[pageIndex]!, pageIndex } : undefined;
}

function withPage(issue: Issue, pageIndex: number, page: Page): Issue {
  return { ...issue, pages: issue.pages.map((candidate, index) => (index === pageIndex ? page : candidate)) };
}

/** The issue with some blocks replaced (by id, in place); blocks not named stay as they are. */
export function replaceBlocks(issue: Issue, changed: readonly Block[]): Issue {
  const byId = new Map(changed.map((block) => [block.id, block]));
  let result = issue;
  issue.pages.forEach((page, pageIndex) => {
    if (!page.blocks.some((block) => byId.has(block.id))) return;
    result = withPage(result, pageIndex, { ...page, blocks: page.blocks.map((block) => byId.get(block.id) ?? block) });
  });
  return result;
}

export function insertBlock(issue: Issue, pageIndex: number, index: number, block: Block): Issue {
  const page = issue.pages[pageIndex]!;
  const blocks = [...page.blocks];
  blocks.splice(index, 0, block);
  return withPage(issue, pageIndex, { ...page, blocks });
}

export function deleteBlock(issue: Issue, pageIndex: number, index: number): Issue {
  const page = issue.pages[pageIndex]!;
  return withPage(issue, pageIndex, { ...page, blocks: page.blocks.filter((_, position) => position !== index) });
}

export function allBlocks(issue: Issue): Array<{ block: Block; pageIndex: number }> {
  return issue.pages.flatMap((page, pageIndex) => page.blocks.map((block) => ({ block, pageIndex })));
}

/** Article blocks whose continuation link points at `blockId` (one in a sound issue). */
export function predecessorsOf(issue: Issue, blockId: string): ArticleBlock[] {
  const found: ArticleBlock[] = [];
  for (const { block } of allBlocks(issue)) if (block.kind === 'article' && block.continuesIn === blockId) found.push(block);
  return found;
}

/**
 * The blocks an article block continues in, in order, following `continuesIn` while it leads to
 * article blocks not seen before (a broken or circular link ends the walk).
 */
export function continuationsOf(issue: Issue, start: ArticleBlock): ArticleBlock[] {
  const tail: ArticleBlock[] = [];
  const seen = new Set([start.id]);
  let link = start.continuesIn;
  while (link !== null && !seen.has(link)) {
    const next = findBlock(issue, link)?.block;
    if (!next || next.kind !== 'article') break;
    tail.push(next);
    seen.add(next.id);
    link = next.continuesIn;
  }
  return tail;
}

/** Where an article is set in the issue: its first block (a continuation is not a second placement). */
export function placementOf(issue: Issue, articleId: string): { block: ArticleBlock; page: Page } | undefined {
  for (const page of issue.pages) {
    for (const block of page.blocks) if (block.kind === 'article' && block.articleId === articleId) return { block, page };
  }
  return undefined;
}
