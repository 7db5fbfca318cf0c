// The preflight of a stored issue: its layout as the export makes it, and the pixel size of every
// photo it shows, through the pure rules of shared/preflight.
import type { PreflightProblem, PhotoSize } from '../../../shared/preflight/preflight';
import { preflightIssue, unwaivedErrors } from '../../../shared/preflight/preflight';
import { DomainError } from '../../../shared/model/errors';
import type { Issue } from '../../../shared/model/issue';
import type { FontSet } from '../../../shared/layout/styles';
import type { WorkspaceStore } from '../workspace-store';
import { layoutStoredIssue, referencedAssetIds, type StoredIssueLayout } from './issue-layout';

export interface IssuePreflight {
  issue: Issue;
  problems: PreflightProblem[];
}

export async function preflightStoredIssue(
  store: WorkspaceStore,
  reference?: string,
  options: { fonts?: FontSet } = {},
): Promise<IssuePreflight> {
  return preflightLaidOut(store, await layoutStoredIssue(store, reference, options));
}

/** The preflight of an issue already laid out (the export checks what it is about to write). */
export async function preflightLaidOut(store: WorkspaceStore, laid: StoredIssueLayout): Promise<IssuePreflight> {
  const { profile, issue, articles, layout, assetFile } = laid;
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

/** Refuses an export while the preflight has errors nobody waived, naming the first few. */
export function assertExportable(preflight: IssuePreflight): void {
  const blocking = unwaivedErrors(preflight.problems);
  if (blocking.length === 0) return;
  const named = blocking.slice(0, 3).map((item) => `${item.page} 版${item.blockId ? ` ${item.blockId}` : ''}：${item.message}`);
  const more = blocking.length > 3 ? `等 ${blocking.length} 个错误` : `共 ${blocking.length} 个错误`;
  throw new DomainError(
    'PREFLIGHT_ERRORS',
    `印前检查有未处理的错误（${named.join('；')}${more}），未导出：请修正，或在印前检查中说明理由后豁免。`,
  );
}
