// Page object for the article editor: typing into elements, the toolbar, saving, status with its
// note, photo fields, banners and the history.
import type { Locator, Page } from 'playwright-core';

export class EditorPage {
  constructor(readonly page: Page) {}

  editor(): Locator {
    return this.page.getByTestId('article-editor');
  }

  element(type: string, index = 0): Locator {
    return this.editor().locator(`.el-${type}`).nth(index);
  }

  async waitLoaded(): Promise<void> {
    await this.editor().waitFor();
    await this.page.getByTestId('article-id').waitFor();
  }

  async articleId(): Promise<string> {
    return (await this.page.getByTestId('article-id').innerText()).trim();
  }

  /** Clicks into an element and types at the end of its first line. */
  async typeInto(type: string, text: string, index = 0): Promise<void> {
    await this.element(type, index).click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
    await this.page.getByTestId('save-state').filter({ hasText: '已保存' }).waitFor();
  }

  saveState(): Locator {
    return this.page.getByTestId('save-state');
  }

  async charCount(): Promise<number> {
    return Number((await this.page.getByTestId('char-count').innerText()).replace(/[^\d]/g, ''));
  }

  statusButton(label: string): Locator {
    return this.page.locator('.status-actions').getByRole('button', { name: label, exact: true });
  }

  status(): Locator {
    return this.page.getByTestId('article-status');
  }

  recoveryBanner(): Locator {
    return this.page.getByTestId('recovery-banner');
  }

  conflictBanner(): Locator {
    return this.page.getByTestId('conflict-banner');
  }

  revisions(): Locator {
    return this.page.getByTestId('revision-list').locator('li');
  }

  // The toolbar, the workflow with its note, photo fields and banner buttons.

  toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: '稿件格式' });
  }

  /** A toolbar button by its label: element types (主题, 小标题, 图片…), 加粗, 倾斜, 撤销, 重做. */
  toolbarButton(label: string): Locator {
    return this.toolbar().getByRole('button', { name: label, exact: true });
  }

  /** Presses a toolbar button as a mouse does (the toolbar acts on mousedown, keeping the selection). */
  async useTool(label: string): Promise<void> {
    await this.toolbarButton(label).click();
  }

  saveButton(): Locator {
    return this.page.locator('.editor-header').getByRole('button', { name: '保存', exact: true });
  }

  statusNote(): Locator {
    return this.page.getByRole('textbox', { name: '流转说明' });
  }

  /** 稿件流转 with a note: fills 流转说明, presses the action and waits for the new status. */
  async changeStatus(action: string, note: string, expectedLabel: string): Promise<void> {
    await this.statusNote().fill(note);
    await this.statusButton(action).click();
    await this.status().filter({ hasText: expectedLabel }).waitFor();
  }

  auditTrail(): Locator {
    return this.page.getByTestId('audit-trail').locator('li');
  }

  photoCaption(index = 0): Locator {
    return this.element('photo', index).locator('.photo-caption');
  }

  photoCredit(index = 0): Locator {
    return this.element('photo', index).getByRole('textbox', { name: '摄影' });
  }

  photoFrame(index = 0): Locator {
    return this.element('photo', index).locator('.photo-frame');
  }

  reloadLatestButton(): Locator {
    return this.conflictBanner().getByRole('button', { name: /^载入最新版本/ });
  }

  restoreButton(): Locator {
    return this.recoveryBanner().getByRole('button', { name: '恢复未保存的修改' });
  }

  /** The screen shown instead of the editor when an article cannot be opened. */
  cannotOpen(): Locator {
    return this.page.locator('.view .empty-state', { hasText: '这篇稿件无法打开' });
  }
}
