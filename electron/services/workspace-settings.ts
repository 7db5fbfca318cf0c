// The profile and settings parts of workspace.json: checked like any input, then written through
// lowdb with the rest of the file.
import type { z } from 'zod';
import { DomainError } from '../../shared/model/errors';
import { profileSchema, type PublicationProfile } from '../../shared/model/profile';
import { settingsSchema, type Settings } from '../../shared/model/workspace';
import { updateWorkspaceFile, writeTask, type StoreContext } from './workspace-context';

function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 3)
    .map((problem) => `${problem.path.join('.') || '（根）'}：${problem.message}`)
    .join('；');
  throw new DomainError('INVALID_ARGUMENT', `${what}不符合格式要求，未保存：${problems}`, problems);
}

export function checkedProfile(profile: unknown): PublicationProfile {
  return checked(profileSchema, profile, '报刊设置');
}

export function checkedSettings(settings: unknown): Settings {
  return checked(settingsSchema, settings, '工作区设置');
}

export async function updateSettingsOrProfile<K extends 'profile' | 'settings'>(
  ctx: StoreContext,
  key: K,
  value: K extends 'profile' ? PublicationProfile : Settings,
): Promise<K extends 'profile' ? PublicationProfile : Settings> {
  return writeTask(ctx, async () => {
    await updateWorkspaceFile(ctx, (data) => ({ ...data, [key]: value }));
    return structuredClone(value);
  });
}
