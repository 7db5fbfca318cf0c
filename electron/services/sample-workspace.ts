// A new workspace holding the built-in profile and the sample issue, its blocks copy-fitted with
// the bundled fonts and its frames holding the sample's pictures — what the app's first start and
// `kfq init` create. Pictures that cannot be found leave their frames empty; the sample still opens.
import { defaultProfile } from '../../shared/model/default-profile';
import { createSampleContent, type SampleContent } from '../../shared/sample/sample-content';
import { loadBundledFonts } from './fonts/bundled-fonts';
import { loadSamplePhotos, samplePhotosDir } from './sample-photos';
import { initWorkspace, type WorkspaceStore } from './workspace-store';

export interface SampleWorkspaceOptions {
  /** Where the sample's pictures are; found next to the app or the checkout when not given. */
  photosDir?: string;
}

export async function initSampleWorkspace(
  dir: string,
  options: SampleWorkspaceOptions = {},
): Promise<{ store: WorkspaceStore; content: SampleContent }> {
  const profile = defaultProfile();
  const [fonts, photos] = await Promise.all([loadBundledFonts(), loadSamplePhotos(options.photosDir ?? samplePhotosDir())]);
  const content = createSampleContent(profile, new Date().toISOString(), fonts, (key) => photos.get(key)?.assetId ?? null);
  const assets = [...new Map([...photos.values()].map((photo) => [photo.assetId, photo])).values()];
  const store = await initWorkspace(dir, { profile, ...content, assets });
  return { store, content };
}
