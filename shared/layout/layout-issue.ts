// Layout of a whole issue: (profile, issue, articles, fonts) → display pages + diagnostics.
// Pure: it never reads the DOM, the file system or the clock. Stages: chains → compose each
// chain (headline, body flow, jumps) → masthead, page headers, photos, rules → pages.
import type { DisplayItem, DisplayPage, GroupItem } from '../display/display-list';
import { translateGroup } from '../display/translate';
import type { Article } from '../model/article';
import type { Block, Issue } from '../model/issue';
import type { PublicationProfile } from '../model/profile';
import { pt } from '../units/units';
import { composeChain, type ComposedBlock } from './chain';
import { findChains } from './chains';
import { emptyDiagnostics, type BlockDiagnostics } from './diagnostics';
import { blockRectPt, columnX, lineY, pageGeometry, ruleSegment, type PageGeometry } from './geometry';
import { articleAssetIds, LayoutCache, type ChainPlace } from './layout-cache';
import { composeMasthead } from './masthead';
import { withHeadlineSizes } from './headline-size';
import { composePageHeader } from './page-header';
import { composePhotoBlock } from './photo-block';
import { composeStoryRules } from './story-rules';
import { BLACK, type FontSet } from './styles';

export interface LayoutInput {
  profile: PublicationProfile;
  issue: Issue;
  articles: ReadonlyMap<string, Article>;
  fonts: FontSet;
  /** Whether a photo's image file is available; missing ones are placeholders and diagnostics. */
  hasAsset?: (assetId: string) => boolean;
}

export interface IssueLayout {
  pages: DisplayPage[];
  /** One entry per block, in page and block order. */
  diagnostics: BlockDiagnostics[];
}

/** A chain's drawing shifted from where its blocks stood (`from`) to where `links` put them. */
function moveChain(
  earlier: ComposedBlock[],
  from: ChainPlace,
  links: ReadonlyArray<{ block: Block; geometry: PageGeometry }>,
): ComposedBlock[] {
  return earlier.map((composed) => {
    const at = links.findIndex((link) => link.block.id === composed.blockId);
    const link = links[at];
    const old = from[at];
    if (!link || !old) return composed;
    const dx = columnX(link.geometry, link.block.col) - columnX(link.geometry, old.col);
    const dy = lineY(link.geometry, link.block.line) - lineY(link.geometry, old.line);
    return dx === 0 && dy === 0 ? composed : { ...composed, group: translateGroup(composed.group, dx, dy) };
  });
}

export function layoutIssue(input: LayoutInput, cache: LayoutCache = new LayoutCache()): IssueLayout {
  const { profile, articles, fonts } = input;
  // Headlines with no size of their own take their rank's (headline-size.ts) before anything is set.
  const issue = withHeadlineSizes(profile, input.issue);
  const hasAsset = input.hasAsset ?? (() => false);
  cache.begin(profile, fonts);
  const geometries = issue.pages.map((_, index) => pageGeometry(profile.format, index));
  const composed = new Map<string, { group: GroupItem; diagnostics: BlockDiagnostics }>();
  const chains = findChains(issue);
  cache.retain(new Set(chains.flatMap((chain) => (chain.blocks[0] ? [chain.blocks[0].block.id] : []))));

  for (const chain of chains) {
    const first = chain.blocks[0];
    if (!first) continue;
    const article = first.block.articleId === null ? undefined : articles.get(first.block.articleId);
    const links = chain.blocks.map(({ block, pageIndex }) => ({
      block,
      pageLabel: issue.pages[pageIndex]?.label ?? '',
      geometry: geometries[pageIndex] ?? geometries[0]!,
    }));
    // Left- and right-hand pages differ in margins, so parity is part of the key; so is whether
    // each photo of the article can be found (a found one is an image, a missing one a placeholder).
    // Where the blocks stand is not: a moved chain is its earlier drawing, shifted.
    const key = JSON.stringify([
      chain.blocks.map(({ block, pageIndex }) => [{ ...block, col: 0, line: 0 }, issue.pages[pageIndex]?.label, pageIndex % 2]),
      articleAssetIds(article).map(hasAsset),
    ]);
    const place = chain.blocks.map(({ block }) => ({ col: block.col, line: block.line }));
    const result: ComposedBlock[] = cache.chain(
      first.block.id,
      article,
      key,
      place,
      () => composeChain({ profile, fonts, hasAsset }, article, links),
      (earlier, from) => moveChain(earlier, from, links),
    );
    for (const block of result) {
      const reason = chain.broken.get(block.blockId) ?? null;
      composed.set(block.blockId, {
        group: block.group,
        diagnostics: reason ? { ...block.diagnostics, unresolvedJump: reason } : block.diagnostics,
      });
    }
  }

  const pages: DisplayPage[] = [];
  const diagnostics: BlockDiagnostics[] = [];
  issue.pages.forEach((page, pageIndex) => {
    const geometry = geometries[pageIndex]!;
    const items: DisplayItem[] = [];
    for (const block of page.blocks) {
      const rect = blockRectPt(geometry, block);
      const found = emptyDiagnostics(block.id, page.label, block.kind, block.kind === 'article' ? block.articleId : null);
      switch (block.kind) {
        case 'article': {
          const done = composed.get(block.id);
          if (done) {
            items.push(done.group);
            diagnostics.push(done.diagnostics);
          }
          continue;
        }
        case 'masthead': {
          const { group, missing } = composeMasthead(profile, fonts, issue, articles, rect, block.id);
          items.push(group);
          found.missingGlyphs = missing;
          break;
        }
        case 'pageHeader': {
          const { group, missing } = composePageHeader(profile, fonts, issue, page, pageIndex, rect, block.id);
          items.push(group);
          found.missingGlyphs = missing;
          break;
        }
        case 'photo': {
          const { group, missing, missingImages } = composePhotoBlock(profile, fonts, geometry, block, hasAsset);
          items.push(group);
          found.missingGlyphs = missing;
          found.missingImages = missingImages;
          break;
        }
        case 'rule': {
          const rule = { type: 'rule' as const, ...ruleSegment(geometry, block), width: pt(block.weight), ink: BLACK };
          items.push({ type: 'group', blockId: block.id, ...rect, items: [rule] });
          break;
        }
      }
      diagnostics.push(found);
    }
    const rules = composeStoryRules(profile, geometry, page.id, page.blocks, articles);
    if (rules) items.push(rules);
    pages.push({ pageId: page.id, label: page.label, width: geometry.width, height: geometry.height, items });
  });
  return { pages, diagnostics };
}
