// Finds the article chains of an issue: blocks linked by `continuesIn` across pages, in order,
// with the reason when a link cannot be followed (an unresolved jump).
import type { ArticleBlock, Issue } from '../model/issue';

export interface ChainBlock {
  block: ArticleBlock;
  pageIndex: number;
}

export interface Chain {
  blocks: ChainBlock[];
  /** Block id → why its jump is unresolved. */
  broken: Map<string, string>;
}

export function findChains(issue: Issue): Chain[] {
  const byId = new Map<string, ChainBlock>();
  issue.pages.forEach((page, pageIndex) => {
    for (const block of page.blocks) if (block.kind === 'article') byId.set(block.id, { block, pageIndex });
  });
  const targets = new Set<string>();
  for (const { block } of byId.values()) if (block.continuesIn) targets.add(block.continuesIn);

  const visited = new Set<string>();
  const chains: Chain[] = [];
  const follow = (start: ChainBlock) => {
    const chain: Chain = { blocks: [], broken: new Map() };
    let current: ChainBlock | undefined = start;
    while (current) {
      visited.add(current.block.id);
      chain.blocks.push(current);
      const link: string | null = current.block.continuesIn;
      if (link === null) break;
      const next = byId.get(link);
      if (!next) {
        chain.broken.set(current.block.id, `转入的版块 ${link} 不存在`);
        break;
      }
      if (next.block.articleId !== current.block.articleId) {
        chain.broken.set(current.block.id, `转入的版块 ${link} 是另一篇稿件`);
        break;
      }
      if (visited.has(next.block.id)) {
        chain.broken.set(current.block.id, '转版链接形成循环');
        break;
      }
      current = next;
    }
    chains.push(chain);
  };
  for (const entry of byId.values()) if (!targets.has(entry.block.id)) follow(entry);
  // Blocks only reachable through a cycle (or a link from a wrong article) start chains of their own.
  for (const entry of byId.values()) if (!visited.has(entry.block.id)) follow(entry);
  return chains;
}
