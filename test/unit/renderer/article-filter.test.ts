// The manuscript list's search, status filter and sort (renderer/src/library/article-filter.ts).
import { describe, expect, it } from 'vitest';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import { DEFAULT_QUERY, filterArticles, type ArticleQuery } from '../../../renderer/src/library/article-filter';

function entry(
  id: string,
  headline: string,
  author: string,
  status: ArticleIndexEntry['status'],
  charCount: number,
  updatedAt: string,
): ArticleIndexEntry {
  return { id, headline, author, status, charCount, updatedAt };
}

const ENTRIES: ArticleIndexEntry[] = [
  entry('a-20250501-zhaoshang', '园区招商引资成效显著', '李文华', 'filed', 1200, '2025-05-03T08:00:00.000Z'),
  entry('a-20250502-yingshang', '营商环境再优化', '王芳', 'editing', 800, '2025-05-05T08:00:00.000Z'),
  entry('a-20250503-keji', '科技园区新增企业三十家', '李明', 'approved', 2400, '2025-05-04T08:00:00.000Z'),
  entry('a-20250504-ai', 'AI 赋能制造业', '张伟', 'draft', 500, '2025-05-01T08:00:00.000Z'),
];

function ids(query: Partial<ArticleQuery>): string[] {
  return filterArticles(ENTRIES, { ...DEFAULT_QUERY, ...query }).map((found) => found.id);
}

describe('filterArticles', () => {
  it('lists everything, newest change first, by default', () => {
    expect(ids({})).toEqual(['a-20250502-yingshang', 'a-20250503-keji', 'a-20250501-zhaoshang', 'a-20250504-ai']);
  });

  it('finds a term in the headline, the author or the id, ignoring case and surrounding spaces', () => {
    expect(ids({ text: '园区' })).toEqual(['a-20250503-keji', 'a-20250501-zhaoshang']);
    expect(ids({ text: '王芳' })).toEqual(['a-20250502-yingshang']);
    expect(ids({ text: 'ZHAOSHANG' })).toEqual(['a-20250501-zhaoshang']);
    expect(ids({ text: '  ai  ' })).toEqual(['a-20250504-ai']);
    expect(ids({ text: '没有这篇' })).toEqual([]);
  });

  it('requires every term separated by spaces to occur', () => {
    expect(ids({ text: '园区 李明' })).toEqual(['a-20250503-keji']);
    expect(ids({ text: '园区 王芳' })).toEqual([]);
  });

  it('keeps only the chosen status, together with the search', () => {
    expect(ids({ status: 'editing' })).toEqual(['a-20250502-yingshang']);
    expect(ids({ status: 'placed' })).toEqual([]);
    expect(ids({ status: 'filed', text: '园区' })).toEqual(['a-20250501-zhaoshang']);
  });

  it('sorts by character count as numbers, both ways', () => {
    expect(ids({ sort: 'charCount', descending: false })).toEqual([
      'a-20250504-ai',
      'a-20250502-yingshang',
      'a-20250501-zhaoshang',
      'a-20250503-keji',
    ]);
    expect(ids({ sort: 'charCount', descending: true })[0]).toBe('a-20250503-keji');
  });

  it('sorts Chinese text in pinyin order', () => {
    // 李 (lǐ) < 王 (wáng) < 张 (zhāng), and 李明 (míng) < 李文华 (wén).
    expect(ids({ sort: 'author', descending: false })).toEqual([
      'a-20250503-keji',
      'a-20250501-zhaoshang',
      'a-20250502-yingshang',
      'a-20250504-ai',
    ]);
    expect(ids({ sort: 'updatedAt', descending: false })[0]).toBe('a-20250504-ai');
  });

  it('does not reorder the list it is given', () => {
    const copy = [...ENTRIES];
    filterArticles(ENTRIES, { ...DEFAULT_QUERY, sort: 'charCount' });
    expect(ENTRIES).toEqual(copy);
  });
});
