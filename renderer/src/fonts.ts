// The print faces (Noto Serif SC 宋, Noto Sans SC 黑) registered from the app's own /fonts/ path, so
// the editor shows copy in the same faces the pages are set in. Faces load only when text uses them.

import type { FontKey } from '../../shared/display/display-list';
import { BUNDLED_FONT_FILES } from '../../shared/fonts/bundled-font-files';

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
  for (const face of FACES) {
    const url = new URL(`/fonts/${BUNDLED_FONT_FILES[face.key]}`, window.location.href).href;
    document.fonts.add(new FontFace(face.family, `url("${url}") format("truetype")`, { weight: face.weight, display: 'swap' }));
  }
}
