// The rank of the stories on a page (头条 first): what sizes their headlines and what the front
// page's 导读 lists. A story is ranked where its headline is, in the first block of its chain;
// a continuation (the block another block jumps to) carries no headline and has no rank.
// The widest story leads, as a desk plans a page; between equals the higher, then the left one.
// Width, not area: copy-fitting changes depths, and a headline's size must not follow each fit.
import type { ArticleBlock, Issue, Page } from '../model/issue';

/** Ids of the blocks some block continues in: continuations, which open with （上接…） not a headline. */
export function continuationIds(issue: Issue): Set<string> {
  const ids = new Set<string>();
  for (const page of issue.pages)
    for (const block of page.blocks) if (block.kind === 'article' && block.continuesIn !== null) ids.add(block.continuesIn);
  return ids;
}

/** The page's headed article blocks (not empty frames, not continuations), lead first. */
export function rankedStories(page: Page, continuations: ReadonlySet<string>): ArticleBlock[] {
  return page.blocks
    .filter((block): block is ArticleBlock => block.kind === 'article' && block.articleId !== null && !continuations.has(block.id))
    .sort((a, b) => b.cols - a.cols || a.line - b.line || a.col - b.col);
}

/** Each headed block's rank on its page: 1 for the page's lead story. */
export function storyRanks(issue: Issue): Map<string, number> {
  const continuations = continuationIds(issue);
  const ranks = new Map<string, number>();
  for (const page of issue.pages) rankedStories(page, continuations).forEach((block, index) => ranks.set(block.id, index + 1));
  return ranks;
}
