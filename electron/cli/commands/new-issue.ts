// kfq new-issue DIR [--date YYYY-MM-DD] [--layout-from ISSUE | --copy-layout] — the next issue:
// numbers advance, date one week on; optionally on the page layout of an earlier issue (empty frames).
import path from 'node:path';
import { formatChineseDate, isIssueDate, ISSUE_DATE_RANGE_MESSAGE, isValidIsoDate } from '../../../shared/model/calendar';
import { DomainError } from '../../../shared/model/errors';
import { issueIdSchema } from '../../../shared/model/issue';
import { previousIssueAmong } from '../../../shared/model/issue-factory';
import type { NewIssueOptions } from '../../services/issue-store';
import { openWorkspace, type WorkspaceStore } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';

const OPTIONS = {
  date: { type: 'string' },
  'layout-from': { type: 'string' },
  'copy-layout': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;

/** --copy-layout: the issue the new one follows, as the services number it. */
async function previousIssueId(store: WorkspaceStore, date: string | undefined): Promise<string> {
  const previous = previousIssueAmong(await store.listIssues(), date);
  if (!previous) throw new DomainError('NOT_FOUND', '没有上一期可以沿用版式，未新建。', date ?? '');
  return previous.id;
}

export async function runNewIssue(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, OPTIONS, ['DIR']);
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`日期“${values.date}”无效，应为 YYYY-MM-DD 格式的真实日期。`);
  }
  if (values.date !== undefined && !isIssueDate(values.date))
    throw new UsageError(`日期“${values.date}”超出范围：${ISSUE_DATE_RANGE_MESSAGE}。`);
  const layoutFrom = values['layout-from'];
  if (layoutFrom !== undefined && values['copy-layout']) throw new UsageError('--layout-from 与 --copy-layout 只能选一个。');
  if (layoutFrom !== undefined && !issueIdSchema.safeParse(layoutFrom).success) {
    throw new UsageError(`期次编号“${layoutFrom}”格式不正确，应为 YYYY-MM-DD-期号，例如 2025-05-09-14。`);
  }
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''));
  try {
    const options: NewIssueOptions = values.date === undefined ? {} : { date: values.date };
    if (layoutFrom !== undefined) options.layoutFrom = layoutFrom;
    else if (values['copy-layout']) options.layoutFrom = await previousIssueId(store, values.date);
    const issue = await store.createIssue(options);
    if (values.json) {
      io.out(
        JSON.stringify({
          id: issue.id,
          number: issue.number,
          totalNumber: issue.totalNumber,
          date: issue.date,
          pageCount: issue.pages.length,
          layoutFrom: options.layoutFrom ?? null,
        }),
      );
    } else {
      const copied = options.layoutFrom === undefined ? '' : `，沿用 ${options.layoutFrom} 的版式`;
      io.out(
        `已新建：第${issue.number}期 总第${issue.totalNumber}期 ${formatChineseDate(issue.date)}，${issue.pages.length}个版面（${issue.id}）${copied}`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
