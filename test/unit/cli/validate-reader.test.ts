// `kfq validate` promised to check a file "exactly as the app opens it" but accepted invalid UTF-8
// that the app refuses, and `null` gave INTERNAL. It now reads through the store's own reader, so
// for every file its verdict and error code are the store's.
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace-store';
import { toErrorInfo } from '../../../shared/model/errors';
import { kfq } from './run-kfq';

let dir: string;
let ws: string;
let articleFile: string;
let original: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-validate-'));
  ws = path.join(dir, 'ws');
  expect((await kfq('init', ws)).code).toBe(0);
  const store = await openWorkspace(ws, { readOnly: true });
  const [entry] = await store.listArticles();
  await store.close();
  articleFile = path.join(ws, 'articles', `${entry!.id}.json`);
  original = await readFile(articleFile);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The code the store refuses the article file with (or 'OK'). */
async function storeVerdict(): Promise<string> {
  const store = await openWorkspace(ws, { readOnly: true });
  try {
    await store.getArticle(path.basename(articleFile, '.json'));
    return 'OK';
  } catch (error) {
    return toErrorInfo(error).code;
  } finally {
    await store.close();
  }
}

async function validateVerdict(file = articleFile): Promise<string> {
  const run = await kfq('validate', file);
  if (run.code === 0) return 'OK';
  return /（([A-Z_]+)）/.exec(run.err)?.[1] ?? `exit ${run.code}: ${run.err}`;
}

describe('kfq validate reads as the store does', () => {
  const variants: Array<[string, () => Buffer | string]> = [
    ['the file as written', () => original],
    ['invalid UTF-8 in a string', () => Buffer.concat([original.subarray(0, 40), Buffer.from([0xff, 0xfe]), original.subarray(40)])],
    ['GBK text', () => Buffer.from([0x7b, 0x22, 0xb8, 0xe5, 0x22, 0x3a, 0x31, 0x7d])],
    ['null', () => 'null\n'],
    ['an array', () => '[]'],
    ['a number', () => '42'],
    ['a string', () => '"article"'],
    ['empty', () => ''],
    ['cut short', () => original.subarray(0, Math.floor(original.length / 2))],
    ['a __proto__ key', () => original.toString('utf8').replace('{', '{"__proto__":{"x":1},')],
    ['a newer version', () => original.toString('utf8').replace(/"schemaVersion": \d+/, '"schemaVersion": 99')],
    ['a BOM before the JSON', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), original])],
    ['no kind field in articles/', () => original.toString('utf8').replace('"kind": "article",', '')],
  ];

  it.each(variants)('%s: the same verdict as the store', async (_, make) => {
    await writeFile(articleFile, make());
    try {
      const expected = await storeVerdict();
      const verdict = await validateVerdict();
      expect(verdict).toBe(expected);
      expect(verdict).not.toBe('INTERNAL');
    } finally {
      await writeFile(articleFile, original);
    }
  });

  it('refuses invalid UTF-8 and null with their own codes', async () => {
    await writeFile(articleFile, Buffer.concat([original.subarray(0, 40), Buffer.from([0xc3, 0x28]), original.subarray(40)]));
    expect(await validateVerdict()).toBe('FILE_MALFORMED');
    await writeFile(articleFile, original);
    const nullFile = path.join(dir, 'n.json');
    await writeFile(nullFile, 'null\n');
    const run = await kfq('validate', nullFile);
    expect(run.code).toBe(1);
    expect(run.err).toContain('FILE_INVALID');
    expect(run.err).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a file over the size the store reads, without reading it', async () => {
    const big = path.join(dir, 'big.json');
    await writeFile(big, '');
    await truncate(big, 65 * 1024 * 1024);
    expect(await validateVerdict(big)).toBe('FILE_TOO_LARGE');
    expect(await validateVerdict(path.join(dir, 'absent.json'))).toBe('FILE_NOT_FOUND');
  });
});
