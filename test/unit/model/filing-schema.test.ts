// What the manifest of a reporter's draft package may hold, which names its parts may have, and how
// a package's file name and content hash are formed. A package arrives from outside (mail, a stick),
// so a manifest from another version or a forged one must be refused, in Chinese where the format
// words it, before anything in it is unpacked.
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_PART_PATH,
  canonicalJson,
  hasPackageExtension,
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  PACKAGE_LIMITS,
  packageFileName,
  partPathSchema,
  type PackageManifest,
} from '../../../shared/model/filing';
import { chars, CHINESE, expectAccepted, expectRefused, HEX64, items, itFollowsFieldRules, REMOVED, type FieldRule } from './schema-cases';

const manifest: PackageManifest = {
  format: PACKAGE_FORMAT,
  version: PACKAGE_FORMAT_VERSION,
  packageId: 'kfq-2025-0507-c3d4',
  revision: 2,
  createdAt: '2025-05-07T11:00:00.000Z',
  author: '林晓',
  parts: [
    { path: ARTICLE_PART_PATH, sha256: HEX64, size: 2_048 },
    { path: `photos/${HEX64}.jpg`, sha256: HEX64, size: 3_500_000 },
  ],
};

const part = manifest.parts[0];

const PHOTO_PATHS = [
  `photos/${HEX64}.jpg`,
  `photos/${HEX64}.png`,
  `photos/${HEX64}.tif`,
  `photos/${chars(64, '0')}.jpg`,
  `photos/${chars(64, 'f')}.tif`,
];
const NOT_PART_PATHS = [
  'manifest.json',
  'signature.json',
  'Article.json',
  'article.json ',
  ' article.json',
  './article.json',
  'article.jsonx',
  'xarticle.json',
  `photos/${HEX64.slice(1)}.jpg`,
  `photos/${HEX64}0.jpg`,
  `photos/${HEX64.toUpperCase()}.jpg`,
  `photos/${HEX64.slice(1)}g.jpg`,
  `photos/${HEX64}.jpeg`,
  `photos/${HEX64}.JPG`,
  `photos/${HEX64}xjpg`,
  `photos/${HEX64}.jpg/x`,
  `photos/${HEX64}.jpgx`,
  `xphotos/${HEX64}.jpg`,
  `Photos/${HEX64}.jpg`,
  `photos/sub/${HEX64}.jpg`,
  `../photos/${HEX64}.jpg`,
  `${HEX64}.jpg`,
  '',
];

const rules: FieldRule[] = [
  { rule: 'the format is kfq-draft', path: 'format', accepts: [], refuses: ['kfq-draft2', ''] },
  { rule: 'the format version is 1', path: 'version', accepts: [], refuses: [2, 0, '1'] },
  {
    rule: 'the package id is 3 to 56 lowercase letters, digits or hyphens, not starting with a hyphen',
    path: 'packageId',
    accepts: ['abc', '0-9', 'z-a', chars(56, 'k')],
    refuses: ['ab', chars(57, 'k'), '-abc', 'ABC', 'ab c', '_abc', 'abc_', '稿件包'],
    chinese: true,
  },
  { rule: 'the revision is a whole number from 1 to 99999', path: 'revision', accepts: [1, 99_999], refuses: [0, 100_000, 1.5] },
  { rule: 'the package was made at an ISO date-time', path: 'createdAt', accepts: ['2025-05-07T11:00:00Z'], refuses: ['2025-05-07'] },
  { rule: 'the author has at most 100 characters', path: 'author', accepts: ['', chars(100)], refuses: [chars(101)] },
  {
    rule: 'a package lists 1 to 199 parts, leaving room for the manifest among 200 entries',
    path: 'parts',
    accepts: [[part], items(PACKAGE_LIMITS.maxEntries - 1, () => part)],
    refuses: [[], items(PACKAGE_LIMITS.maxEntries, () => part)],
  },
  {
    rule: 'a part is article.json or photos/<sha256>.<jpg|png|tif>',
    path: 'parts.0.path',
    accepts: [ARTICLE_PART_PATH, ...PHOTO_PATHS],
    refuses: NOT_PART_PATHS,
    chinese: true,
  },
  {
    rule: "a part's hash is 64 lowercase hex digits",
    path: 'parts.0.sha256',
    accepts: [HEX64, chars(64, '0')],
    refuses: [HEX64.slice(1), `${HEX64}a`, HEX64.toUpperCase(), `x${HEX64}`, `${HEX64}x`],
    chinese: true,
  },
  {
    rule: "a part's size is a whole number of bytes from 0 to the photo limit",
    path: 'parts.0.size',
    accepts: [0, PACKAGE_LIMITS.maxPhotoBytes],
    refuses: [-1, PACKAGE_LIMITS.maxPhotoBytes + 1, 10.5],
  },
  { rule: 'a part holds nothing but its path, hash and size', path: 'parts.0.mime', accepts: [REMOVED], refuses: ['image/jpeg'] },
  { rule: 'a manifest holds no field the format does not know', path: 'signature', accepts: [REMOVED], refuses: ['x'] },
];

describe('a package manifest', () => {
  it('is valid as the fixture has it', () => {
    expectAccepted(manifestSchema, manifest, 'the fixture');
  });

  itFollowsFieldRules(manifestSchema, manifest, rules);

  it('refuses a part name outside the format with a Chinese message saying what is allowed', () => {
    const [issue] = expectRefused(partPathSchema, 'notes.txt', 'notes.txt', { chinese: true });
    expect(issue?.message).toMatch(CHINESE);
    expect(issue?.message).toContain('article.json');
  });
});

describe('package file names', () => {
  it('are the package id and revision with the .kfqpkg extension', () => {
    expect(packageFileName('kfq-2025-0507-c3d4', 12)).toBe('kfq-2025-0507-c3d4-r12.kfqpkg');
  });

  it('are recognised by .kfqpkg or .zip at the end, in any case', () => {
    for (const name of ['a-r1.kfqpkg', 'A-R1.KFQPKG', 'renamed.zip', 'RENAMED.Zip', '.kfqpkg'])
      expect(hasPackageExtension(name), name).toBe(true);
    for (const name of ['a-r1.kfqpkg.txt', 'kfqpkg', 'a.kfq', 'archive.zip.part', '.zip.pdf', 'zip', 'a-r1kfqpkg', '']) {
      expect(hasPackageExtension(name), name).toBe(false);
    }
  });
});

describe('canonical JSON', () => {
  it('gives the same text whatever order the keys were written in, at every level', () => {
    const one = { b: 1, a: { d: [{ y: 2, x: 1 }], c: null } };
    const other = { a: { c: null, d: [{ x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(one)).toBe('{"a":{"c":null,"d":[{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson(other)).toBe(canonicalJson(one));
  });

  it('keeps the order of arrays, which is part of the content', () => {
    expect(canonicalJson(['b', 'a', { z: 0, y: [3, 1] }])).toBe('["b","a",{"y":[3,1],"z":0}]');
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });

  it('leaves out fields that are undefined and writes plain values as JSON does', () => {
    expect(canonicalJson({ b: undefined, a: 'x' })).toBe('{"a":"x"}');
    expect(canonicalJson(null)).toBe('null');
    expect(canonicalJson('文字')).toBe('"文字"');
    expect(canonicalJson(7)).toBe('7');
  });

  it('keeps a key named __proto__ as plain data', () => {
    const parsed: unknown = JSON.parse('{"z":1,"__proto__":{"polluted":true}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"polluted":true},"z":1}');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
