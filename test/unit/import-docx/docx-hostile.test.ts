// Hostile and broken files, each built here: zip bombs (declared and real), unsafe entry names,
// encryption, files that are not .docx at all. Each is refused with its code and a Chinese
// message before any photo reaches the store.
import { randomBytes } from 'node:crypto';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DomainError, type ErrorCode } from '../../../shared/model/errors';
import { importDocx } from '../../../electron/services/import/docx-import';
import { DOCX_LIMITS } from '../../../electron/services/import/docx-refusals';
import { dataOffsetOf, editParts, localOffsetOf, patchCentral, plainDocx } from './docx-fixtures';

const MB = 1024 * 1024;
let valid: Uint8Array;

beforeAll(async () => {
  valid = await plainDocx();
});

/** The valid file's parts plus `extra`, zipped with fflate (which writes any name it is given). */
function withParts(extra: Zippable, drop: string[] = []): Uint8Array {
  const parts: Zippable = unzipSync(valid);
  for (const name of drop) delete parts[name];
  return zipSync({ ...parts, ...extra });
}

async function expectRefused(bytes: Uint8Array, code: ErrorCode, message: RegExp): Promise<DomainError> {
  const storeImage = vi.fn(async () => 'never.png');
  const error: unknown = await importDocx(bytes, { storeImage }).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  expect((error as DomainError).message).toMatch(message);
  expect((error as DomainError).message).toMatch(/[\u4e00-\u9fff]/);
  expect(storeImage).not.toHaveBeenCalled();
  return error as DomainError;
}

describe('importDocx refuses files that are not .docx', () => {
  it('accepts the untouched base file, photo included', async () => {
    const storeImage = vi.fn(async () => 'a'.repeat(64) + '.png');
    const { articles } = await importDocx(valid, { storeImage });
    expect(articles.map((article) => article.headline)).toEqual(['园区新闻']);
    expect(storeImage).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['an empty file', new Uint8Array()],
    ['a renamed .txt', strToU8('科学导报讯 记者王波 这是一份纯文本稿件。\n')],
    ['an HTML page', strToU8('<html><script>alert(1)</script></html>')],
  ])('%s', async (_name, bytes) => {
    await expectRefused(bytes, 'FILE_INVALID', /已损坏或不是 \.docx 格式/);
  });

  it('an old .doc or password-protected file (OLE container)', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expectRefused(ole, 'FILE_INVALID', /旧版 Word（\.doc）/);
  });

  it('a truncated .docx', async () => {
    await expectRefused(valid.slice(0, Math.floor(valid.length * 0.6)), 'FILE_INVALID', /不完整或已损坏/);
  });

  it('a zip without word/document.xml', async () => {
    await expectRefused(zipSync({ 'notes.txt': strToU8('稿件') }), 'FILE_INVALID', /缺少正文部分 word\/document\.xml/);
    await expectRefused(withParts({}, ['word/document.xml']), 'FILE_INVALID', /缺少正文部分/);
  });

  it('a file over 50 MB', async () => {
    const big = new Uint8Array(DOCX_LIMITS.maxFileBytes + 1);
    big.set(valid);
    await expectRefused(big, 'FILE_TOO_LARGE', /太大（50\.0 MB），上限为 50\.0 MB/);
  });

  it('a part whose bytes do not match its checksum', async () => {
    // A stored part, so the flipped byte reaches the checksum rather than upsetting the inflater.
    const zip = withParts({ 'word/media/note.bin': [strToU8('照片说明原文'), { level: 0 }] });
    const flipped = dataOffsetOf(zip, 'word/media/note.bin') + 2;
    zip[flipped] = (zip[flipped] ?? 0) ^ 0xff;
    expect((await expectRefused(zip, 'FILE_INVALID', /不完整或已损坏/)).detail).toMatch(/crc mismatch/);
  });
});

describe('importDocx refuses zip bombs', () => {
  it('a few KB declaring a part of 4 GB', async () => {
    const bomb = patchCentral(valid, 'word/document.xml', { size: 0xfffffff0 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    await expectRefused(bomb, 'FILE_TOO_LARGE', /其中一个部件达 4096\.0 MB，上限 100\.0 MB.*压缩炸弹/);
  });

  it('parts that together declare more than 300 MB', async () => {
    // Random bytes do not compress, so each 90 MB claim keeps a plausible ratio (under 200:1).
    let zip = withParts(Object.fromEntries([1, 2, 3, 4].map((n) => [`word/media/filler${n}.bin`, randomBytes(480 * 1024)])));
    for (const n of [1, 2, 3, 4]) zip = patchCentral(zip, `word/media/filler${n}.bin`, { size: 90 * MB });
    await expectRefused(zip, 'FILE_TOO_LARGE', /解压后共 3\d\d\.\d MB，超过 300\.0 MB/);
  });

  it('a real deflated part of 120 MB of zeros', async () => {
    const bomb = withParts({ 'word/media/zeros.bin': [new Uint8Array(120 * MB), { level: 1 }] });
    expect(bomb.length).toBeLessThan(1 * MB);
    await expectRefused(bomb, 'FILE_TOO_LARGE', /其中一个部件达 120\.0 MB/);
  });

  it('a compression ratio above 200:1 on a large part', async () => {
    const bomb = withParts({ 'word/media/zeros.bin': [new Uint8Array(40 * MB), { level: 1 }] });
    await expectRefused(bomb, 'FILE_TOO_LARGE', /压缩比异常/);
  });

  it('a part that inflates beyond the size it declares', async () => {
    const liar = patchCentral(withParts({ 'word/media/zeros.bin': new Uint8Array(4 * MB) }), 'word/media/zeros.bin', { size: 1000 });
    await expectRefused(liar, 'FILE_TOO_LARGE', /超出它自己声明的大小/);
  });

  it('more than 2,000 parts', async () => {
    const many = Object.fromEntries(Array.from({ length: 2_001 }, (_, n) => [`word/media/p${n}.bin`, new Uint8Array(1)]));
    await expectRefused(withParts(many), 'FILE_TOO_LARGE', /部件过多（20\d\d 个，上限 2000 个）/);
  });

  it('two directory entries sharing the same compressed bytes', async () => {
    const target = localOffsetOf(valid, 'word/document.xml');
    const overlap = patchCentral(valid, 'word/styles.xml', { localOffset: target });
    await expectRefused(overlap, 'FILE_INVALID', /重名或相互重叠/);
  });

  it('two entries with the same name', async () => {
    const twice = patchCentral(withParts({ 'word/documenX.xml': strToU8('<x/>') }), 'word/documenX.xml', { name: 'word/document.xml' });
    await expectRefused(twice, 'FILE_INVALID', /重名或相互重叠/);
  });

  it('an XML part declaring entities (billion laughs)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>';
    await expectRefused(editParts(valid, { 'word/document.xml': laughs }), 'FILE_INVALID', /DOCTYPE/);
  });
});

describe('importDocx refuses unsafe or unreadable entries', () => {
  it.each(['../../evil.sh', '/etc/cron.d/evil', 'C:/Windows/evil.dll', '..\\..\\evil.bat', 'word/../../evil.xml', 'word/./x.xml'])(
    'an entry named %s',
    async (name) => {
      await expectRefused(withParts({ [name]: strToU8('x') }), 'FILE_INVALID', /不安全的路径/);
    },
  );

  it('an encrypted entry', async () => {
    await expectRefused(patchCentral(valid, 'word/document.xml', { flags: 0x0001 }), 'FILE_INVALID', /加密/);
  });

  it('an entry compressed with a method other than deflate', async () => {
    await expectRefused(patchCentral(valid, 'word/document.xml', { method: 12 }), 'FILE_INVALID', /不支持的压缩方式/);
  });

  it('keeps entry names out of the message and in the detail', async () => {
    const error = await importDocx(withParts({ '../<script>.xml': strToU8('x') })).catch((reason: unknown) => reason);
    expect((error as DomainError).message).not.toContain('script');
    expect((error as DomainError).detail).toContain('../<script>.xml');
  });
});
