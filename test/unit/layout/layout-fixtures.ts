// Shared inputs for layout tests: the bundled fonts, the sample issue and small hand-made articles.
import { loadBundledFonts } from '../../../electron/services/fonts/bundled-fonts';
import type { DisplayItem, DisplayPage, GlyphRun } from '../../../shared/display/display-list';
import type { FontSet } from '../../../shared/layout/styles';
import type { Article, ArticleNode } from '../../../shared/model/article';
import { textElement } from '../../../shared/model/article';
import { defaultProfile } from '../../../shared/model/default-profile';
import type { ArticleBlock } from '../../../shared/model/issue';
import { SCHEMA_VERSION } from '../../../shared/model/version';
import { gridColumns, gridLines } from '../../../shared/units/units';

let fonts: Promise<FontSet> | undefined;
export function bundledFonts(): Promise<FontSet> {
  fonts ??= loadBundledFonts();
  return fonts;
}

export const profile = defaultProfile();

export function article(id: string, content: ArticleNode[]): Article {
  return {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id,
    status: 'placed',
    author: '测试',
    createdAt: '2025-05-01T00:00:00.000Z',
    updatedAt: '2025-05-01T00:00:00.000Z',
    rev: 1,
    content,
    revisions: [],
  };
}

export function paragraphs(...texts: string[]): ArticleNode[] {
  return texts.map((text) => textElement('paragraph', text));
}

export function block(id: string, articleId: string, geometry: Partial<ArticleBlock> = {}): ArticleBlock {
  return {
    kind: 'article',
    id,
    col: gridColumns(0),
    line: gridLines(3),
    cols: gridColumns(1),
    lines: gridLines(10),
    articleId,
    textColumns: 1,
    headline: 'across',
    headlineSize: null,
    continuesIn: null,
    headlineLines: null,
    showKicker: true,
    showSubtitle: true,
    ...geometry,
  };
}

export function runsOf(items: readonly DisplayItem[]): GlyphRun[] {
  const runs: GlyphRun[] = [];
  for (const item of items) {
    if (item.type === 'glyphs') runs.push(item);
    else if (item.type === 'group') runs.push(...runsOf(item.items));
  }
  return runs;
}

export function groupText(page: DisplayPage | undefined, blockId: string): string {
  const group = page?.items.find((item) => item.type === 'group' && item.blockId === blockId);
  return group
    ? runsOf([group])
        .map((run) => run.text)
        .join('')
    : '';
}
