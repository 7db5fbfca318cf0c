// kfq issues DIR [--json] — the workspace's issues, oldest first.
import path from 'node:path';
import { formatChineseDate, weekdayIndex, weekdayName } from '../../../shared/model/calendar';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

export interface IssueSummary {
  id: string;
  number: number;
  totalNumber: number;
  date: string;
  weekday: string;
  weekdayIndex: number;
  pageCount: number;
}

export async function runIssues(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' } }, ['DIR']);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), { readOnly: true });
  try {
    const summaries: IssueSummary[] = [];
    for (const entry of await store.listIssues()) {
      const issue = await store.getIssue(entry.id);
      summaries.push({
        id: issue.id,
        number: issue.number,
        totalNumber: issue.totalNumber,
        date: issue.date,
        weekday: weekdayName(issue.date),
        weekdayIndex: weekdayIndex(issue.date),
        pageCount: issue.pages.length,
      });
    }
    summaries.sort((a, b) => a.date.localeCompare(b.date) || a.totalNumber - b.totalNumber);
    if (values.json) {
      io.out(JSON.stringify(summaries, null, 2));
    } else if (summaries.length === 0) {
      io.out('工作区里还没有期次。用 kfq new-issue DIR 新建一期。');
    } else {
      for (const issue of summaries) {
        io.out(`第${issue.number}期  总第${issue.totalNumber}期  ${formatChineseDate(issue.date)}  ${issue.pageCount}版  ${issue.id}`);
      }
    }
    return 0;
  } finally {
    await store.close();
  }
}
