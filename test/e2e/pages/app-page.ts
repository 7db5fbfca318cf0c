// Page object for the window frame: navigation, top bar, 工作站设置 and notices.
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

  userName(): Locator {
    return this.page.getByTestId('user-name');
  }

  role(): Locator {
    return this.page.getByTestId('role');
  }

  settingsDialog(): Locator {
    return this.page.getByRole('dialog', { name: '工作站设置' });
  }

  /** Opens 工作站设置 from the user's name in the top bar. */
  async openSettings(): Promise<Locator> {
    await this.page.locator('.top-user').click();
    await this.settingsDialog().waitFor();
    return this.settingsDialog();
  }

  settingsName(): Locator {
    return this.settingsDialog().getByRole('textbox', { name: '姓名' });
  }

  settingsButton(name: '保存' | '取消'): Locator {
    return this.settingsDialog().getByRole('button', { name, exact: true });
  }

  /** Switches role (and name) through 工作站设置 and waits for the top bar to show it. */
  async switchRole(label: '记者' | '编辑', userName: string): Promise<void> {
    await this.openSettings();
    await this.settingsName().fill(userName);
    await this.settingsDialog()
      .getByRole('radio', { name: new RegExp(`^${label}`) })
      .check();
    await this.settingsButton('保存').click();
    await this.role().filter({ hasText: label }).waitFor();
  }
}
