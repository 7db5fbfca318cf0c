// The built-in sample: original articles placed on the eight pages of a sample issue, so the
// app opens onto a real issue on first start (and `kfq init` creates the same).
import type { Article, ArticleNode } from '../model/article';
import { textElement } from '../model/article';
import { createIssue, type IssueNumbering } from '../model/issue-factory';
import type { Issue } from '../model/issue';
import { articlesOnPages } from '../model/issue-placements';
import type { PublicationProfile } from '../model/profile';
import { SCHEMA_VERSION } from '../model/version';
import { MORE_SAMPLE_ARTICLES } from './sample-articles-more';
import { SAMPLE_ARTICLES, type SampleArticle } from './sample-articles';
import { placeArticles, type MeasureLines } from './sample-placement';
import { linesNeeded } from '../layout/copy-fit';
import { fitIssue } from '../layout/fit';
import { pageGeometry } from '../layout/geometry';
import type { FontSet } from '../layout/styles';

function measureWith(profile: PublicationProfile, fonts: FontSet): MeasureLines {
  const context = { profile, fonts, hasAsset: () => false };
  const geometry = pageGeometry(profile.format, 0);
  return (article, block) => linesNeeded(context, article, block, geometry);
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
export function sampleArticleContent(sample: SampleArticle): ArticleNode[] {
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
      nodes.push({ type: 'photo', assetId: null, credit: sample.photo.credit, children: [{ text: sample.photo.caption }] });
    }
  });
  if (sample.signature) nodes.push(textElement('signature', sample.signature));
  return nodes;
}

/**
 * The sample issue and its articles, block depths copy-fitted by the layout engine with `fonts`.
 */
export function createSampleContent(profile: PublicationProfile, nowIso: string, fonts: FontSet): SampleContent {
  return buildSampleContent(profile, nowIso, allSampleArticles(), fonts);
}

/** An issue made of the given sample articles, each placed on the page it names. */
export function buildSampleContent(
  profile: PublicationProfile,
  nowIso: string,
  samples: readonly SampleArticle[],
  fonts: FontSet,
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
    content: sampleArticleContent(sample),
    revisions: [],
  }));
  const issue = createIssue(profile, SAMPLE_NUMBERING);
  const banded = placeArticles(profile, issue, samples, articles, measureWith(profile, fonts));
  // The sample ships fitted: each story as deep as its text, stories closed up, pictures taking the rest.
  const placed = fitIssue(
    { profile, fonts, hasAsset: () => false },
    banded,
    new Map(articles.map((article) => [article.id, article])),
  ).issue;
  // Each article records its page as saveIssue would have; before it was placed it had been approved.
  const pages = articlesOnPages(placed);
  const recorded = articles.map((article) => {
    const where = pages.get(article.id);
    return where ? { ...article, placement: { issueId: placed.id, page: where.page, previousStatus: 'approved' as const } } : article;
  });
  return { issue: placed, articles: recorded };
}
