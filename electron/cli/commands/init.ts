// kfq init DIR — a new workspace with the built-in profile and the sample issue.
import path from 'node:path';
import { formatChineseDate } from '../../../shared/model/calendar';
import { initSampleWorkspace } from '../../services/sample-workspace';
import { parseCommandArgs, type CommandIo } from '../io';

export async function runInit(args: string[], io: CommandIo): Promise<number> {
  const { positionals } = parseCommandArgs(args, {}, ['DIR']);
  const dir = path.resolve(positionals[0] ?? '');
  const { store, content } = await initSampleWorkspace(dir);
  await store.close();
  const { issue, articles } = content;
  io.out(`已创建工作区：${dir}`);
  io.out(
    `样例期次：第${issue.number}期 总第${issue.totalNumber}期 ${formatChineseDate(issue.date)}，${issue.pages.length}个版面，${articles.length}篇稿件`,
  );
  return 0;
}
