// The manuscript index, reloaded whenever the services report that articles changed, or issues:
// saving an issue changes the status of the articles it places or takes off (已上版 and back).
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';

const readArticles = (api: RendererApi) => api.listArticles();

export function useArticles(): ArticleIndexEntry[] | undefined {
  return useApiQuery('读取稿件库失败', readArticles, ['articles', 'issues']).data;
}
