// Import of real pages of the supplement (read from ../shared/corpus when it is there): every article
// written down below is found with its headline group and signature, paragraphs are rebuilt, and
// nothing of the page is lost or duplicated.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importArchivePage, importText } from '../../../shared/import/import-text';
import { toImportJson, type ImportedArticle, type ImportResult } from '../../../shared/import/imported-article';
import { accountFor } from './account-for';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpus');

/** What an editor expects of one article; headline and kicker by a fragment of at most ten characters. */
interface Expected {
  kicker: string | null; // null: no kicker; else a fragment of it
  headline: string | null; // null: the page does not print this article's headline
  subtitle?: boolean;
  dateline: string;
  byline: boolean;
  signature: { length: number; first: string } | null;
  paragraphs: number;
  subheads?: number;
  captions?: number;
  jumps?: string[];
}

const PAGES: Record<string, { file: string; articles: Expected[]; markers: Record<string, number> }> = {
  // Inside page, column lines with blank lines between; each headline group printed after its body.
  '000': {
    file: '000_8685e8fd9ec64335.txt',
    articles: [
      { kicker: '长子经济技术开发区', headline: '支撑经济之', dateline: '科学导报讯', byline: true, signature: null, paragraphs: 4 },
      { kicker: '寿阳经济技术开发区', headline: '推进新质生产力', dateline: '科学导报讯', byline: true, signature: null, paragraphs: 4 },
      {
        kicker: null,
        headline: '智慧物流园区',
        subtitle: true,
        dateline: '',
        byline: false,
        signature: { length: 3, first: '刘' },
        paragraphs: 5,
      },
      {
        kicker: '大同经济技术开发区',
        headline: '经济运行分析会',
        dateline: '科学导报讯',
        byline: false,
        signature: { length: 2, first: '曹' },
        paragraphs: 4,
      },
      // The training-camp story: this extraction carries no headline for it.
      { kicker: null, headline: null, dateline: '科学导报讯', byline: true, signature: null, paragraphs: 7 },
      { kicker: '襄汾经济技术开发区', headline: '项目建设加速度', dateline: '科学导报讯', byline: true, signature: null, paragraphs: 6 },
    ],
    markers: {},
  },
  // One paragraph per line, headline groups before their bodies, signatures on their own lines, a
  // continuation from D1, and the end of that continuation printed twice by the extraction.
  '001': {
    file: '001_cdcccbc17d5f7ba6.txt',
    articles: [
      {
        kicker: '经济运行分析会提出',
        headline: '咬定目标不放松',
        dateline: '科学导报',
        byline: false,
        signature: { length: 3, first: '付' },
        paragraphs: 3,
      },
      {
        kicker: null,
        headline: '临汾经济开发区座谈',
        dateline: '科学导报',
        byline: false,
        signature: { length: 3, first: '李' },
        paragraphs: 3,
      },
      {
        kicker: '灵石经济技术开发区',
        headline: '多轮驱动出四措',
        dateline: '科学导报',
        byline: false,
        signature: { length: 3, first: '董' },
        paragraphs: 5,
      },
      { kicker: null, headline: '零壹智库', dateline: '科学导报', byline: false, signature: { length: 6, first: '郝' }, paragraphs: 5 },
      { kicker: '长子经济技术开发区', headline: '智慧服务引领', dateline: '科学导报', byline: true, signature: null, paragraphs: 5 },
      {
        kicker: null,
        headline: null,
        dateline: '',
        byline: false,
        signature: { length: 3, first: '韩' },
        paragraphs: 13,
        subheads: 1,
        jumps: ['上接D1版'],
      },
    ],
    markers: { duplicate: 4, jump: 1 },
  },
  // Front page in a Markdown-like extraction: masthead, lead with kicker, a titled photo, a column
  // logo, and a headline group printed in the middle of its own article's first column.
  '003': {
    file: '003_2f18db53edd911c3.txt',
    articles: [
      { kicker: '以亩产论英雄', headline: '开发区建设升级版', dateline: '科学导报讯', byline: true, signature: null, paragraphs: 7 },
      { kicker: null, headline: '科创智造港', dateline: '', byline: false, signature: null, paragraphs: 0, captions: 1 },
      { kicker: '阳泉高新区', headline: '持续优化招商矩阵', dateline: '科学导报讯', byline: false, signature: null, paragraphs: 8 },
      {
        kicker: null,
        headline: '产业集群发展赋能',
        subtitle: true,
        dateline: '',
        byline: false,
        signature: null,
        paragraphs: 21,
        subheads: 3,
        jumps: ['下转A2版'],
      },
    ],
    markers: { pageFurniture: 14, columnLogo: 1, jump: 1 },
  },
};

function checkArticle(article: ImportedArticle, expected: Expected, label: string): void {
  if (expected.kicker === null) expect(article.kicker, `${label} kicker`).toBe('');
  else expect(article.kicker, `${label} kicker`).toContain(expected.kicker);
  if (expected.headline === null) expect(article.headline, `${label} headline`).toBe('');
  else expect(article.headline, `${label} headline`).toContain(expected.headline);
  expect(article.subtitle.startsWith('——'), `${label} subtitle`).toBe(expected.subtitle ?? false);
  expect(article.dateline, `${label} dateline`).toBe(expected.dateline);
  if (expected.byline) expect(article.byline, `${label} byline`).toMatch(/^记者\p{Script=Han}{2,3}$/u);
  else expect(article.byline, `${label} byline`).toBe('');
  if (expected.signature === null) {
    expect(article.signature, `${label} signature`).toBe('');
  } else {
    expect(article.signature.length, `${label} signature`).toBe(expected.signature.length);
    expect(article.signature.charAt(0), `${label} signature`).toBe(expected.signature.first);
  }
  const json = toImportJson(article);
  expect(json.paragraphs.length, `${label} paragraphs`).toBe(expected.paragraphs);
  expect(json.subheads.length, `${label} subheads`).toBe(expected.subheads ?? 0);
  expect(json.captions.length, `${label} captions`).toBe(expected.captions ?? 0);
  expect(article.jumps, `${label} jumps`).toEqual(expected.jumps ?? []);
}

/** A rebuilt paragraph ends its sentence — unless a 下转 jump line continues it elsewhere. */
function checkParagraphs(result: ImportResult, label: string): void {
  for (const [index, article] of result.articles.entries()) {
    const paragraphs = toImportJson(article).paragraphs;
    paragraphs.forEach((paragraph, at) => {
      const where = `${label} article ${index + 1} paragraph ${at + 1}`;
      expect(paragraph, where).not.toMatch(/\n/u);
      expect(paragraph, where).not.toMatch(/\p{Script=Han}\s+\p{Script=Han}/u);
      const continued = at === paragraphs.length - 1 && article.jumps.some((jump) => jump.startsWith('下转'));
      if (!continued) expect(paragraph, where).toMatch(/[。！？…][”’」』）]*$/u);
    });
  }
}

describe.skipIf(!existsSync(CORPUS))('archive pages of the supplement (../shared/corpus)', () => {
  for (const [name, page] of Object.entries(PAGES)) {
    describe(`page ${name}`, () => {
      // Read in a hook, not while collecting: a skipped suite's body still runs, its hooks do not.
      let text = '';
      let result: ImportResult = { articles: [], markers: [] };
      beforeAll(() => {
        text = readFileSync(path.join(CORPUS, page.file), 'utf8');
        result = importArchivePage(text);
      });

      it('finds every article written down, in page order, with its headline group, 电头, byline and signature', () => {
        expect(result.articles.map((article) => article.headline || '（无标题）')).toHaveLength(page.articles.length);
        result.articles.forEach((article, index) => {
          const expected = page.articles[index];
          if (expected) checkArticle(article, expected, `${name} article ${index + 1}`);
        });
      });

      it('reports its markers', () => {
        const kinds: Record<string, number> = {};
        for (const marker of result.markers) kinds[marker.kind] = (kinds[marker.kind] ?? 0) + 1;
        expect(kinds).toEqual(page.markers);
      });

      it('rebuilds paragraphs from the lines the columns cut', () => {
        checkParagraphs(result, name);
      });

      it('loses and duplicates nothing', () => {
        expect(accountFor(text, result)).toEqual([]);
      });

      it('is recognised as a page, not a draft, and imports the same every time', () => {
        expect(importText(text)).toEqual(result);
        expect(importArchivePage(text)).toEqual(result);
      });
    });
  }
});
