// The bundled faces (Noto Serif SC / Noto Sans SC, regular and bold): where their files are and
// their parsed form. Each file is read and parsed once per process; layout and the PDF writer
// share the same bytes and the same fontkit object.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'fontkit';
import { create } from 'fontkit';
import type { FontKey } from '../../../shared/display/display-list';
import { BUNDLED_FONT_FILES, FONT_KEYS } from '../../../shared/fonts/bundled-font-files';
import { DomainError } from '../../../shared/model/errors';
import type { FontMetrics } from '../../../shared/typeset/font-metrics';
import { fontkitMetrics } from './fontkit-metrics';
import { attachFontFile, loadGlyphOutlines, readFontFile, type FontFile } from './font-file';
import { seedFontkitLoca } from './fontkit-sfnt';

export { BUNDLED_FONT_FILES, FONT_KEYS };

export interface BundledFont {
  key: FontKey;
  path: string;
  /** The file's bytes; glyph outlines are read into them as the PDF writer needs them (font-file). */
  data: Buffer;
  font: Font;
  metrics: FontMetrics;
}

/** Resolves a font file inside node_modules from wherever this code runs. */
function resolveInstalled(specifier: string): string {
  // CommonJS bundles (Electron main), the ESM bundles' banner and vitest all provide `require`;
  // plain ESM falls back to resolving from the entry script and then from the working folder.
  const resolvers: Array<() => string> = [];
  if (typeof require === 'function') resolvers.push(() => require.resolve(specifier));
  for (const base of [process.argv[1], path.join(process.cwd(), 'package.json')]) {
    if (base !== undefined) resolvers.push(() => createRequire(path.resolve(base)).resolve(specifier));
  }
  for (const resolve of resolvers) {
    try {
      return resolve();
    } catch {
      // Try the next base.
    }
  }
  throw new DomainError('FILE_NOT_FOUND', '找不到内置字体文件，请重新安装本软件。', specifier);
}

/** The font file of a face: under `fontsRoot` when given, else packaged resources, else node_modules. */
export function bundledFontPath(key: FontKey, fontsRoot?: string): string {
  const file = BUNDLED_FONT_FILES[key];
  if (fontsRoot !== undefined) return path.join(fontsRoot, file);
  // Electron sets resourcesPath in development too (its own folder), so the file must actually be there.
  const resources = (process as { resourcesPath?: unknown }).resourcesPath;
  if (typeof resources === 'string') {
    const packaged = path.join(resources, 'fonts', file);
    if (existsSync(packaged)) return packaged;
  }
  return resolveInstalled(`@expo-google-fonts/${file}`);
}

const loaded = new Map<string, Promise<BundledFont>>();

async function load(key: FontKey, file: string): Promise<BundledFont> {
  let fontFile: FontFile;
  try {
    fontFile = readFontFile(file);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError('FILE_NOT_FOUND', `找不到字体文件（${key}），请重新安装本软件。`, `${file}: ${String(error)}`);
  }
  const data = fontFile.bytes;
  const parsed = create(data);
  if ('fonts' in parsed) throw new DomainError('FILE_INVALID', `字体文件（${key}）不是单一字体。`, file);
  attachFontFile(parsed, fontFile);
  seedFontkitLoca(parsed);
  // pdfkit measures glyph 0 (.notdef) through fontkit as it embeds a face.
  loadGlyphOutlines(parsed, [0]);
  return { key, path: file, data, font: parsed, metrics: fontkitMetrics(parsed, key) };
}

/** One face, parsed once per process (a failed load is retried on the next call). */
export function loadBundledFont(key: FontKey, fontsRoot?: string): Promise<BundledFont> {
  const file = bundledFontPath(key, fontsRoot);
  let pending = loaded.get(file);
  if (pending === undefined) {
    pending = load(key, file);
    loaded.set(file, pending);
    pending.catch(() => loaded.delete(file));
  }
  return pending;
}

/** Metrics of every bundled face, for layout. */
export async function loadBundledFonts(fontsRoot?: string): Promise<Record<FontKey, FontMetrics>> {
  const fonts = await Promise.all(FONT_KEYS.map((key) => loadBundledFont(key, fontsRoot)));
  return Object.fromEntries(fonts.map((font) => [font.key, font.metrics])) as Record<FontKey, FontMetrics>;
}
