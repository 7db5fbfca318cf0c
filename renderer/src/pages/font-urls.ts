// Where the app serves the bundled faces (app:// in Electron, the browser shell's /fonts/): the
// very files `kfq export` embeds.
import type { FontKey } from '../../../shared/display/display-list';

const FONT_FILES: Record<FontKey, string> = {
  'serif-regular': 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'serif-bold': 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'sans-regular': 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'sans-bold': 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

export function fontUrls(base: string): Record<FontKey, string> {
  return Object.fromEntries(Object.entries(FONT_FILES).map(([key, file]) => [key, new URL(`/fonts/${file}`, base).href])) as Record<
    FontKey,
    string
  >;
}
