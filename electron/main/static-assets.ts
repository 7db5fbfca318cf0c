// Maps a request path to a file of the built renderer or a bundled font, refusing anything that
// would resolve outside those folders. Shared by the app:// protocol and the browser shell.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseGlyphIds } from '../../shared/fonts/font-parts';
import { fontSlice, glyphRecords, servedFace } from './font-parts';

export interface AssetRoots {
  /** The built renderer (dist/renderer). */
  renderer: string;
  /** Holds noto-serif-sc/ and noto-sans-sc/ (node_modules/@expo-google-fonts, or resources/fonts when packaged). */
  fonts: string;
  /** The open workspace's photo store (assets/), served read-only under /photos/ for the page canvas. */
  photos?: string;
}

export interface AssetResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

// Fonts are served from a whitelist of families and TrueType files only, never the whole package.
const FONT_PATH = /^\/fonts\/(noto-serif-sc|noto-sans-sc)\/(\d{3}[A-Za-z]+)\/([A-Za-z0-9_]+\.ttf)$/;
// The parts of such a file the page view reads (shared/fonts/font-parts.ts): derived, not stored.
const FONT_PART_PATH = /^\/fonts\/(noto-serif-sc|noto-sans-sc)\/(\d{3}[A-Za-z]+)\/([A-Za-z0-9_]+)\.(metrics|glyphs|slice-(\d{1,2})\.ttf)$/;
// Photos by their content-addressed names only (TIFF is stored but no browser draws it), and their
// thumbnails (always JPEG).
const PHOTO_PATH = /^\/photos\/((?:thumbs\/[0-9a-f]{64}\.jpg)|(?:[0-9a-f]{64}\.(?:jpg|png)))$/;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The file a URL path names, or undefined when it is malformed or would leave its folder. */
export function locateAsset(roots: AssetRoots, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  // Backslashes and NULs never occur in our asset names but are classic traversal tricks.
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const font = FONT_PATH.exec(decoded);
  if (font) return path.join(roots.fonts, font[1] ?? '', font[2] ?? '', font[3] ?? '');
  if (decoded.startsWith('/fonts/')) return undefined;
  const photo = PHOTO_PATH.exec(decoded);
  if (photo) return roots.photos === undefined ? undefined : path.join(roots.photos, photo[1] ?? '');
  if (decoded.startsWith('/photos/')) return undefined;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (relative.split('/').some((segment) => segment === '..' || segment.startsWith('.'))) return undefined;
  const root = path.resolve(roots.renderer);
  const target = path.resolve(root, relative);
  return isInside(root, target) ? target : undefined;
}

function plain(status: number, text: string, extra: Record<string, string>): AssetResponse {
  return { status, headers: { ...extra, 'Content-Type': 'text/plain; charset=utf-8' }, body: text };
}

/** What a font part's URL path names: the face's metrics, glyph records or one of its slices for the editor. */
export type FontPart = { file: string; part: 'metrics' | 'glyphs' } | { file: string; part: 'slice'; index: number };

/** The font file and the part of it a URL path names, or undefined. */
export function locateFontPart(roots: AssetRoots, pathname: string): FontPart | undefined {
  const match = FONT_PART_PATH.exec(pathname);
  if (!match) return undefined;
  const file = path.join(roots.fonts, match[1] ?? '', match[2] ?? '', `${match[3] ?? ''}.ttf`);
  if (match[5] !== undefined) return { file, part: 'slice', index: Number(match[5]) };
  return { file, part: match[4] === 'glyphs' ? 'glyphs' : 'metrics' };
}

async function fontPartResponse(located: FontPart, query: URLSearchParams, headers: Record<string, string>): Promise<AssetResponse> {
  let face;
  try {
    face = await servedFace(located.file);
  } catch {
    return plain(404, '未找到', headers);
  }
  const ok = (body: Uint8Array, type: string) => ({
    status: 200,
    headers: { ...headers, 'Content-Type': type, 'Cache-Control': 'max-age=3600' },
    body,
  });
  switch (located.part) {
    case 'metrics':
      return ok(face.metrics, 'application/octet-stream');
    case 'glyphs': {
      const ids = parseGlyphIds(query.get('ids'), face.numGlyphs);
      if (ids === undefined) return plain(400, '字形编号无效', headers);
      return ok(await glyphRecords(face, ids), 'application/octet-stream');
    }
    case 'slice': {
      const slice = await fontSlice(face, located.index);
      return slice === undefined ? plain(404, '未找到', headers) : ok(slice, 'font/ttf');
    }
  }
}

/**
 * Reads the asset for a GET of `pathname` (`query` carries a font part's glyph ids); every
 * response carries `headers` (CSP and hardening).
 */
export async function assetResponse(
  roots: AssetRoots,
  pathname: string,
  headers: Record<string, string>,
  query: URLSearchParams = new URLSearchParams(),
): Promise<AssetResponse> {
  const part = locateFontPart(roots, pathname);
  if (part) return fontPartResponse(part, query, headers);
  const file = locateAsset(roots, pathname);
  if (!file) return plain(404, '未找到', headers);
  try {
    const info = await stat(file);
    if (!info.isFile()) return plain(404, '未找到', headers);
    const body = await readFile(file);
    // Built assets carry content hashes in their names; the page itself must always be fresh.
    const cache = file.endsWith('.html') ? 'no-store' : 'max-age=3600';
    return { status: 200, headers: { ...headers, 'Content-Type': contentTypeOf(file), 'Cache-Control': cache }, body };
  } catch {
    return plain(404, '未找到', headers);
  }
}
