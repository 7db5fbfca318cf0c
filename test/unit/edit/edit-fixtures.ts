// Shared inputs for edit tests: the sample issue (copy-fitted with the bundled fonts), an empty
// issue from the profile's templates, and article blocks to place on them.
import { bodyLinesPerPage } from '../../../shared/model/grid';
import { createIssue } from '../../../shared/model/issue-factory';
import type { ArticleBlock, Issue } from '../../../shared/model/issue';
import { createSampleContent, type SampleContent } from '../../../shared/sample/sample-content';
import { gridColumns, gridLines } from '../../../shared/units/units';
import { bundledFonts, profile } from '../layout/layout-fixtures';

export { profile };
export const format = profile.format;
export const PAGE_LINES = bodyLinesPerPage(format);

let sample: Promise<SampleContent> | undefined;
export function sampleContent(): Promise<SampleContent> {
  sample ??= bundledFonts().then((fonts) => createSampleContent(profile, '2025-05-08T00:00:00.000Z', fonts));
  return sample;
}

/** The eight template pages: A1 with its masthead (22 lines), A2… with a page header (3 lines). */
export function emptyIssue(): Issue {
  return createIssue(profile, { number: 15, totalNumber: 4370, date: '2025-05-16' });
}

export function frame(id: string, articleId: string | null, rect: Partial<ArticleBlock> = {}): ArticleBlock {
  return {
    kind: 'article',
    id,
    col: gridColumns(0),
    line: gridLines(30),
    cols: gridColumns(2),
    lines: gridLines(20),
    articleId,
    textColumns: 1,
    headline: 'across',
    headlineSize: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
    continuesIn: null,
    ...rect,
  };
}

/** An issue with the given blocks added to pages by index (0 = A1). */
export function issueWith(blocks: Array<[pageIndex: number, block: ArticleBlock | Issue['pages'][number]['blocks'][number]]>): Issue {
  const issue = emptyIssue();
  return {
    ...issue,
    pages: issue.pages.map((page, index) => ({
      ...page,
      blocks: [...page.blocks, ...blocks.filter(([at]) => at === index).map(([, block]) => block)],
    })),
  };
}
