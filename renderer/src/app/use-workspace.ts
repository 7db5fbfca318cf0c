// The workspace facts the whole window shows: its name and path, the user's role and the profile.
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import { ok, type Result } from '../../../shared/model/errors';
import type { PublicationProfile } from '../../../shared/model/profile';
import type { Settings } from '../../../shared/model/workspace';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';

export interface WorkspaceState {
  info: WorkspaceInfo;
  settings: Settings;
  profile: PublicationProfile;
}

async function readWorkspace(api: RendererApi): Promise<Result<WorkspaceState>> {
  const [info, settings, profile] = await Promise.all([api.getWorkspaceInfo(), api.getSettings(), api.getProfile()]);
  if (!info.ok) return info;
  if (!settings.ok) return settings;
  if (!profile.ok) return profile;
  return ok({ info: info.value, settings: settings.value, profile: profile.value });
}

export function useWorkspace(): WorkspaceState | undefined {
  return useApiQuery('打开工作区失败', readWorkspace, ['profile', 'settings']).data;
}
