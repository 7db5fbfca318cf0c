// Page object for the article editor: typing into elements, saving, status and banners.
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
}
