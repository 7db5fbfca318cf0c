// Page object for 稿件库: the manuscript table, its search and filters (status, 只看我写的), and 新建稿件.
import type { Locator, Page } from 'playwright-core';

export class LibraryPage {
  constructor(readonly page: Page) {}

  rows(): Locator {
    return this.page.locator('.article-row');
  }

  async waitLoaded(): Promise<void> {
    await this.rows().first().waitFor();
  }

  async headlines(): Promise<string[]> {
    return this.page.locator('.article-row .row-headline').allInnerTexts();
  }

  async charCounts(): Promise<number[]> {
    const texts = await this.page.locator('.article-row td.col-count').allInnerTexts();
    return texts.map((text) => Number(text.replace(/[^\d]/g, '')));
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '搜索稿件' }).fill(text);
  }

  async filterStatus(label: string): Promise<void> {
    const select = this.page.getByRole('combobox', { name: '按状态筛选' });
    // By the option's value: its label carries a count (已上版（17）) that changes while the list loads.
    const option = select.locator('option', { hasText: label }).first();
    await select.selectOption((await option.getAttribute('value')) ?? label);
  }

  async open(headline: string): Promise<void> {
    await this.page.locator('.article-row', { hasText: headline }).first().click();
  }

  async createArticle(): Promise<void> {
    await this.page.getByRole('button', { name: '新建稿件' }).click();
  }

  row(headline: string): Locator {
    return this.page.locator('.article-row', { hasText: headline });
  }

  /** The status badge's text in the row of the manuscript. */
  async statusOf(headline: string): Promise<string> {
    return (await this.row(headline).first().locator('.status-badge').innerText()).trim();
  }

  /** 只看我写的（name）: shown to a 记者 with a name. */
  onlyMine(): Locator {
    return this.page.getByRole('checkbox', { name: /^只看我写的/ });
  }

  subtitle(): Locator {
    return this.page.locator('.library-view .view-subtitle');
  }
}
