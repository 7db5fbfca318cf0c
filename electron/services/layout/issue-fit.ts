// 自动适配 for the page editor: the copy-fit of shared/layout/fit.ts run on the issue as the desk
// is composing it (unsaved changes included), with the workspace's articles and the bundled fonts.
// Nothing is saved: the page editor applies the result as one edit the desk can undo.
import type { IssueFit } from '../../../shared/ipc/contract';
import { fitIssue } from '../../../shared/layout/fit';
import type { Issue } from '../../../shared/model/issue';
import { loadBundledFonts } from '../fonts/bundled-fonts';
import type { WorkspaceStore } from '../workspace-store';
import { readSourcesFor } from './issue-layout';

export async function fitComposedIssue(store: WorkspaceStore, issue: Issue): Promise<IssueFit> {
  const [sources, fonts] = await Promise.all([readSourcesFor(store, issue), loadBundledFonts()]);
  const { profile, articles, presentAssets } = sources;
  const result = fitIssue({ profile, fonts, hasAsset: (assetId) => presentAssets.has(assetId) }, issue, articles);
  return { issue: result.issue, changes: result.changes, problems: result.problems };
}
