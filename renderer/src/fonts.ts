// The print faces (Noto Serif SC 宋, Noto Sans SC 黑) registered from the app's own /fonts/ path, so
// the editor shows copy in the same faces the pages are set in. Faces load only when text uses them.

interface FaceSource {
  family: string;
  weight: '400' | '700';
  path: string;
}

const FACES: readonly FaceSource[] = [
  { family: 'KFQ Serif', weight: '400', path: 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf' },
  { family: 'KFQ Serif', weight: '700', path: 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf' },
  { family: 'KFQ Sans', weight: '400', path: 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf' },
  { family: 'KFQ Sans', weight: '700', path: 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf' },
];

export function registerFonts(): void {
  if (typeof FontFace === 'undefined') return;
  for (const face of FACES) {
    const url = new URL(`/fonts/${face.path}`, window.location.href).href;
    document.fonts.add(new FontFace(face.family, `url("${url}") format("truetype")`, { weight: face.weight, display: 'swap' }));
  }
}
