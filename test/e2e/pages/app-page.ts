// Page object for the window frame: navigation, top bar and notices.
import type { Locator, Page } from 'playwright-core';

export class AppPage {
  constructor(readonly page: Page) {}

  async waitReady(): Promise<void> {
    await this.page.getByTestId('workspace-name').waitFor();
  }

  async goTo(area: '稿件库' | '期次与版面'): Promise<void> {
    await this.page.locator('.side-nav').getByRole('button', { name: area }).click();
  }

  workspaceName(): Locator {
    return this.page.getByTestId('workspace-name');
  }

  errorNotice(): Locator {
    return this.page.locator('.notice-error').last();
  }

  successNotice(): Locator {
    return this.page.locator('.notice-success').last();
  }
}
