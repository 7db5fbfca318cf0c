// Builds everything the app and the CLI run: main, preload, CLI and browser shell with esbuild,
// the renderer with Vite. `node scripts/build.mjs [--only=cli]`.
import { build as esbuild } from 'esbuild';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const nodeTargets = [
  // Electron's main and sandboxed preload load CommonJS; electron itself stays external.
  // sharp loads libvips (a native addon) at run time from its own packages, so no bundle holds it.
  { name: 'main', entry: 'electron/main/main.ts', outfile: 'dist/main/main.cjs', format: 'cjs', external: ['electron', 'sharp'] },
  { name: 'preload', entry: 'electron/preload/preload.ts', outfile: 'dist/preload/preload.cjs', format: 'cjs', external: ['electron'] },
  // CommonJS so scripts/cli-loader.mjs can run it through V8's code cache.
  // Whitespace and comments are left out and the text is pure ASCII: each command reads and
  // hashes the whole bundle before it runs, and ASCII is read as one-byte text, without decoding.
  { name: 'cli', entry: 'electron/cli/kfq.ts', outfile: 'dist/cli/kfq.cjs', format: 'cjs', external: ['sharp'], compact: true },
  { name: 'shell', entry: 'electron/shell/serve.ts', outfile: 'dist/shell/serve.mjs', format: 'esm', external: ['sharp'] },
];

// CommonJS bundles get the value esbuild substitutes for import.meta.url.
const cjsBanner = "const __kfqImportMetaUrl = require('node:url').pathToFileURL(__filename).href;";
// ESM bundles that include CommonJS dependencies need a `require` of their own.
const esmBanner = "import { createRequire as __kfqCreateRequire } from 'node:module'; const require = __kfqCreateRequire(import.meta.url);";

/**
 * Writes esbuild's output with every non-ASCII character escaped. With charset 'ascii' esbuild
 * already escapes strings and identifiers, but leaves the characters of regular expressions with
 * the u flag (our import rules match Chinese text); a \uXXXX escape means the same there.
 */
function writeAscii(outputFiles) {
  for (const file of outputFiles) {
    mkdirSync(path.dirname(file.path), { recursive: true });
    if (!file.path.endsWith('.cjs')) {
      writeFileSync(file.path, file.contents);
      continue;
    }
    const escaped = file.text.replace(/[\u0080-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    writeFileSync(file.path, escaped);
  }
}

export async function buildNode(names) {
  for (const target of nodeTargets) {
    if (names && !names.includes(target.name)) continue;
    if (!existsSync(path.join(root, target.entry))) continue;
    const result = await esbuild({
      entryPoints: [path.join(root, target.entry)],
      outfile: path.join(root, target.outfile),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: target.format,
      external: [...target.external, 'fsevents'],
      banner: { js: target.format === 'esm' ? esmBanner : cjsBanner },
      // Some dependencies ship ESM that reads import.meta.url at load; in CommonJS it is the file's URL.
      define: target.format === 'cjs' ? { 'import.meta.url': '__kfqImportMetaUrl' } : undefined,
      sourcemap: true,
      logLevel: 'warning',
      legalComments: 'none',
      charset: 'ascii',
      minifyWhitespace: target.compact === true,
      write: target.compact !== true,
      alias: {
        'brotli/decompress.js': path.join(root, 'scripts', 'no-woff2.cjs'),
        'tiny-inflate': path.join(root, 'scripts', 'native-inflate.cjs'),
        '@noble/ciphers/aes': path.join(root, 'scripts', 'lazy-aes.cjs'),
      },
    });
    if (result.outputFiles) writeAscii(result.outputFiles);
  }
}

export async function buildRenderer() {
  const { build } = await import('vite');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const started = Date.now();
  if (only) {
    const names = only.split(',');
    await buildNode(names);
    if (names.includes('renderer')) await buildRenderer();
  } else {
    await buildNode();
    await buildRenderer();
  }
  console.log(`构建完成（${Date.now() - started} ms）`);
}
