// The built-in sample: original articles placed on the eight pages of a sample issue, so the
// app opens onto a real issue on first start (and `kfq init` creates the same).
import type { Article, ArticleNode } from '../model/article';
import { textElement } from '../model/article';
import { createIssue, type IssueNumbering } from '../model/issue-factory';
import type { Issue } from '../model/issue';
import { articlesOnPages } from '../model/issue-placements';
import type { PublicationProfile } from '../model/profile';
import { SCHEMA_VERSION } from '../model/version';
import { gridLines } from '../units/units';
import { MORE_SAMPLE_ARTICLES } from './sample-articles-more';
import { SAMPLE_ARTICLES, type SampleArticle } from './sample-articles';
import { placeArticles, type MeasureBlock } from './sample-placement';
import { allSamplePhotoIds, type SamplePhotoIds } from './sample-photos';
import { composeChain } from '../layout/chain';
import { feetLevel } from '../layout/column-feet';
import { fitIssue, MAX_EMPTY_LINES } from '../layout/fit';
import { pageGeometry } from '../layout/geometry';
import type { FontSet } from '../layout/styles';

/** No sample story is deeper than this many lines. */
const MAX_DEPTH = 400;

/**
 * How deep a block must be for its article, and how many lines more it can take while even; a
 * block standing on the foot of the page is measured there (it keeps no white line under it).
 * The depth is found by steps the overflow or the white suggest (over all text columns), each
 * checked by laying the block out, so it is exact and takes a few trials rather than a search.
 */
function measureWith(profile: PublicationProfile, fonts: FontSet): MeasureBlock {
  const context = { profile, fonts, hasAsset: () => false };
  const geometry = pageGeometry(profile.format, 1);
  return (article, block, atFoot) => {
    const at = (lines: number) => {
      const line = atFoot ? Math.max(0, geometry.lines - lines) : 0;
      const trial = { ...block, line: gridLines(line), lines: gridLines(lines), continuesIn: null };
      const [composed] = composeChain(context, article, [{ block: trial, pageLabel: '', geometry }]);
      const overflow = composed ? composed.diagnostics.overflowLines : Infinity;
      return { fits: overflow === 0, overflow, empty: composed?.diagnostics.emptyLines ?? 0, composed };
    };
    const columns = Math.max(1, block.textColumns);
    let lines = 20;
    let state = at(lines);
    while (!state.fits && lines < MAX_DEPTH) {
      lines = Math.min(MAX_DEPTH, lines + Math.max(1, Math.floor(state.overflow / columns)));
      state = at(lines);
    }
    while (state.fits && lines > 1) {
      const step = Math.min(lines - 1, Math.max(1, Math.floor(state.empty / columns)));
      let next = lines - step;
      let trial = at(next);
      if (!trial.fits && step > 1) {
        next = lines - 1;
        trial = at(next);
      }
      if (!trial.fits) break;
      lines = next;
      state = trial;
    }
    const empty = state.empty;
    let spare = 0;
    while (spare < MAX_EMPTY_LINES) {
      const more = at(lines + spare + 1);
      if (!more.fits || more.empty > MAX_EMPTY_LINES) break;
      spare += 1;
    }
    const level = !state.composed || feetLevel(state.composed.group, block.textColumns, profile.format.bodyLeading);
    return { lines, empty, spare, level };
  };
}

/** The numbering of the real issue the profile was taken from: 第14期, 总第4369期, 2025-05-09 (Friday). */
export const SAMPLE_NUMBERING: IssueNumbering = { number: 14, totalNumber: 4369, date: '2025-05-09' };

export interface SampleContent {
  issue: Issue;
  articles: Article[];
}

export function allSampleArticles(): SampleArticle[] {
  return [...SAMPLE_ARTICLES, ...MORE_SAMPLE_ARTICLES];
}

export function sampleArticleId(sample: SampleArticle): string {
  return `sample-${sample.key.toLowerCase().replace(/[^a-z0-9-]/g, '-')}`.slice(0, 64);
}

/** The sample article as a Slate-shaped document: headline group, dateline, body, photo, signature. */
export function sampleArticleContent(sample: SampleArticle, photoIds: SamplePhotoIds = allSamplePhotoIds): ArticleNode[] {
  const nodes: ArticleNode[] = [];
  if (sample.kicker) nodes.push(textElement('kicker', sample.kicker));
  nodes.push(textElement('headline', sample.headline));
  if (sample.subtitle) nodes.push(textElement('subtitle', sample.subtitle));
  if (sample.dateline) nodes.push(textElement('dateline', sample.dateline));
  sample.body.forEach((item, index) => {
    if ('p' in item) nodes.push(textElement('paragraph', item.p));
    else if ('subhead' in item) nodes.push(textElement('subhead', item.subhead));
    else nodes.push(textElement('quote', item.quote));
    // The photo sits after the second paragraph, as photos usually break the text early;
    // the front-page lead's photo is a photo block of its own on the page instead.
    if (sample.photo && sample.page !== 'A1' && index === Math.min(1, sample.body.length - 1)) {
      nodes.push({ type: 'photo', assetId: photoIds(sample.key), credit: sample.photo.credit, children: [{ text: sample.photo.caption }] });
    }
  });
  if (sample.signature) nodes.push(textElement('signature', sample.signature));
  return nodes;
}

/**
 * The sample issue and its articles, block depths copy-fitted by the layout engine with `fonts`;
 * its photo frames hold the pictures `photoIds` names (all of them unless told otherwise). A frame
 * is as large with its picture as without, so the fitting does not depend on them.
 */
export function createSampleContent(
  profile: PublicationProfile,
  nowIso: string,
  fonts: FontSet,
  photoIds: SamplePhotoIds = allSamplePhotoIds,
): SampleContent {
  return buildSampleContent(profile, nowIso, allSampleArticles(), fonts, photoIds);
}

/** An issue made of the given sample articles, each placed on the page it names. */
export function buildSampleContent(
  profile: PublicationProfile,
  nowIso: string,
  samples: readonly SampleArticle[],
  fonts: FontSet,
  photoIds: SamplePhotoIds = allSamplePhotoIds,
): SampleContent {
  const articles: Article[] = samples.map((sample) => ({
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: sampleArticleId(sample),
    status: 'placed',
    author: sample.dateline.replace(/^科学导报讯?\s*/, '').replace(/^记者/, '') || sample.signature || '编辑部',
    createdAt: nowIso,
    updatedAt: nowIso,
    rev: 1,
    content: sampleArticleContent(sample, photoIds),
    revisions: [],
  }));
  const issue = createIssue(profile, SAMPLE_NUMBERING);
  // The sample ships fitted: each story as deep as its text, stories closed up, pictures taking the rest.
  const context = { profile, fonts, hasAsset: () => false };
  const byId = new Map(articles.map((article) => [article.id, article]));
  const placed = placeArticles(
    profile,
    issue,
    samples,
    articles,
    measureWith(profile, fonts),
    (planned) => {
      const fitted = fitIssue(context, planned, byId);
      return { issue: fitted.issue, open: new Set(fitted.problems.map((problem) => problem.pageLabel)) };
    },
    photoIds,
  );
  // Each article records its page as saveIssue would have; before it was placed it had been approved.
  const pages = articlesOnPages(placed);
  const recorded = articles.map((article) => {
    const where = pages.get(article.id);
    return where ? { ...article, placement: { issueId: placed.id, page: where.page, previousStatus: 'approved' as const } } : article;
  });
  return { issue: placed, articles: recorded };
}
