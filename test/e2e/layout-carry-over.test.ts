// A weekly issue starts from last week's pages: 新建下一期 with 沿用上一期版式 copies the sample
// issue's layout as empty frames that the page view still shows after a reload; and the library
// says on which page each placed sample article is (第A3版).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { IssuesPage } from './pages/issues-page';
import { LibraryPage } from './pages/library-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { readArticleFile, readJson } from './support/workspace';

const fixture = appPerTest();
const NEXT_ISSUE = '2025-05-16-15';

function readIssue(id: string): Promise<Issue> {
  return readJson(path.join(fixture.app.dir, 'issues', id, 'issue.json')) as Promise<Issue>;
}

function articleBlocksOn(issue: Issue, label: string) {
  return (issue.pages.find((page) => page.label === label)?.blocks ?? []).flatMap((block) => (block.kind === 'article' ? [block] : []));
}

describe('layout carried over', () => {
  it('starts the next issue from last week’s pages: empty frames, same 版名, shown again after a reload', async () => {
    const frame = new AppPage(fixture.app.page);
    await frame.waitReady();
    await frame.goTo('期次与版面');
    const issues = new IssuesPage(fixture.app.page);
    await issues.title().filter({ hasText: '第14期' }).waitFor();
    const copy = fixture.app.page.getByTestId('new-issue-copy-layout');
    expect(await copy.innerText()).toContain('沿用上一期版式');
    expect(await copy.innerText()).toContain('第14期');
    expect(await copy.getByRole('checkbox').isChecked()).toBe(true);
    await screenshot(fixture.app.page, 'carry-over-form');
    await issues.createNext();
    await issues.title().filter({ hasText: '第15期' }).waitFor();

    const sample = await readIssue(SAMPLE_ISSUE);
    const next = await readIssue(NEXT_ISSUE);
    expect(next.pages.map((page) => [page.name, page.editor])).toEqual(sample.pages.map((page) => [page.name, page.editor]));
    const frames = articleBlocksOn(next, 'A3');
    expect(frames.map((block) => block.id)).toEqual(articleBlocksOn(sample, 'A3').map((block) => block.id));
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((block) => block.articleId === null)).toBe(true);

    const view = new PageViewPage(fixture.app.page, fixture.app.shell.url);
    await view.open('A3', { issueId: NEXT_ISSUE });
    await fixture.app.page.reload();
    await view.waitPainted('A3');
    await expect.poll(() => view.blocksOfKind('article', 'A3').count()).toBe(frames.length);
    for (const block of frames) await view.block(block.id).waitFor();
    await screenshot(fixture.app.page, 'carry-over-empty-frames');
    expect(fixture.app.problems).toEqual([]);
  });

  it('shows in the library the page a placed sample article is on', async () => {
    const sample = await readIssue(SAMPLE_ISSUE);
    const articleId = articleBlocksOn(sample, 'A3')[0]?.articleId;
    if (!articleId) throw new Error('the sample has no article on A3');
    const article = (await readArticleFile(fixture.app.dir, articleId)) as {
      placement?: unknown;
      content: { type: string; children: { text: string }[] }[];
    };
    expect(article.placement).toEqual({ issueId: SAMPLE_ISSUE, page: 'A3', previousStatus: 'approved' });
    const headline =
      article.content
        .find((node) => node.type === 'headline')
        ?.children.map((leaf) => leaf.text)
        .join('') ?? '';

    const frame = new AppPage(fixture.app.page);
    await frame.waitReady();
    await frame.goTo('稿件库');
    const library = new LibraryPage(fixture.app.page);
    await library.waitLoaded();
    const row = fixture.app.page.locator('.article-row', { hasText: headline }).first();
    await expect.poll(() => row.locator('td.col-status').innerText()).toMatch(/已上版\s*第A3版/);
    await screenshot(fixture.app.page, 'library-placement');
    expect(fixture.app.problems).toEqual([]);
  });
});
