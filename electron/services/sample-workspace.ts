// A new workspace holding the built-in profile and the sample issue, its blocks copy-fitted with
// the bundled fonts — what the app's first start and `kfq init` create.
import { defaultProfile } from '../../shared/model/default-profile';
import { createSampleContent, type SampleContent } from '../../shared/sample/sample-content';
import { loadBundledFonts } from './fonts/bundled-fonts';
import { initWorkspace, type WorkspaceStore } from './workspace-store';

export async function initSampleWorkspace(dir: string): Promise<{ store: WorkspaceStore; content: SampleContent }> {
  const profile = defaultProfile();
  const content = createSampleContent(profile, new Date().toISOString(), await loadBundledFonts());
  const store = await initWorkspace(dir, { profile, ...content });
  return { store, content };
}
