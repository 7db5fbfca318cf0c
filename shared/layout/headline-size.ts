// Headline sizes by prominence: a block that sets no size of its own gets the profile's size for
// its story's rank on the page and the block's width, so a page reads from its lead down rather
// than every headline in one size. Resolved once per layout, before anything is composed, so the
// page canvas, copy-fit advice and the PDF all set the same size.
import type { ArticleBlock, Issue } from '../model/issue';
import { headlineSizesOf, type PublicationProfile } from '../model/profile';
import { storyRanks } from './page-rank';

/** The size in pt for a story of `rank` (1: the page's lead) in a block `cols` base columns wide. */
export function headlineSizeFor(
  profile: Pick<PublicationProfile, 'headlineSizes'>,
  rank: number,
  cols: number,
  frontPage: boolean,
): number {
  const sizes = headlineSizesOf(profile);
  if (frontPage && rank === 1) return sizes.frontLead;
  const table = sizes.byRank[Math.min(rank, sizes.byRank.length) - 1] ?? [];
  const widest = [...table].sort((a, b) => b.cols - a.cols);
  return (widest.find((entry) => cols >= entry.cols) ?? widest[widest.length - 1])?.size ?? 22;
}

/** The issue with every headed block that sets no headline size given its size by prominence. */
export function withHeadlineSizes(profile: Pick<PublicationProfile, 'headlineSizes'>, issue: Issue): Issue {
  const ranks = storyRanks(issue);
  let changed = false;
  const pages = issue.pages.map((page, pageIndex) => {
    const blocks = page.blocks.map((block) => {
      const rank = ranks.get(block.id);
      if (block.kind !== 'article' || block.headlineSize !== null || rank === undefined) return block;
      changed = true;
      const sized: ArticleBlock = { ...block, headlineSize: headlineSizeFor(profile, rank, block.cols, pageIndex === 0) };
      return sized;
    });
    return { ...page, blocks };
  });
  return changed ? { ...issue, pages } : issue;
}
