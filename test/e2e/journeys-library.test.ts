// Journeys through the library, the issues and the workstation settings, each checked on the
// screen and in the workspace's files: 只看我写的 for a 记者, switching between two issues, the
// 责任编辑 of a page, and the settings beside the role (the name, the reporters' keys).
import { generateKeyPairSync } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rawPublicKeyOf } from '../../electron/services/filing/package-signature';
import { publicKeyFileOf } from '../../electron/services/filing/signing-key';
import type { Article } from '../../shared/model/article';
import type { AuditEntry } from '../../shared/model/audit';
import { formatFingerprint, type ReporterRegistry } from '../../shared/model/filing-keys';
import type { Issue } from '../../shared/model/issue';
import type { WorkspaceFile } from '../../shared/model/workspace';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { IssuesPage } from './pages/issues-page';
import { LibraryPage } from './pages/library-page';
import { PageEditorPage } from './pages/page-editor-page';
import { PageViewPage, SAMPLE_ISSUE } from './pages/page-view-page';
import { appPerTest, E2E_USER } from './support/app-fixture';
import { screenshot } from './support/browser';
import { issueFolders, readArticleFile, readJson } from './support/workspace';

const fixture = appPerTest();
const NEXT_ISSUE = '2025-05-16-15';

function workspaceFile(dir: string): Promise<WorkspaceFile> {
  return readJson(path.join(dir, 'workspace.json')) as Promise<WorkspaceFile>;
}

function issueFile(dir: string, id: string): Promise<Issue> {
  return readJson(path.join(dir, 'issues', id, 'issue.json')) as Promise<Issue>;
}

async function openIssues(): Promise<IssuesPage> {
  await new AppPage(fixture.app.page).waitReady();
  const issues = new IssuesPage(fixture.app.page);
  await issues.title().filter({ hasText: '第14期' }).waitFor();
  return issues;
}

describe('library journeys', () => {
  it('只看我写的 shows a 记者 their own manuscripts, and all of the workspace’s when unticked', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    const library = new LibraryPage(page);
    await frame.waitReady();
    await frame.switchRole('记者', '韩宇');
    const index = await workspaceFile(dir);
    expect(index.settings).toMatchObject({ role: 'reporter', userName: '韩宇' });
    const own = index.articles.filter((entry) => entry.author === '韩宇').map((entry) => entry.headline);
    // The sample issue has several of his stories; the rest are by others.
    expect(own.length).toBeGreaterThan(1);
    expect(own.length).toBeLessThan(index.articles.length);

    await frame.goTo('稿件库');
    await page.getByRole('heading', { name: '我的稿件' }).waitFor();
    await library.waitLoaded();
    expect(await library.onlyMine().isChecked()).toBe(true);
    expect(await page.locator('.only-mine').innerText()).toContain('只看我写的（韩宇）');
    expect((await library.headlines()).sort()).toEqual([...own].sort());
    expect(await library.subtitle().innerText()).toContain(`共 ${own.length} 篇稿件`);
    await screenshot(page, 'j09-only-mine');

    await library.onlyMine().uncheck();
    await expect.poll(() => library.rows().count()).toBe(index.articles.length);
    expect(await library.subtitle().innerText()).toContain(`共 ${index.articles.length} 篇稿件`);
    await library.onlyMine().check();
    await expect.poll(() => library.rows().count()).toBe(own.length);

    // A manuscript the reporter starts is theirs: it joins the list while the box is ticked.
    await library.createArticle();
    const editor = new EditorPage(page);
    await editor.waitLoaded();
    await editor.typeInto('headline', '园区青年创业沙龙第三期举办');
    await editor.save();
    const id = await editor.articleId();
    expect(((await readArticleFile(dir, id)) as Article).author).toBe('韩宇');
    await frame.goTo('稿件库');
    await library.row('园区青年创业沙龙第三期举办').waitFor();
    expect(await library.rows().count()).toBe(own.length + 1);
    expect(await library.onlyMine().isChecked()).toBe(true);
    expect((await workspaceFile(dir)).articles.find((entry) => entry.id === id)?.author).toBe('韩宇');
    expect(fixture.app.problems).toEqual([]);
  });

  it('switches between two issues: the title, the pages, the address and 打开版面 follow the choice', async () => {
    const { page, dir } = fixture.app;
    const issues = await openIssues();
    await issues.createNext();
    await issues.title().filter({ hasText: '第15期' }).waitFor();
    await expect.poll(() => issues.issueItems().count()).toBe(2);
    expect(await issues.hash()).toBe(`#/issues/${NEXT_ISSUE}`);

    await issues.selectIssue('第14期');
    await issues.title().filter({ hasText: '第14期 总第4369期' }).waitFor();
    expect(await issues.date().innerText()).toBe('2025年5月9日 星期五');
    expect(await issues.activeIssue().innerText()).toContain('第14期');
    expect(await issues.hash()).toBe(`#/issues/${SAMPLE_ISSUE}`);
    const sample = await issueFile(dir, SAMPLE_ISSUE);
    const sampleA3 = sample.pages.find((each) => each.label === 'A3')!;
    const placedOnA3 = sampleA3.blocks.filter((block) => block.kind === 'article' && block.articleId !== null).length;
    expect(placedOnA3).toBeGreaterThan(0);
    expect(await issues.blocks('A3').locator('.link-button').count()).toBe(placedOnA3);

    await issues.selectIssue('第15期');
    await issues.title().filter({ hasText: '第15期 总第4370期' }).waitFor();
    expect(await issues.activeIssue().innerText()).toContain('第15期');
    // Last week's frames, empty: no article of issue 14 is listed on 15's pages.
    expect(await issues.blocks('A3').locator('.link-button').count()).toBe(0);
    expect(await issues.blocks('A3').filter({ hasText: '（空版块，等待本期稿件）' }).count()).toBeGreaterThan(0);
    const next = await issueFile(dir, NEXT_ISSUE);
    expect(next.pages.flatMap((each) => each.blocks).some((block) => block.kind === 'article' && block.articleId !== null)).toBe(false);
    await screenshot(page, 'j10-switch-issue');

    // An unsaved 版名 asks before switching; 取消 keeps it, 确定 drops it and nothing is written.
    await issues.pageName('A2').fill('园区动态');
    await page.getByText('有未保存的修改').waitFor();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await issues.selectIssue('第14期');
    await page.waitForTimeout(300);
    expect(await issues.title().innerText()).toContain('第15期');
    expect(await issues.pageName('A2').inputValue()).toBe('园区动态');
    const messages: string[] = [];
    page.once('dialog', (dialog) => {
      messages.push(dialog.message());
      void dialog.accept();
    });
    await issues.selectIssue('第14期');
    await issues.title().filter({ hasText: '第14期' }).waitFor();
    expect(messages[0]).toContain('切换后这些修改将丢失');
    expect(await issueFile(dir, NEXT_ISSUE)).toEqual(next);

    // 打开版面 opens the chosen issue's pages, and the page view's way back returns to it.
    await issues.selectIssue('第15期');
    await issues.title().filter({ hasText: '第15期' }).waitFor();
    await issues.openPages().click();
    const view = new PageViewPage(page, fixture.app.shell.url);
    await view.waitPainted('A1');
    expect(await view.hash()).toBe(`#/issues/${NEXT_ISSUE}/pages/A1`);
    await page.goBack();
    await issues.title().filter({ hasText: '第15期' }).waitFor();
    expect(await issueFolders(dir)).toEqual([SAMPLE_ISSUE, NEXT_ISSUE]);
    expect(fixture.app.problems).toEqual([]);
  });

  it('saves a page’s 责任编辑 to the issue file and prints it in the page header', async () => {
    const { page, dir } = fixture.app;
    const issues = await openIssues();
    const before = await issueFile(dir, SAMPLE_ISSUE);
    const previous = before.pages.find((each) => each.label === 'A3')!.editor;
    expect(await issues.pageEditor('A3').inputValue()).toBe(previous);
    await issues.pageEditor('A3').fill('林晓');
    await page.getByText('有未保存的修改').waitFor();
    // Ctrl+S saves the issue as 保存版面信息 does.
    await page.keyboard.press('Control+s');
    await new AppPage(page).successNotice().filter({ hasText: '版面信息' }).waitFor();
    const after = await issueFile(dir, SAMPLE_ISSUE);
    expect(after.pages.find((each) => each.label === 'A3')?.editor).toBe('林晓');
    expect(after.pages.filter((each) => each.label !== 'A3')).toEqual(before.pages.filter((each) => each.label !== 'A3'));
    await screenshot(page, 'j11-page-editor-name');

    await page.reload();
    await issues.title().filter({ hasText: '第14期' }).waitFor();
    expect(await issues.pageEditor('A3').inputValue()).toBe('林晓');
    // The canvas leaves the text it draws for tests (see PageCanvas) when asked before it loads.
    await page.addInitScript(() => (window.__kfqRecordDrawing = true));
    await new PageViewPage(page, fixture.app.shell.url).open('A3');
    const drawn = new PageEditorPage(page);
    await expect.poll(() => drawn.drawnText('A3')).toContain('林晓');
    expect(await drawn.drawnText('A3')).not.toContain(previous);
    expect(fixture.app.problems).toEqual([]);
  });

  it('changes the workstation’s name in 工作站设置 (取消 keeps the old one), and later edits are credited to it', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    await frame.waitReady();
    expect(await frame.userName().innerText()).toBe(E2E_USER);

    await frame.openSettings();
    expect(await frame.settingsName().inputValue()).toBe(E2E_USER);
    await frame.settingsName().fill('郑安');
    await frame.settingsButton('取消').click();
    await frame.settingsDialog().waitFor({ state: 'detached' });
    expect(await frame.userName().innerText()).toBe(E2E_USER);
    expect((await workspaceFile(dir)).settings.userName).toBe(E2E_USER);

    await frame.openSettings();
    await frame.settingsName().fill('  郑安 ');
    await frame.settingsButton('保存').click();
    await frame.successNotice().filter({ hasText: '设置已保存：郑安（编辑）' }).waitFor();
    await frame.userName().filter({ hasText: '郑安' }).waitFor();
    expect(await frame.role().innerText()).toBe('编辑');
    expect((await workspaceFile(dir)).settings).toMatchObject({ userName: '郑安', role: 'editor' });
    await screenshot(page, 'j12-settings-name');

    const library = new LibraryPage(page);
    await frame.goTo('稿件库');
    await library.waitLoaded();
    await library.open((await library.headlines())[0] ?? '');
    const editor = new EditorPage(page);
    await editor.waitLoaded();
    await editor.typeInto('paragraph', '由新署名的编辑补充');
    await editor.save();
    const id = await editor.articleId();
    expect(((await readArticleFile(dir, id)) as Article).revisions.at(-1)?.by).toBe('郑安');
    await expect.poll(() => editor.auditTrail().first().innerText()).toContain('郑安');
    const lines = (await readFile(path.join(dir, 'audit.log.jsonl'), 'utf8')).trim().split('\n');
    expect((JSON.parse(lines.at(-1)!) as AuditEntry).user).toBe('郑安');
    expect(fixture.app.problems).toEqual([]);
  });

  it('registers a reporter from a key file in 工作站设置, and refuses a damaged one in Chinese', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    await frame.waitReady();
    const { privateKey } = generateKeyPairSync('ed25519');
    const publicKey = rawPublicKeyOf(privateKey);
    const keyFile = publicKeyFileOf({ privateKey, publicKey }, '孙悦');
    const shown = formatFingerprint(keyFile.fingerprint!);

    const dialog = await frame.openSettings();
    expect(await dialog.getByTestId('registered-reporters').innerText()).toContain('尚未登记任何记者');
    const upload = dialog.getByTestId('registered-reporters').locator('input[type="file"]');
    await upload.setInputFiles({
      name: 'reporter-sunyue.kfqkey',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(keyFile)),
    });
    await frame.successNotice().filter({ hasText: '已登记记者孙悦' }).waitFor();
    const listed = dialog.getByTestId('registered-reporter');
    await listed.first().waitFor();
    expect(await listed.count()).toBe(1);
    expect(await listed.first().innerText()).toContain('孙悦');
    expect(await listed.first().innerText()).toContain(shown);
    await screenshot(page, 'j13-settings-reporter-key');
    const registry = (await readJson(path.join(dir, 'reporters.json'))) as ReporterRegistry;
    expect(registry.reporters).toHaveLength(1);
    expect(registry.reporters[0]).toMatchObject({ name: '孙悦', publicKey, fingerprint: keyFile.fingerprint });
    const stored = await readFile(path.join(dir, 'reporters.json'), 'utf8');

    // A file that is not a key: a Chinese message, the list and the file stay as they were.
    await upload.setInputFiles({
      name: 'broken.kfqkey',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"kfq-reporter-key"'),
    });
    await frame.errorNotice().filter({ hasText: '导入记者密钥失败' }).waitFor();
    expect(await frame.errorNotice().innerText()).toMatch(/[\u4e00-\u9fff]{4,}/);
    expect(await listed.count()).toBe(1);
    expect(await readFile(path.join(dir, 'reporters.json'), 'utf8')).toBe(stored);
    expect(fixture.app.problems).toEqual([]);
  });
});
