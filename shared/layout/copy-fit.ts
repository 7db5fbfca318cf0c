// Copy-fit: how many body lines a block needs to hold its whole article, found by laying the
// chain out at trial depths (the same composition the page uses, so the answer is exact).
import type { Article } from '../model/article';
import type { ArticleBlock } from '../model/issue';
import { composeChain, type ChainContext } from './chain';
import type { PageGeometry } from './geometry';

const MAX_TRIAL_LINES = 400;

function fits(context: ChainContext, article: Article, block: ArticleBlock, geometry: PageGeometry, lines: number): boolean {
  const [composed] = composeChain(context, article, [
    { block: { ...block, lines: lines as ArticleBlock['lines'], continuesIn: null }, pageLabel: '', geometry },
  ]);
  return composed !== undefined && composed.diagnostics.overflowLines === 0;
}

/** The smallest depth (in body lines) at which the block holds the article without overflow. */
export function linesNeeded(context: ChainContext, article: Article, block: ArticleBlock, geometry: PageGeometry): number {
  let low = 1;
  let high = MAX_TRIAL_LINES;
  if (!fits(context, article, block, geometry, high)) return high;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (fits(context, article, block, geometry, middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}
