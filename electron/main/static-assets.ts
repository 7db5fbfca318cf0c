// Maps a request path to a file of the built renderer or a bundled font, refusing anything that
// would resolve outside those folders. Shared by the app:// protocol and the browser shell.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

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
// Photos by their content-addressed names only; TIFF is stored but no browser draws it.
const PHOTO_PATH = /^\/photos\/([0-9a-f]{64}\.(?:jpg|png))$/;

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

/** Reads the asset for a GET of `pathname`; every response carries `headers` (CSP and hardening). */
export async function assetResponse(roots: AssetRoots, pathname: string, headers: Record<string, string>): Promise<AssetResponse> {
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
