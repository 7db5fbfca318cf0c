// The clean-up rules, one by one, on inputs written for them.
import { describe, expect, it } from 'vitest';
import {
  cleanBodyText,
  cleanTitleText,
  collapseSpaces,
  fullWidthPunctuation,
  normaliseDashRuns,
} from '../../../shared/import/text-cleanup';

describe('spaces', () => {
  it('removes letter spacing inside Chinese runs', () => {
    expect(cleanBodyText('建 成 智 能 仓 储 中 心')).toBe('建成智能仓储中心');
    expect(cleanBodyText('园区\u3000内的\u00a0道路')).toBe('园区内的道路');
  });

  it('removes the spaces an extraction sets around numbers and Latin words in Chinese text', () => {
    expect(cleanBodyText('新建厂房 12 栋，投资 3.5 亿元')).toBe('新建厂房12栋，投资3.5亿元');
    expect(cleanBodyText('配备 5G 基站和 AI 质检')).toBe('配备5G基站和AI质检');
    expect(cleanBodyText('完成 100% 的目标')).toBe('完成100%的目标');
  });

  it('keeps one space between Latin words and between numbers', () => {
    expect(cleanBodyText('采用 Open   Source 方案')).toBe('采用Open Source方案');
    expect(cleanBodyText('编号 CN 21 - 7788')).toBe('编号CN 21 - 7788');
  });

  it('keeps the space between two words of a title, not between single letters-spaced characters', () => {
    expect(cleanTitleText('抢抓机遇 再上台阶')).toBe('抢抓机遇 再上台阶');
    expect(cleanTitleText('抢 抓 机 遇')).toBe('抢抓机遇');
    expect(cleanTitleText('前 3 季度产值增长')).toBe('前3季度产值增长');
    expect(cleanTitleText('周文远 韩一鸣')).toBe('周文远 韩一鸣');
  });

  it('collapses without touching anything but whitespace', () => {
    expect(collapseSpaces('  甲  乙 ', false)).toBe('甲乙');
    expect(collapseSpaces('a  b', false)).toBe('a b');
  });
});

describe('half-width punctuation in Chinese text', () => {
  it('turns , : ; ! ? full-width next to Chinese', () => {
    expect(fullWidthPunctuation('园区扩容,企业入驻;效益提升!')).toBe('园区扩容，企业入驻；效益提升！');
    expect(fullWidthPunctuation('原因何在?')).toBe('原因何在？');
    expect(fullWidthPunctuation('太原:新区揭牌')).toBe('太原：新区揭牌');
    expect(cleanBodyText('热线: 12345')).toBe('热线：12345');
  });

  it('turns a full stop full-width only between Chinese characters', () => {
    expect(fullWidthPunctuation('正式投产.园区随后扩建')).toBe('正式投产。园区随后扩建');
    expect(fullWidthPunctuation('增长3.5个百分点')).toBe('增长3.5个百分点');
    expect(fullWidthPunctuation('网址www.example.org')).toBe('网址www.example.org');
  });

  it('turns a pair of parentheses full-width when it encloses Chinese, not when it encloses Latin only', () => {
    expect(fullWidthPunctuation('某某科技(太原)有限公司')).toBe('某某科技（太原）有限公司');
    expect(fullWidthPunctuation('(下转A3版)')).toBe('（下转A3版）');
    expect(fullWidthPunctuation('装机容量(MW)达到')).toBe('装机容量(MW)达到');
  });

  it('leaves numbers, times and addresses alone', () => {
    expect(fullWidthPunctuation('投资1,200万元')).toBe('投资1,200万元');
    expect(fullWidthPunctuation('上午9:30开幕')).toBe('上午9:30开幕');
    expect(fullWidthPunctuation('see http://example.org/a?b=c')).toBe('see http://example.org/a?b=c');
    expect(fullWidthPunctuation('Hello, world!')).toBe('Hello, world!');
  });

  it('looks past spaces for the Chinese beside the punctuation', () => {
    expect(cleanBodyText('协同推进 , 持续发力')).toBe('协同推进，持续发力');
  });
});

describe('dashes', () => {
  it('shortens runs of three or more dashes (and mixed dash characters) to ——', () => {
    expect(normaliseDashRuns('———某区见闻')).toBe('——某区见闻');
    expect(normaliseDashRuns('——————')).toBe('——');
    expect(normaliseDashRuns('―─某地')).toBe('——某地');
  });

  it('keeps a single dash and hyphens as they are', () => {
    expect(normaliseDashRuns('A—B 1-2 a--b')).toBe('A—B 1-2 a--b');
  });
});

describe('never rewrites words', () => {
  it('keeps every character that is not whitespace, in order, apart from the punctuation mapping', () => {
    const input = '园 区 ,  A B  (测试)  ——— 结束 . 3.14';
    const strip = (text: string): string =>
      text.replace(/\s/gu, '').replace(/[,，]/gu, ',').replace(/[(（]/gu, '(').replace(/[)）]/gu, ')').replace(/[.。]/gu, '.');
    expect(strip(cleanBodyText(normaliseDashRuns(input)))).toBe(strip(normaliseDashRuns(input)));
  });
});
