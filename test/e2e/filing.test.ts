// Offline filing in the real interface: a package dropped into the desk's inbox shows a notice and
// appears in the library as 已提交 (a later version the desk had edited is kept beside it, marked as
// a conflict); one from a key the desk has not registered waits as 待确认 with its fingerprint until
// the desk accepts the key; and in 记者 mode 提交 writes the draft's package into the outbox.
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { textElement, type Article, type ArticleNode } from '../../shared/model/article';
import { SCHEMA_VERSION } from '../../shared/model/version';
import { readDraftPackage } from '../../electron/services/filing/package-reader';
import { fingerprintOf, rawPublicKeyOf, type Signer } from '../../electron/services/filing/package-signature';
import { buildDraftPackage } from '../../electron/services/filing/package-writer';
import { registerKey } from '../../electron/services/filing/reporter-registry';
import { formatFingerprint } from '../../shared/model/filing-keys';
import { AppPage } from './pages/app-page';
import { EditorPage } from './pages/editor-page';
import { LibraryPage } from './pages/library-page';
import { appPerTest } from './support/app-fixture';
import { openPage, screenshot } from './support/browser';
import { readArticleFile } from './support/workspace';

const fixture = appPerTest();
const HEADLINE = '高新区首批数字工厂通过验收';

/** The filing parts of the window: notices from the inbox, the settings dialog, marks and panels. */
class FilingPage {
  constructor(readonly page: Page) {}

  notice(text: string) {
    return this.page.locator('.notice', { hasText: text });
  }

  row(headline: string) {
    return this.page.locator('.article-row', { hasText: headline });
  }

  async switchRole(label: '记者' | '编辑', userName: string, beforeSave?: () => Promise<void>): Promise<void> {
    await this.page.locator('.top-user').click();
    const dialog = this.page.getByRole('dialog', { name: '工作站设置' });
    await dialog.getByRole('textbox', { name: '姓名' }).fill(userName);
    await dialog.getByRole('radio', { name: new RegExp(`^${label}`) }).check();
    await beforeSave?.();
    await dialog.getByRole('button', { name: '保存' }).click();
    await this.page.getByTestId('role').filter({ hasText: label }).waitFor();
  }
}

function content(...paragraphs: string[]): ArticleNode[] {
  return [
    textElement('headline', HEADLINE),
    textElement('dateline', '科学导报讯 记者 王波'),
    ...paragraphs.map((text) => textElement('paragraph', text)),
  ];
}

function newSigner(): Signer {
  const { privateKey } = generateKeyPairSync('ed25519');
  return { privateKey, publicKey: rawPublicKeyOf(privateKey) };
}

/** A reporter's signed package, dropped into the inbox the way a sync tool does (hidden name, then rename). */
async function dropPackage(dir: string, revision: number, nodes: ArticleNode[], signer: Signer): Promise<void> {
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    kind: 'article',
    id: 'a-20250512-e2e0f11e',
    status: 'draft',
    author: '王波',
    createdAt: '2025-05-12T07:00:00.000Z',
    updatedAt: '2025-05-12T07:00:00.000Z',
    rev: 1,
    content: nodes,
    revisions: [],
  };
  const built = buildDraftPackage(
    article,
    new Map(),
    {
      packageId: 'a-20250512-e2e0f11e-0a1b2c3d',
      revision,
      createdAt: `2025-05-12T0${revision}:00:00.000Z`,
      author: '王波',
    },
    signer,
  );
  const inbox = path.join(dir, 'inbox');
  await mkdir(inbox, { recursive: true });
  await writeFile(path.join(inbox, `.${built.fileName}.partial`), built.bytes);
  await rename(path.join(inbox, `.${built.fileName}.partial`), path.join(inbox, built.fileName));
}

describe('filing', () => {
  it('shows a notice for a package dropped into the inbox, and lists the manuscript as 已提交', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    const filing = new FilingPage(page);
    const library = new LibraryPage(page);
    const signer = newSigner();
    await registerKey(dir, { name: '王波', publicKey: signer.publicKey });
    await frame.waitReady();
    await frame.goTo('稿件库');
    await library.waitLoaded();
    await expect.poll(() => page.getByTestId('filing-note').innerText()).toContain(path.join(dir, 'inbox'));

    await dropPackage(dir, 1, content('首批十二家企业的生产线完成数字化改造。'), signer);
    await filing.notice(`收到来稿：《${HEADLINE}》（第1版）`).waitFor({ timeout: 20_000 });
    await filing.row(HEADLINE).waitFor();
    expect(await filing.row(HEADLINE).locator('.status-badge').innerText()).toBe('已提交');
    expect(await filing.row(HEADLINE).getByTestId('incoming-mark').innerText()).toBe('来稿 第1版');
    await screenshot(page, '20-filing-inbox-notice');

    // The desk edits the manuscript; the reporter's second version must not overwrite that.
    await filing.notice(`收到来稿：《${HEADLINE}》`).getByRole('button', { name: '打开稿件' }).click();
    const editor = new EditorPage(page);
    await editor.waitLoaded();
    const deskId = await editor.articleId();
    expect(await page.getByTestId('source-panel').innerText()).toContain('王波');
    await editor.typeInto('paragraph', '（编辑部补充）');
    await editor.save();

    await dropPackage(dir, 2, content('首批十二家企业的生产线完成数字化改造。', '记者补充：验收专家组给出优秀评价。'), signer);
    await filing.notice('来稿冲突').waitFor({ timeout: 20_000 });
    expect(await filing.notice('来稿冲突').innerText()).toContain('两个版本都已保留');
    await editor.page.getByTestId('incoming-version-banner').waitFor();
    await screenshot(page, '21-filing-conflict-banner');
    await frame.goTo('稿件库');
    await expect.poll(() => filing.row(HEADLINE).count()).toBe(2);
    await filing.page.getByTestId('conflict-mark').waitFor();
    expect(await filing.page.getByTestId('conflict-mark').innerText()).toBe('有冲突：编辑部已修改');
    await screenshot(page, '22-filing-conflict-library');

    const desk = (await readArticleFile(dir, deskId)) as Article;
    expect(JSON.stringify(desk.content)).toContain('（编辑部补充）');
    expect(JSON.stringify(desk.content)).not.toContain('验收专家组');
    expect((await readdir(path.join(dir, 'inbox', 'processed'))).length).toBe(2);
    expect(fixture.app.problems).toEqual([]);

    // A window opened afterwards still hears of what arrived before it.
    const late = await openPage(fixture.browser, fixture.app.shell.url);
    try {
      await new FilingPage(late.page).notice(`收到来稿：《${HEADLINE}》（第1版）`).waitFor();
      await new FilingPage(late.page).notice('来稿冲突').waitFor();
      expect(late.problems).toEqual([]);
    } finally {
      await late.page.context().close();
    }
  });

  it('holds a package from an unregistered key as 待确认 with its fingerprint until the desk accepts the key', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    const filing = new FilingPage(page);
    await frame.waitReady();
    await frame.goTo('稿件库');
    await new LibraryPage(page).waitLoaded();

    const signer = newSigner();
    const shown = formatFingerprint(fingerprintOf(signer.publicKey));
    await dropPackage(dir, 1, content('首批十二家企业的生产线完成数字化改造。'), signer);
    await filing.notice('暂存待确认').waitFor({ timeout: 20_000 });
    expect(await filing.notice('暂存待确认').innerText()).toContain(shown);
    const held = page.getByTestId('held-package');
    await held.waitFor();
    expect(await held.innerText()).toContain('待确认');
    expect(await held.getByTestId('held-fingerprint').innerText()).toBe(shown);
    expect(await filing.row(HEADLINE).count()).toBe(0);
    await screenshot(page, '26-filing-held-package');

    await held.getByRole('button', { name: '接受此密钥' }).click();
    await filing.row(HEADLINE).waitFor({ timeout: 20_000 });
    expect(await filing.row(HEADLINE).locator('.status-badge').innerText()).toBe('已提交');
    await expect.poll(() => page.getByTestId('held-package').count()).toBe(0);
    expect(await readdir(path.join(dir, 'inbox', 'held'))).toEqual([]);

    // The key now stands in the settings with its fingerprint.
    await page.locator('.top-user').click();
    const reporters = page.getByRole('dialog', { name: '工作站设置' }).getByTestId('registered-reporter');
    await reporters.first().waitFor();
    expect(await reporters.first().innerText()).toContain(shown);
    await screenshot(page, '27-filing-registered-reporters');
    expect(fixture.app.problems).toEqual([]);
  });

  it('in 记者 mode files a draft into the outbox with 提交 and shows where it was written', async () => {
    const { page, dir } = fixture.app;
    const frame = new AppPage(page);
    const filing = new FilingPage(page);
    await frame.waitReady();
    await filing.switchRole('记者', '赵晨', () => screenshot(page, '23-filing-settings-dialog'));
    await frame.goTo('稿件库');
    await page.getByRole('heading', { name: '我的稿件' }).waitFor();
    await expect.poll(() => page.getByTestId('filing-note').innerText()).toContain(path.join(dir, 'outbox'));

    await new LibraryPage(page).createArticle();
    const editor = new EditorPage(page);
    await editor.waitLoaded();
    await editor.typeInto('headline', '经开区人才公寓开工建设');
    await editor.typeInto('paragraph', '项目总建筑面积八万平方米，预计明年交付使用。');
    await page.getByTestId('file-draft').click();
    await frame.successNotice().filter({ hasText: '已提交第 1 版' }).waitFor();
    const shown = (await page.getByTestId('filed-path').innerText()).trim();
    expect(path.dirname(shown)).toBe(path.join(dir, 'outbox'));
    expect(await editor.status().innerText()).toBe('已提交');
    await screenshot(page, '24-filing-reporter-mode');

    const written = await readdir(path.join(dir, 'outbox'));
    expect(written).toEqual([path.basename(shown)]);
    const pkg = readDraftPackage(await readFile(shown));
    expect(pkg.headline).toBe('经开区人才公寓开工建设');
    expect(pkg.manifest).toMatchObject({ revision: 1, author: '赵晨' });

    await frame.goTo('稿件库');
    await filing.row('经开区人才公寓开工建设').waitFor();
    // Only the reporter's own manuscripts are listed, not the sample issue's.
    expect(await new LibraryPage(page).headlines()).toEqual(['经开区人才公寓开工建设']);
    await screenshot(page, '25-filing-reporter-library');
    expect(fixture.app.problems).toEqual([]);
  });
});
