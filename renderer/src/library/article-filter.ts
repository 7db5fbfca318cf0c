// Search, status filter and sort of the manuscript list: a pure function of the index entries.
import type { ArticleStatus } from '../../../shared/model/status';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';

export type SortKey = 'headline' | 'status' | 'author' | 'charCount' | 'updatedAt';

export interface ArticleQuery {
  text: string;
  status: ArticleStatus | 'all';
  sort: SortKey;
  descending: boolean;
}

export const DEFAULT_QUERY: ArticleQuery = { text: '', status: 'all', sort: 'updatedAt', descending: true };

const collator = new Intl.Collator('zh-CN');

function compare(a: ArticleIndexEntry, b: ArticleIndexEntry, key: SortKey): number {
  if (key === 'charCount') return a.charCount - b.charCount;
  return collator.compare(a[key], b[key]);
}

export function filterArticles(entries: readonly ArticleIndexEntry[], query: ArticleQuery): ArticleIndexEntry[] {
  // Spaces separate terms; every term must occur in the headline, the author or the id.
  const terms = query.text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matching = entries.filter((entry) => {
    if (query.status !== 'all' && entry.status !== query.status) return false;
    const haystack = `${entry.headline} ${entry.author} ${entry.id}`.toLowerCase();
    return terms.every((term) => haystack.includes(term));
  });
  const sign = query.descending ? -1 : 1;
  return matching.sort((a, b) => sign * compare(a, b, query.sort) || collator.compare(a.headline, b.headline));
}
