// A .docx goes through the same import rules as a text: the same page written as Markdown, as a
// Word file with WPS's Chinese style names and as one with Word's English names gives the same
// articles. The photo is stored by the workspace's real asset store in a temporary folder.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/docx-import';
import { initWorkspace, type WorkspaceStore } from '../../../electron/services/workspace-store';
import { importText } from '../../../shared/import/import-text';
import type { ImportResult } from '../../../shared/import/imported-article';
import { testContent } from '../services/store-fixtures';
import { buildDocx, picture, styled, tinyPng } from './docx-fixtures';

/** One paragraph of the page: its style by role, and its text. */
type Role = 'headline' | 'subtitle' | 'body';
const PAGE: Array<[Role, string]> = [
  ['headline', '青川经开区：标准厂房“拎包入驻”'],
  ['subtitle', '——三个月引进企业十一家'],
  ['body', '科学导报讯 记者邵文清 青川经济技术开发区新建的标准厂房近日全部交付，十一家企业已签约入驻。'],
  ['body', '园区对入驻企业实行“交钥匙”服务，水电气和网络一并接好，企业搬进设备就能生产。'],
  ['body', '工人在新厂房里安装生产线。 ■ 韩一鸣摄'],
  ['body', '邵文清'],
  ['headline', '白石高新区开通企业服务专线'],
  ['body', '科学导报讯 白石高新区企业服务专线日前开通，企业来电反映的问题两个工作日内答复。'],
  ['body', '专线开通首周，共接到企业来电四十余个。'],
];

const CHINESE: Record<Role, string> = { headline: '标题 1', subtitle: '副标题', body: '正文' };
const ENGLISH: Record<Role, string> = { headline: 'Heading 1', subtitle: 'Subtitle', body: 'Normal' };
const PHOTO_CAPTION = 4;

function markdown(): string {
  return PAGE.map(([role, text]) => (role === 'headline' ? `# ${text}` : text)).join('\n\n');
}

async function docx(names: Record<Role, string>): Promise<Uint8Array> {
  const photo = tinyPng(0x60);
  const paragraphs = PAGE.flatMap(([role, text], index) => {
    const paragraph = styled(text, names[role]);
    return index === PHOTO_CAPTION ? [picture(photo), paragraph] : [paragraph];
  });
  return buildDocx(paragraphs, Object.values(names));
}

/** The result with photo assets left out: a text has no pictures to store. */
function withoutAssets(result: ImportResult): ImportResult {
  return {
    markers: result.markers,
    articles: result.articles.map((article) => ({
      ...article,
      body: article.body.map((item) => (item.kind === 'caption' ? { ...item, assetId: null } : item)),
    })),
  };
}

describe('one set of rules for .docx and text', () => {
  let dir = '';
  let store: WorkspaceStore;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'kfq-docx-rules-'));
    store = await initWorkspace(path.join(dir, 'ws'), testContent());
  });

  afterAll(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  const storeImage = async (bytes: Uint8Array): Promise<string> => (await store.putAsset(bytes)).assetId;

  it('reads the Markdown page as two articles with headline, subtitle, 电头, caption and signature', () => {
    const { articles } = importText(markdown());
    expect(articles.map((article) => [article.headline, article.subtitle, article.dateline, article.byline, article.signature])).toEqual([
      ['青川经开区：标准厂房“拎包入驻”', '——三个月引进企业十一家', '科学导报讯', '记者邵文清', '邵文清'],
      ['白石高新区开通企业服务专线', '', '科学导报讯', '', ''],
    ]);
    expect(articles[0]?.body.find((item) => item.kind === 'caption')).toMatchObject({
      text: '工人在新厂房里安装生产线。',
      credit: '■ 韩一鸣摄',
    });
  });

  it.each([
    ['Chinese style names (标题 1, 副标题, 正文)', CHINESE],
    ['Word’s English style names (Heading 1, Subtitle, Normal)', ENGLISH],
  ])('gives the same articles from a .docx with %s, its photo in the asset store', async (_label, names) => {
    const result = await importDocx(await docx(names), { storeImage });
    expect(withoutAssets(result)).toEqual(importText(markdown()));
    const caption = result.articles[0]?.body.find((item) => item.kind === 'caption');
    expect(caption?.kind === 'caption' && caption.assetId).toMatch(/^[0-9a-f]{64}\.png$/u);
    const stored = caption?.kind === 'caption' && caption.assetId ? await store.getAssetPath(caption.assetId) : '';
    expect(existsSync(stored)).toBe(true);
  });
});
