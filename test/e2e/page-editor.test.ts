// Composing pages on the page: selecting, moving and resizing blocks on the grid, placing library
// articles, the inspector, continuations, one undo history and the layout saved like an article.
import { describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { PageViewPage } from './pages/page-view-page';
import { appPerTest } from './support/app-fixture';
import { screenshot } from './support/browser';

const fixture = appPerTest();

async function pageView(label: string): Promise<PageViewPage> {
  await new AppPage(fixture.app.page).waitReady();
  const view = new PageViewPage(fixture.app.page, fixture.app.shell.url);
  await view.open(label);
  return view;
}

describe('page editor', () => {
  it('selects a block and shows its inspector', async () => {
    const view = await pageView('A3');
    const first = view.blocksOfKind('article', 'A3').first();
    await first.click();
    await expect.poll(() => first.getAttribute('data-selected')).toBe('true');
    await fixture.app.page.locator('[data-inspector]').waitFor();
    await screenshot(fixture.app.page, 'page-editor-inspector');
  });
});
