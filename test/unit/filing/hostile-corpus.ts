// The hostile-package corpus, every case built here from scratch: unsafe names, zip bombs (declared
// and real), broken zips, lying manifests, invalid articles and fake photos, and things in the inbox
// that are not packages at all. hostile-packages.test.ts feeds each to the desk's inbox.
import { symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '../../../shared/model/errors';
import { sha256Hex } from '../../../electron/services/filing/hashes';
import { draftContent, type FilingWorld } from './filing-fixtures';
import {
  articleJson,
  encode,
  honestEntries,
  honestZip,
  MB,
  PHOTO,
  PHOTO_PATH,
  withListedEntry,
  withManifestText,
  zeroBomb,
} from './hostile-builders';
import { buildZip, entry, manifestFor, type RawEntry } from './raw-zip';

export interface HostileCase {
  name: string;
  /** The package bytes, or a function that puts something at `file` itself. */
  build: () => Uint8Array | ((file: string, world: FilingWorld) => Promise<void>);
  fileName?: string;
  code?: ErrorCode;
  message?: RegExp;
}

export const CASES: HostileCase[] = [
  { name: 'an empty file', build: () => new Uint8Array(0), code: 'FILE_TRUNCATED', message: /空文件/ },
  {
    name: 'random bytes (malformed zip)',
    build: () => encode('这不是一个 zip 文件'.repeat(20)),
    code: 'FILE_MALFORMED',
    message: /不是有效的 zip/,
  },
  {
    name: 'a truncated zip',
    build: () => {
      const bytes = honestZip();
      return bytes.subarray(0, Math.floor(bytes.length * 0.6));
    },
    code: 'FILE_MALFORMED',
  },
  {
    name: 'path traversal ../',
    build: () => withListedEntry(entry('../../canary/pwned.txt', 'pwned'), encode('pwned')),
    code: 'PACKAGE_UNSAFE',
    message: /路径穿越/,
  },
  {
    name: 'traversal hidden inside a path',
    build: () => withListedEntry(entry('photos/../../../canary/pwned.png', PHOTO), PHOTO),
    code: 'PACKAGE_UNSAFE',
    message: /路径穿越/,
  },
  {
    name: 'an absolute path',
    build: () => withListedEntry(entry('/etc/x', 'x'), encode('x')),
    code: 'PACKAGE_UNSAFE',
    message: /绝对路径/,
  },
  {
    name: 'a backslash path',
    build: () => withListedEntry(entry('photos\\..\\..\\canary\\pwned.png', PHOTO), PHOTO),
    code: 'PACKAGE_UNSAFE',
    message: /反斜杠/,
  },
  {
    name: 'a drive letter',
    build: () => withListedEntry(entry('C:/Windows/pwned.txt', 'x'), encode('x')),
    code: 'PACKAGE_UNSAFE',
    message: /盘符/,
  },
  {
    name: 'a symlink entry',
    build: () =>
      withListedEntry(
        { ...entry('photos/link.png', '/etc/passwd', true), madeBy: 0x0314, externalAttributes: (0o120777 << 16) >>> 0 },
        encode('/etc/passwd'),
      ),
    code: 'PACKAGE_UNSAFE',
    message: /符号链接/,
  },
  {
    name: 'a folder entry',
    build: () => withListedEntry({ ...entry('photos/', '', true), externalAttributes: 0x10 }, new Uint8Array(0)),
    code: 'PACKAGE_UNSAFE',
  },
  {
    name: 'a zip bomb declaring a huge size',
    build: () => {
      const { entries } = honestEntries();
      return buildZip(entries.map((item) => (item.name === 'article.json' ? { ...item, size: 0xfffffffe } : item)));
    },
    code: 'PACKAGE_UNSAFE',
    message: /zip 炸弹/,
  },
  {
    name: 'a zip bomb with a real 200 MB entry of zeros',
    build: () => {
      const { entries } = honestEntries();
      const bomb: RawEntry = { name: 'article.json', data: zeroBomb().data, method: 8, size: 200 * MB, crc: zeroBomb().crc };
      return buildZip(entries.map((item) => (item.name === 'article.json' ? bomb : item)));
    },
    code: 'PACKAGE_UNSAFE',
    message: /200\.0 MB.*zip 炸弹/,
  },
  {
    name: 'a zip bomb whose 200 MB of zeros declare 1 kB',
    build: () => {
      const declared = 1000;
      const parts = new Map<string, Uint8Array>([
        ['article.json', new Uint8Array(declared)],
        [PHOTO_PATH, PHOTO],
      ]);
      const bomb: RawEntry = { name: 'article.json', data: zeroBomb().data, method: 8, size: declared, crc: zeroBomb().crc };
      return buildZip([entry('manifest.json', JSON.stringify(manifestFor(parts))), bomb, entry(PHOTO_PATH, PHOTO)]);
    },
    code: 'PACKAGE_UNSAFE',
    message: /比声明的大/,
  },
  {
    name: 'too many entries',
    build: () => {
      const { entries } = honestEntries();
      const many = Array.from({ length: 201 }, (_, index) => entry(`photos/${String(index).padStart(64, '0')}.png`, PHOTO, true));
      return buildZip([...entries, ...many]);
    },
    code: 'PACKAGE_UNSAFE',
    message: /文件过多/,
  },
  {
    name: 'duplicate names',
    build: () => {
      const { entries } = honestEntries();
      return buildZip([...entries, entry('article.json', articleJson({ author: '冒名者' }))]);
    },
    code: 'PACKAGE_UNSAFE',
    message: /重名/,
  },
  {
    name: 'names that differ only in case',
    build: () => {
      const { entries } = honestEntries();
      return buildZip([...entries, entry('Article.json', articleJson())]);
    },
    code: 'PACKAGE_UNSAFE',
    message: /重名/,
  },
  {
    name: 'an entry pointing at another entry’s data',
    build: () => {
      const { entries } = honestEntries();
      return buildZip([...entries, { ...entries[2]!, name: 'photos/copy.png', offsetOf: 2 }]);
    },
    code: 'PACKAGE_UNSAFE',
  },
  {
    name: 'entries whose data overlap (overlapping bomb)',
    build: () => {
      const { entries } = honestEntries();
      return buildZip(
        entries.map((item) => (item.name === 'article.json' ? { ...item, centralCompressedSize: item.data.length + 40 } : item)),
      );
    },
    code: 'PACKAGE_UNSAFE',
    message: /重叠/,
  },
  {
    name: 'a local name that differs from the directory',
    build: () => {
      const { entries } = honestEntries();
      return buildZip(entries.map((item) => (item.name === 'article.json' ? { ...item, localName: '../article.json' } : item)));
    },
    code: 'PACKAGE_UNSAFE',
    message: /文件名不一致/,
  },
  {
    name: 'an encrypted entry',
    build: () => buildZip(honestEntries().entries.map((item) => (item.name === 'article.json' ? { ...item, flags: 1 } : item))),
    code: 'PACKAGE_UNSAFE',
    message: /加密/,
  },
  {
    name: 'a file over 50 MB',
    build: () => async (file) => {
      await writeFile(file, honestZip());
      await truncate(file, 51 * MB);
    },
    code: 'FILE_TOO_LARGE',
    message: /过大/,
  },
  {
    name: 'a symlink in the inbox pointing outside',
    build: () => async (file, world) => {
      await symlink(path.join(world.canaryDir, 'canary.txt'), file);
    },
    code: 'PACKAGE_UNSAFE',
    message: /符号链接/,
  },
  {
    name: 'malformed manifest JSON',
    build: () => withManifestText('{"format": "kfq-draft", "version": 1,,}'),
    code: 'FILE_MALFORMED',
    message: /JSON/,
  },
  {
    name: 'a manifest with __proto__',
    build: () => withManifestText(JSON.stringify(manifestFor(honestEntries().parts)).replace('{', '{"__proto__": {"polluted": true},')),
    code: 'FILE_UNSAFE_KEYS',
    message: /__proto__/,
  },
  { name: 'no manifest', build: () => buildZip(honestEntries().entries.slice(1)), message: /缺少清单/ },
  { name: 'a wrong format', build: () => honestZip({ manifest: { format: 'evil-draft' } }), message: /不是稿件包/ },
  { name: 'a newer format version', build: () => honestZip({ manifest: { version: 2 } }), code: 'FILE_NEWER_VERSION', message: /升级/ },
  {
    name: 'a wrong sha256',
    build: () => {
      const parts = new Map<string, Uint8Array>([
        ['article.json', encode(articleJson())],
        [PHOTO_PATH, PHOTO],
      ]);
      const manifest = manifestFor(parts);
      (manifest.parts as Array<{ sha256: string }>)[0]!.sha256 = sha256Hex('别的内容');
      return buildZip([entry('manifest.json', JSON.stringify(manifest)), entry('article.json', articleJson()), entry(PHOTO_PATH, PHOTO)]);
    },
    message: /SHA-256 与清单不符/,
  },
  {
    name: 'a wrong size',
    build: () => {
      const parts = new Map<string, Uint8Array>([
        ['article.json', encode(articleJson())],
        [PHOTO_PATH, PHOTO],
      ]);
      const manifest = manifestFor(parts);
      (manifest.parts as Array<{ size: number }>)[1]!.size += 1;
      return buildZip([entry('manifest.json', JSON.stringify(manifest)), entry('article.json', articleJson()), entry(PHOTO_PATH, PHOTO)]);
    },
    message: /大小.*不符/,
  },
  {
    name: 'a CRC that does not match',
    build: () =>
      buildZip(honestEntries().entries.map((item) => (item.name === 'article.json' ? { ...item, crc: (item.crc + 1) >>> 0 } : item))),
    code: 'FILE_MALFORMED',
    message: /CRC/,
  },
  {
    name: 'an unlisted extra file',
    build: () => buildZip([...honestEntries().entries, entry('photos/extra.txt', '附带的文件')]),
    message: /清单未列出/,
  },
  {
    name: 'a missing article.json',
    build: () => {
      const parts = new Map<string, Uint8Array>([[PHOTO_PATH, PHOTO]]);
      return buildZip([entry('manifest.json', JSON.stringify(manifestFor(parts))), entry(PHOTO_PATH, PHOTO)]);
    },
    message: /缺少稿件正文/,
  },
  {
    name: 'an invalid article',
    build: () => honestZip({ article: articleJson({ status: 'published', content: [] }) }),
    code: 'FILE_INVALID',
    message: /格式要求/,
  },
  { name: 'an article that is not JSON', build: () => honestZip({ article: '{"kind": "article", ' }), code: 'FILE_TRUNCATED' },
  {
    name: 'a photo that is not an image',
    build: () => {
      const fake = encode('<script>alert(1)</script>');
      const name = `photos/${sha256Hex(fake)}.png`;
      const article = articleJson({ content: draftContent('标题', ['正文。'], `${sha256Hex(fake)}.png`) });
      return honestZip({ article, photos: new Map([[name, fake]]) });
    },
    code: 'ASSET_UNSUPPORTED',
    message: /不是 JPEG、PNG 或 TIFF/,
  },
  {
    name: 'a PNG signature followed by text',
    build: () => {
      const fake = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...encode('不是图片，只有文字。'.repeat(8))]);
      const name = `photos/${sha256Hex(fake)}.png`;
      const article = articleJson({ content: draftContent('标题', ['正文。'], `${sha256Hex(fake)}.png`) });
      return honestZip({ article, photos: new Map([[name, fake]]) });
    },
    code: 'ASSET_DAMAGED',
    message: /无法解码，已拒收/,
  },
  {
    name: 'an article pointing at a photo the package lacks',
    build: () => honestZip({ photos: new Map() }),
    message: /不在稿件包中/,
  },
  { name: 'a file that is not a package', build: () => encode('随便一个文本文件'), fileName: 'notes.txt', message: /扩展名/ },
];
