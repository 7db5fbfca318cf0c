// The print faces (Noto Serif SC 宋, Noto Sans SC 黑) registered from the app's own /fonts/ path, so
// the editor shows copy in the same faces the pages are set in. Each face is registered as slices
// with unicode-range (shared/fonts/ui-font-slices.ts): the browser loads only the slices the
// screen's text uses, where a whole face is 10–15 MB held decoded. The page canvas draws glyph
// outlines from the layout worker, not these faces.

import type { FontKey } from '../../shared/display/display-list';
import { BUNDLED_FONT_FILES } from '../../shared/fonts/bundled-font-files';
import { slicePath } from '../../shared/fonts/font-parts';
import { uiFontSlices, unicodeRange } from '../../shared/fonts/ui-font-slices';

interface FaceSource {
  family: string;
  weight: '400' | '700';
  key: FontKey;
}

const FACES: readonly FaceSource[] = [
  { family: 'KFQ Serif', weight: '400', key: 'serif-regular' },
  { family: 'KFQ Serif', weight: '700', key: 'serif-bold' },
  { family: 'KFQ Sans', weight: '400', key: 'sans-regular' },
  { family: 'KFQ Sans', weight: '700', key: 'sans-bold' },
];

export function registerFonts(): void {
  if (typeof FontFace === 'undefined') return;
  const slices = uiFontSlices().map((ranges) => unicodeRange(ranges));
  for (const face of FACES) {
    slices.forEach((range, index) => {
      const url = new URL(slicePath(BUNDLED_FONT_FILES[face.key], index), window.location.href).href;
      document.fonts.add(
        new FontFace(face.family, `url("${url}") format("truetype")`, { weight: face.weight, display: 'swap', unicodeRange: range }),
      );
    });
  }
}
