// kfq import, run in-process: JSON and summary output, adding to a workspace as 已提交, and the
// refusals (missing, too large, not UTF-8, binary, unsupported, empty) with Chinese messages.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/services/workspace-store';
import type { ImportedArticleJson } from '../../../shared/import/imported-article';
import { firstTextOf } from '../../../shared/model/article';
import { kfq } from '../cli/run-kfq';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');
const JSON_KEYS = ['kicker', 'headline', 'subtitle', 'dateline', 'byline', 'paragraphs', 'subheads', 'captions', 'signature', 'jumps'];

const DRAFT = [
  '聚焦主业 做强园区',
  '青河新区：智能装备产业园首期投产',
  '——三个月完成设备安装调试',
  '',
  '科学导报讯 记者周文远 6月3日, 青河新区智能装备产业园首期厂房投产, 首期引进企业 8 家。',
  '### 服务前移 审批提速',
  '审批窗口下沉到园区，企业办事不出园。',
  '工人在生产线上调试设备。 ■ 周文远摄',
  '下一步，园区将继续完善配套。',
  '韩一鸣',
].join('\n');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-import-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function draftFile(name = 'draft.txt', text = DRAFT): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

describe('kfq import', () => {
  it('prints a draft as a JSON array of articles with every documented field', async () => {
    const run = await kfq('import', await draftFile(), '--json');
    expect(run.code, run.err).toBe(0);
    const articles = JSON.parse(run.out) as ImportedArticleJson[];
    expect(articles).toHaveLength(1);
    expect(Object.keys(articles[0]!)).toEqual(JSON_KEYS);
    expect(articles[0]).toEqual({
      kicker: '聚焦主业 做强园区',
      headline: '青河新区：智能装备产业园首期投产',
      subtitle: '——三个月完成设备安装调试',
      dateline: '科学导报讯',
      byline: '记者周文远',
      paragraphs: [
        '6月3日，青河新区智能装备产业园首期厂房投产，首期引进企业8家。',
        '审批窗口下沉到园区，企业办事不出园。',
        '下一步，园区将继续完善配套。',
      ],
      subheads: ['服务前移 审批提速'],
      captions: [{ text: '工人在生产线上调试设备。', credit: '■ 周文远摄' }],
      signature: '韩一鸣',
      jumps: [],
    });
  });

  it('prints a readable Chinese summary without --json', async () => {
    const run = await kfq('import', await draftFile('draft.md'));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('draft.md：1 篇稿件');
    expect(run.out).toContain('《青河新区：智能装备产业园首期投产》');
    expect(run.out).toContain('署名：韩一鸣');
  });

  it('adds the articles to a workspace as 已提交, authored by the byline', async () => {
    const ws = path.join(dir, 'ws');
    expect((await kfq('init', ws)).code).toBe(0);
    const before = await openWorkspace(ws, { readOnly: true });
    const existing = new Set((await before.listArticles()).map((entry) => entry.id));
    await before.close();

    const run = await kfq('import', await draftFile(), '--into', ws);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/已加入稿库（已提交）：a-\d{8}-[0-9a-f]{8}/u);

    const store = await openWorkspace(ws, { readOnly: true });
    try {
      const added = (await store.listArticles()).filter((entry) => !existing.has(entry.id));
      expect(added).toHaveLength(1);
      const article = await store.getArticle(added[0]!.id);
      expect(article.status).toBe('filed');
      expect(article.author).toBe('周文远');
      expect(firstTextOf(article.content, 'headline')).toBe('青河新区：智能装备产业园首期投产');
      expect(firstTextOf(article.content, 'dateline')).toBe('科学导报讯 记者周文远');
      expect(article.content.find((node) => node.type === 'photo')).toMatchObject({ credit: '■ 周文远摄', assetId: null });
      expect((await kfq('validate', path.join(ws, 'articles', `${article.id}.json`))).code).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('keeps stdout pure JSON with --json --into, reporting what was added on stderr', async () => {
    const ws = path.join(dir, 'ws');
    await kfq('init', ws);
    const run = await kfq('import', await draftFile(), '--json', '--into', ws);
    expect(run.code, run.err).toBe(0);
    expect(JSON.parse(run.out)).toHaveLength(1);
    expect(run.err).toContain('已加入稿库');
  });

  it('imports a .docx through the Word importer', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '青河新区首期厂房投产', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('科学导报讯 记者周文远 青河新区智能装备产业园首期厂房投产。')] }),
            new Paragraph({ children: [new TextRun('园区将继续完善配套。')] }),
          ],
        },
      ],
    });
    const file = path.join(dir, 'draft.docx');
    await writeFile(file, await Packer.toBuffer(document));
    const run = await kfq('import', file, '--json');
    expect(run.code, run.err).toBe(0);
    const [article] = JSON.parse(run.out) as ImportedArticleJson[];
    expect(article?.headline).toBe('青河新区首期厂房投产');
    expect(article?.paragraphs.join('')).toContain('园区将继续完善配套。');
  });

  describe.skipIf(!existsSync(CORPUS))('on the corpus pages', () => {
    it('prints page 000 as six articles in page order', async () => {
      const run = await kfq('import', path.join(CORPUS, '000_8685e8fd9ec64335.txt'), '--json');
      expect(run.code, run.err).toBe(0);
      const articles = JSON.parse(run.out) as ImportedArticleJson[];
      expect(articles.map((article) => article.kicker.slice(0, 2))).toEqual(['长子', '寿阳', '', '大同', '', '襄汾']);
      for (const article of articles) expect(Object.keys(article)).toEqual(JSON_KEYS);
    });

    it('adds all six articles of page 001 as 已提交 and reports the repeated passage in its summary', async () => {
      const ws = path.join(dir, 'ws');
      await kfq('init', ws);
      const run = await kfq('import', path.join(CORPUS, '001_cdcccbc17d5f7ba6.txt'), '--into', ws);
      expect(run.code, run.err).toBe(0);
      expect(run.out).toContain('6 篇稿件');
      expect(run.out).toContain('重复出现的文字');
      expect(run.out.match(/已加入稿库（已提交）/gu)).toHaveLength(6);
    });
  });
});

describe('kfq import refuses', () => {
  async function refused(args: string[], code: number, message: RegExp): Promise<void> {
    const run = await kfq('import', ...args);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(message);
    expect(run.out).toBe('');
  }

  it('a missing file', async () => {
    await refused([path.join(dir, 'missing.txt')], 1, /找不到文件.*FILE_NOT_FOUND/u);
  });

  it('a file over 50 MB', async () => {
    const file = await draftFile('huge.txt');
    await truncate(file, 50 * 1024 * 1024 + 1);
    await refused([file], 1, /文件过大.*50 MB.*FILE_TOO_LARGE/u);
  });

  it('text that is not UTF-8, UTF-16 text and binary files', async () => {
    const gbk = path.join(dir, 'gbk.txt');
    await writeFile(gbk, Buffer.from([0xd4, 0xb0, 0xc7, 0xf8, 0xbd, 0xa8, 0xc9, 0xe8])); // 园区建设 in GBK
    await refused([gbk], 1, /不是 UTF-8 编码的文本.*FILE_INVALID/u);
    const utf16 = path.join(dir, 'utf16.txt');
    await writeFile(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('园区建设', 'utf16le')]));
    await refused([utf16], 1, /UTF-16/u);
    const binary = path.join(dir, 'binary.md');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    await refused([binary], 1, /不是文本文件/u);
  });

  it('unsupported file types and empty files', async () => {
    await refused([await draftFile('page.pdf')], 1, /不支持的文件类型“\.pdf”/u);
    await refused([await draftFile('empty.txt', ' \n\n')], 1, /没有找到可导入的稿件/u);
  });

  it('a workspace that does not exist, adding nothing', async () => {
    const run = await kfq('import', await draftFile(), '--into', path.join(dir, 'nowhere'));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^错误：/u);
    expect(existsSync(path.join(dir, 'nowhere', 'articles'))).toBe(false);
  });

  it('wrong usage, with the command’s usage line', async () => {
    const run = await kfq('import');
    expect(run.code).toBe(2);
    expect(run.err).toContain('kfq import FILE [--json] [--into DIR]');
  });
});

describe('kfq import output is readable back', () => {
  it('writes nothing next to the imported file', async () => {
    const file = await draftFile();
    await kfq('import', file, '--json');
    expect(await readFile(file, 'utf8')).toBe(DRAFT);
  });
});
