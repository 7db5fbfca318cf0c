// The bundled faces' files, relative to a fonts root (node_modules/@expo-google-fonts, the packaged
// resources/fonts, or the app's /fonts/ URL path): the one list that layout, the PDF writer, the
// editor's CSS faces and the page view's layout worker all read the same bytes from.
import type { FontKey } from '../display/display-list';

export const BUNDLED_FONT_FILES: Readonly<Record<FontKey, string>> = {
  'serif-regular': 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  'serif-bold': 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
  'sans-regular': 'noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'sans-bold': 'noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};

export const FONT_KEYS = Object.keys(BUNDLED_FONT_FILES) as FontKey[];
