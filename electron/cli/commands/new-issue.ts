// kfq new-issue DIR [--date YYYY-MM-DD] — the next issue: numbers advance, date one week on.
import path from 'node:path';
import { formatChineseDate, isIssueDate, ISSUE_DATE_RANGE_MESSAGE, isValidIsoDate } from '../../../shared/model/calendar';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';

export async function runNewIssue(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { date: { type: 'string' }, json: { type: 'boolean' } }, ['DIR']);
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`日期“${values.date}”无效，应为 YYYY-MM-DD 格式的真实日期。`);
  }
  if (values.date !== undefined && !isIssueDate(values.date))
    throw new UsageError(`日期“${values.date}”超出范围：${ISSUE_DATE_RANGE_MESSAGE}。`);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''));
  try {
    const issue = await store.createIssue(values.date === undefined ? {} : { date: values.date });
    if (values.json) {
      io.out(
        JSON.stringify({
          id: issue.id,
          number: issue.number,
          totalNumber: issue.totalNumber,
          date: issue.date,
          pageCount: issue.pages.length,
        }),
      );
    } else {
      io.out(
        `已新建：第${issue.number}期 总第${issue.totalNumber}期 ${formatChineseDate(issue.date)}，${issue.pages.length}个版面（${issue.id}）`,
      );
    }
    return 0;
  } finally {
    await store.close();
  }
}
