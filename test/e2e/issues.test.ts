// 期次与版面: 新建下一期 advances 期号 and 总期号 with the date one week on; 版名 edits are saved to the
// issue file; bad input (an impossible date, a date that already has an issue) gets a Chinese message.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../shared/model/issue';
import { AppPage } from './pages/app-page';
import { IssuesPage } from './pages/issues-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';
import { issueFolders, readJson } from './support/workspace';

const fixture = appPerTest();

async function openIssues(): Promise<IssuesPage> {
  await new AppPage(fixture.app.page).waitReady();
  const issues = new IssuesPage(fixture.app.page);
  await issues.title().filter({ hasText: '第14期' }).waitFor();
  return issues;
}

describe('issues', () => {
  it('creates the next issue from the UI: 期号 and 总期号 advance, the date moves a week on', async () => {
    const issues = await openIssues();
    expect(await fixture.app.page.getByTestId('new-issue-preview').innerText()).toContain('第15期 总第4370期');
    await issues.createNext();
    await issues.title().filter({ hasText: '第15期 总第4370期' }).waitFor();
    expect(await issues.date().innerText()).toBe('2025年5月16日 星期五');
    await expect.poll(() => issues.pageLabels()).toEqual(['A1', 'A8', 'A2', 'A7', 'A3', 'A6', 'A4', 'A5']);
    await expect.poll(() => issues.issueItems().count()).toBe(2);
    expect(await issueFolders(fixture.app.dir)).toEqual(['2025-05-09-14', '2025-05-16-15']);
    await new AppPage(fixture.app.page).successNotice().waitFor();
    await screenshot(fixture.app.page, '08-issue-created');
    expect(fixture.app.problems).toEqual([]);
  });

  it('saves 版名 edits to the issue file', async () => {
    const issues = await openIssues();
    await issues.pageName('A3').fill('园区新闻');
    await fixture.app.page.getByText('有未保存的修改').waitFor();
    await issues.save();
    await new AppPage(fixture.app.page).successNotice().waitFor();
    const issue = (await readJson(path.join(fixture.app.dir, 'issues', '2025-05-09-14', 'issue.json'))) as Issue;
    expect(issue.pages.find((page) => page.label === 'A3')?.name).toBe('园区新闻');
    expect(fixture.app.problems).toEqual([]);
  });

  it('answers bad input with a clear Chinese message and creates nothing', async () => {
    const issues = await openIssues();
    const frame = new AppPage(fixture.app.page);
    await issues.createNext('2025-02-30');
    await frame.errorNotice().waitFor();
    expect(await frame.errorNotice().innerText()).toMatch(/新建期次失败[\s\S]*出版日期“2025-02-30”无效/);
    await screenshot(fixture.app.page, '09-bad-date');

    // A date that already has an issue is refused by the services; their message is shown.
    await issues.createNext('2025-05-09');
    await frame.errorNotice().filter({ hasText: '已经有一期' }).waitFor();
    expect(await frame.errorNotice().innerText()).toContain('新建期次失败');
    expect(await issueFolders(fixture.app.dir)).toEqual(['2025-05-09-14']);
    await screenshot(fixture.app.page, '10-duplicate-date');
    expect(fixture.app.problems).toEqual([]);
  });
});
