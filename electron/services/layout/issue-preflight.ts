// The preflight of a stored issue: its layout as the export makes it, and the pixel size of every
// photo it shows, through the pure rules of shared/preflight.
import type { PreflightProblem, PhotoSize } from '../../../shared/preflight/preflight';
import { preflightIssue } from '../../../shared/preflight/preflight';
import type { Issue } from '../../../shared/model/issue';
import type { FontSet } from '../../../shared/layout/styles';
import type { WorkspaceStore } from '../workspace-store';
import { layoutStoredIssue, referencedAssetIds } from './issue-layout';

export interface IssuePreflight {
  issue: Issue;
  problems: PreflightProblem[];
}

export async function preflightStoredIssue(
  store: WorkspaceStore,
  reference?: string,
  options: { fonts?: FontSet } = {},
): Promise<IssuePreflight> {
  const { profile, issue, articles, layout, assetFile } = await layoutStoredIssue(store, reference, options);
  const photos = new Map<string, PhotoSize>();
  for (const assetId of referencedAssetIds(issue, articles.values())) {
    if (assetFile(assetId) === undefined) continue;
    // A photo that no longer reads is drawn as a placeholder; the layout reports it, not this.
    const info = await store.getAssetInfo(assetId).catch(() => undefined);
    if (info !== undefined) photos.set(assetId, { width: info.width, height: info.height });
  }
  const problems = preflightIssue({
    issue,
    masthead: profile.masthead,
    pages: layout.pages,
    diagnostics: layout.diagnostics,
    articles,
    photos,
  });
  return { issue, problems };
}
