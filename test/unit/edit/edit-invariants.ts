// An independent statement of what every issue an edit produces must satisfy, for the property
// tests: blocks inside the type area, no overlaps (rules may cross text, nothing covers the
// masthead or page header), each article placed once, links only to article blocks on other pages.
import type { Block, Issue } from '../../../shared/model/issue';
import { format, PAGE_LINES } from './edit-fixtures';

function overlap(a: Block, b: Block): boolean {
  return a.col < b.col + b.cols && b.col < a.col + a.cols && a.line < b.line + b.lines && b.line < a.line + a.lines;
}

function allowed(a: Block, b: Block): boolean {
  const furniture = (block: Block) => block.kind === 'masthead' || block.kind === 'pageHeader';
  return (a.kind === 'rule' || b.kind === 'rule') && !furniture(a) && !furniture(b);
}

/** Whether `block` could stand on a page of `blocks` (itself excluded): inside the area, clear of the others. */
export function fitsOnPage(blocks: readonly Block[], block: Block): boolean {
  const inside =
    block.cols >= 1 &&
    block.lines >= 1 &&
    block.col >= 0 &&
    block.line >= 0 &&
    block.col + block.cols <= format.columns &&
    block.line + block.lines <= PAGE_LINES;
  return inside && blocks.every((other) => other.id === block.id || !overlap(block, other) || allowed(block, other));
}

/** Problems found in the issue, as readable strings (none for a sound issue). */
export function invariantProblems(issue: Issue): string[] {
  const problems: string[] = [];
  const pageOf = new Map<string, number>();
  const byId = new Map<string, Block>();
  issue.pages.forEach((page, pageIndex) => {
    page.blocks.forEach((block, index) => {
      pageOf.set(block.id, pageIndex);
      byId.set(block.id, block);
      if (
        block.cols < 1 ||
        block.lines < 1 ||
        block.col < 0 ||
        block.line < 0 ||
        block.col + block.cols > format.columns ||
        block.line + block.lines > PAGE_LINES
      ) {
        problems.push(`${block.id} outside the type area`);
      }
      for (const other of page.blocks.slice(index + 1)) {
        if (overlap(block, other) && !allowed(block, other)) problems.push(`${block.id} overlaps ${other.id}`);
      }
    });
  });
  const heads = new Map<string, number>();
  const continued = new Set<string>();
  for (const block of byId.values()) {
    if (block.kind !== 'article' || block.continuesIn === null) continue;
    const target = byId.get(block.continuesIn);
    if (!target || target.kind !== 'article') problems.push(`${block.id} links to a missing or non-article block`);
    else if (pageOf.get(target.id) === pageOf.get(block.id)) problems.push(`${block.id} links on its own page`);
    else if (target.articleId === block.articleId) continued.add(target.id);
  }
  for (const block of byId.values()) {
    if (block.kind !== 'article' || block.articleId === null || continued.has(block.id)) continue;
    heads.set(block.articleId, (heads.get(block.articleId) ?? 0) + 1);
  }
  for (const [articleId, count] of heads) if (count > 1) problems.push(`${articleId} placed ${count} times`);
  return problems;
}
