// The manuscript index, reloaded whenever the services report that articles changed.
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';

const readArticles = (api: RendererApi) => api.listArticles();

export function useArticles(): ArticleIndexEntry[] | undefined {
  return useApiQuery('读取稿件库失败', readArticles, ['articles']).data;
}
