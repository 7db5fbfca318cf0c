// Where an issue places each article, and the rule that an article is on the pages once: one block
// of its own plus the continuation blocks its chain jumps to. Pure, so page-editor commands and
// saveIssue apply the same rule.
import type { ArticleBlock, Issue } from './issue';

export interface ArticleOnPages {
  /** The label of the page its first block is on: where the library says it is (第A3版). */
  page: string;
  /** Blocks that are not continuations: more than one means the article is placed twice. */
  heads: ArticleBlock[];
  /** Every block setting the article, continuations included. */
  blocks: ArticleBlock[];
}

/** Blocks reached through `continuesIn` from a block of the same article (not a second placement). */
function continuationIds(blocks: readonly ArticleBlock[]): Set<string> {
  const byId = new Map(blocks.map((block) => [block.id, block]));
  const ids = new Set<string>();
  for (const block of blocks) {
    if (block.continuesIn === null) continue;
    const target = byId.get(block.continuesIn);
    if (target && target.articleId === block.articleId) ids.add(target.id);
  }
  return ids;
}

/** Article id → where the issue places it; empty frames (articleId null) place nothing. */
export function articlesOnPages(issue: Issue): Map<string, ArticleOnPages> {
  const located: { block: ArticleBlock; label: string }[] = [];
  for (const page of issue.pages) {
    for (const block of page.blocks) if (block.kind === 'article' && block.articleId !== null) located.push({ block, label: page.label });
  }
  const continuations = continuationIds(located.map((entry) => entry.block));
  const placed = new Map<string, ArticleOnPages>();
  for (const { block, label } of located) {
    const articleId = block.articleId as string;
    const head = !continuations.has(block.id);
    const entry = placed.get(articleId);
    if (!entry) {
      placed.set(articleId, { page: label, heads: head ? [block] : [], blocks: [block] });
      continue;
    }
    entry.blocks.push(block);
    if (!head) continue;
    // A chain reached only through a cycle has no head; its first block named the page until now.
    if (entry.heads.length === 0) entry.page = label;
    entry.heads.push(block);
  }
  return placed;
}

/** Articles the issue places in two blocks or more that are not continuations of each other. */
export function articlesPlacedTwice(issue: Issue): { articleId: string; pages: string[] }[] {
  const pageOf = new Map<string, string>();
  for (const page of issue.pages) for (const block of page.blocks) pageOf.set(block.id, page.label);
  const twice: { articleId: string; pages: string[] }[] = [];
  for (const [articleId, entry] of articlesOnPages(issue)) {
    if (entry.heads.length > 1) twice.push({ articleId, pages: entry.heads.map((block) => pageOf.get(block.id) ?? '') });
  }
  return twice;
}
