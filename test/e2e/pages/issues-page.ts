// Page object for 期次与版面: the issue list, 新建下一期 and the open issue's page cards with 版名 and 责任编辑.
import type { Locator, Page } from 'playwright-core';

export class IssuesPage {
  constructor(readonly page: Page) {}

  title(): Locator {
    return this.page.getByTestId('issue-title');
  }

  date(): Locator {
    return this.page.getByTestId('issue-date');
  }

  pageCards(): Locator {
    return this.page.getByTestId('page-card');
  }

  async pageLabels(): Promise<string[]> {
    return this.pageCards().evaluateAll((cards) => cards.map((card) => card.getAttribute('data-page') ?? ''));
  }

  async pairTitles(): Promise<string[]> {
    return this.page.locator('.pair-title').allInnerTexts();
  }

  issueItems(): Locator {
    return this.page.getByTestId('issue-list').locator('.issue-item');
  }

  async createNext(date = ''): Promise<void> {
    await this.page.getByRole('textbox', { name: /出版日期/ }).fill(date);
    await this.page.getByRole('button', { name: '新建下一期' }).click();
  }

  pageName(label: string): Locator {
    return this.page.getByRole('textbox', { name: `${label}版名`, exact: true });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: '保存版面信息' }).click();
  }

  blocks(label: string): Locator {
    return this.page.locator(`[data-testid="page-card"][data-page="${label}"] .block-item`);
  }

  pageEditor(label: string): Locator {
    return this.page.getByRole('textbox', { name: `${label}责任编辑`, exact: true });
  }

  /** Clicks the issue in the list whose text contains `text` (e.g. 第14期). */
  async selectIssue(text: string): Promise<void> {
    await this.issueItems().filter({ hasText: text }).click();
  }

  activeIssue(): Locator {
    return this.page.getByTestId('issue-list').locator('.issue-item[aria-current="true"]');
  }

  openPages(): Locator {
    return this.page.getByTestId('open-pages');
  }

  emptyPageNote(label: string): Locator {
    return this.page.locator(`[data-testid="page-card"][data-page="${label}"] .block-empty`);
  }

  hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }
}
