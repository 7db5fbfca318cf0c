// First start: the app opens onto the sample issue with pages A1–A8 in print pairs, and the
// library lists the sample manuscripts — with no console errors and no CSP violations.
import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { IssuesPage } from './pages/issues-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';

const fixture = appPerTest();

describe('first start', () => {
  it('opens onto the sample issue with pages A1–A8 in print pairs', async () => {
    const frame = new AppPage(fixture.app.page);
    const issues = new IssuesPage(fixture.app.page);
    await frame.waitReady();
    await expect.poll(() => frame.workspaceName().innerText()).toBe('开发区建设');
    await issues.title().waitFor();
    expect(await issues.title().innerText()).toBe('第14期 总第4369期');
    expect(await issues.date().innerText()).toBe('2025年5月9日 星期五');
    await expect.poll(() => issues.pageLabels()).toEqual(['A1', 'A8', 'A2', 'A7', 'A3', 'A6', 'A4', 'A5']);
    expect(await issues.pairTitles()).toEqual(['印刷对版 A1 + A8', '印刷对版 A2 + A7', '印刷对版 A3 + A6', '印刷对版 A4 + A5']);
    // Each page shows its blocks; A1 holds the masthead and article blocks with real headlines.
    await expect.poll(() => issues.blocks('A1').count()).toBeGreaterThan(1);
    const a1 = await issues.blocks('A1').allInnerTexts();
    expect(a1.join('\n')).toContain('报头');
    expect(a1.join('\n')).toMatch(/第\d+栏 第\d+行起 · \d+栏×\d+行/);
    expect(a1.join('\n')).not.toContain('不在稿件库中');
    await fixture.app.page.evaluate(() => document.fonts.ready);
    await screenshot(fixture.app.page, '01-issue-sample');
    await fixture.app.page.locator('.issues-main').evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await screenshot(fixture.app.page, '02-issue-sample-bottom');
    expect(fixture.app.problems).toEqual([]);
  });

  it('lists the sample manuscripts in the library, with search and status filter', async () => {
    const frame = new AppPage(fixture.app.page);
    const library = new LibraryPage(fixture.app.page);
    await frame.waitReady();
    await frame.goTo('稿件库');
    await library.waitLoaded();
    const headlines = await library.headlines();
    expect(headlines.length).toBeGreaterThan(8);
    for (const headline of headlines) expect(headline.trim().length).toBeGreaterThan(0);
    for (const count of await library.charCounts()) expect(count).toBeGreaterThan(0);
    await screenshot(fixture.app.page, '03-library');

    const first = headlines[0] ?? '';
    await library.search(first.slice(0, 4));
    await expect.poll(() => library.headlines()).toContain(first);
    await library.search('这段文字不会出现在任何稿件里');
    await fixture.app.page.getByText('没有符合条件的稿件').waitFor();
    await library.search('');
    await library.filterStatus('草稿');
    await fixture.app.page.getByText('没有符合条件的稿件').waitFor();
    expect(fixture.app.problems).toEqual([]);
  });
});
