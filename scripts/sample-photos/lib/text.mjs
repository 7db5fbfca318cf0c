// Lettering for the illustrations as outlines from the bundled Noto faces: an SVG <text> would be
// set in whatever fonts the rendering machine has, so the same script would draw different images.
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { n } from './canvas.mjs';

const require = createRequire(import.meta.url);
const FILES = {
  sans: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  'sans-bold': '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  'serif-bold': '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
};
const fonts = new Map();

function font(face) {
  let loaded = fonts.get(face);
  if (!loaded) {
    loaded = fontkit.openSync(require.resolve(FILES[face]));
    fonts.set(face, loaded);
  }
  return loaded;
}

/** The advance width of `text` at `size` design units. */
export function measure(text, size, face = 'sans') {
  const f = font(face);
  return (f.layout(text).positions.reduce((sum, p) => sum + p.xAdvance, 0) * size) / f.unitsPerEm;
}

/**
 * `text` as one filled path; `x` is its left, centre or right edge as `align` says, `y` its baseline.
 */
export function lettering(scene, text, x, y, size, fill, { face = 'sans', align = 'left', extra = '' } = {}) {
  const f = font(face);
  const run = f.layout(text);
  const scale = size / f.unitsPerEm;
  const width = run.positions.reduce((sum, p) => sum + p.xAdvance, 0) * scale;
  let pen = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  const parts = [];
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const d = glyph.path.toSVG();
    if (d) {
      const gx = pen + position.xOffset * scale;
      const gy = y - position.yOffset * scale;
      parts.push(`<path transform="translate(${n(gx)} ${n(gy)}) scale(${scale.toFixed(6)} ${(-scale).toFixed(6)})" d="${d}"/>`);
    }
    pen += position.xAdvance * scale;
  });
  scene.add(`<g fill="${fill}"${extra}>${parts.join('')}</g>`);
  return width;
}
