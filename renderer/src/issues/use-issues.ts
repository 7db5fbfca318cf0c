// The issue index, newest first, reloaded whenever the services report that issues changed.
import { useMemo } from 'react';
import type { IssueIndexEntry } from '../../../shared/model/workspace';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';

export function newestFirst(entries: readonly IssueIndexEntry[]): IssueIndexEntry[] {
  return [...entries].sort((a, b) => b.date.localeCompare(a.date) || b.totalNumber - a.totalNumber);
}

const readIssues = (api: RendererApi) => api.listIssues();

export function useIssues(): { issues: IssueIndexEntry[] | undefined; reload: () => void } {
  const { data, reload } = useApiQuery('读取期次失败', readIssues, ['issues']);
  const issues = useMemo(() => (data ? newestFirst(data) : undefined), [data]);
  return { issues, reload };
}
