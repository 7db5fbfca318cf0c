// Where the app serves the parts of the bundled faces the layout worker reads (app:// in Electron,
// the browser shell's /fonts/): their metrics and their glyph records, cut from the very files
// `kfq export` embeds.
import type { FontKey } from '../../../shared/display/display-list';
import { BUNDLED_FONT_FILES } from '../../../shared/fonts/bundled-font-files';
import { glyphsPath, metricsPath } from '../../../shared/fonts/font-parts';

export interface FaceUrls {
  metrics: string;
  glyphs: string;
}

export function fontUrls(base: string): Record<FontKey, FaceUrls> {
  return Object.fromEntries(
    Object.entries(BUNDLED_FONT_FILES).map(([key, file]) => [
      key,
      { metrics: new URL(metricsPath(file), base).href, glyphs: new URL(glyphsPath(file), base).href },
    ]),
  ) as Record<FontKey, FaceUrls>;
}
