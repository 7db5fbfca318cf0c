// Where the app serves the bundled faces (app:// in Electron, the browser shell's /fonts/): the
// very files `kfq export` embeds.
import type { FontKey } from '../../../shared/display/display-list';
import { BUNDLED_FONT_FILES } from '../../../shared/fonts/bundled-font-files';

export function fontUrls(base: string): Record<FontKey, string> {
  return Object.fromEntries(Object.entries(BUNDLED_FONT_FILES).map(([key, file]) => [key, new URL(`/fonts/${file}`, base).href])) as Record<
    FontKey,
    string
  >;
}
