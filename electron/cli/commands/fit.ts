// kfq fit DIR [ISSUE] [--json] [--dry-run] — applies the copy-fit advice to an issue: blocks take
// the depth their text needs, stories close up, pictures take the room left; saves the issue
// (one new revision) and reports what changed and what it could not fix.
import path from 'node:path';
import { articleHeadline } from '../../../shared/model/article';
import { fitIssue } from '../../../shared/layout/fit';
import { loadBundledFonts } from '../../services/fonts/bundled-fonts';
import { readStoredIssueSources } from '../../services/layout/issue-layout';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

export async function runFit(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } }, ['DIR'], ['ISSUE']);
  const dryRun = values['dry-run'] === true;
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), dryRun ? { readOnly: true } : {});
  try {
    const [sources, fonts] = await Promise.all([readStoredIssueSources(store, positionals[1]), loadBundledFonts()]);
    const { profile, issue, articles, presentAssets } = sources;
    const result = fitIssue({ profile, fonts, hasAsset: (assetId) => presentAssets.has(assetId) }, issue, articles);
    const saved = !dryRun && result.changes.length > 0 ? await store.saveIssue(result.issue, issue.rev) : undefined;
    const headlineOf = (blockId: string) => {
      for (const page of result.issue.pages) {
        const block = page.blocks.find((candidate) => candidate.id === blockId);
        if (block?.kind === 'article' && block.articleId !== null) {
          const article = articles.get(block.articleId);
          return article ? articleHeadline(article) : '';
        }
      }
      return '';
    };
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            issue: { id: issue.id, rev: saved?.rev ?? issue.rev, saved: saved !== undefined },
            changes: result.changes,
            problems: result.problems.map((problem) => ({ ...problem, headline: headlineOf(problem.blockId) })),
          },
          null,
          2,
        ),
      );
    } else {
      io.out(
        `第${issue.number}期 总第${issue.totalNumber}期（${issue.id}）：调整 ${result.changes.length} 个版块${saved ? '，已保存' : dryRun ? '（试算，未保存）' : ''}`,
      );
      for (const change of result.changes) {
        const title = headlineOf(change.blockId);
        io.out(
          `${change.pageLabel}  ${change.blockId}${title ? `  《${title}》` : ''}  第${change.from.line}行起 ${change.from.lines} 行 → 第${change.to.line}行起 ${change.to.lines} 行${change.to.textColumns === undefined ? '' : `，分 ${change.to.textColumns} 栏排`}`,
        );
      }
      for (const problem of result.problems) {
        const title = headlineOf(problem.blockId);
        io.out(`未能解决  ${problem.pageLabel}  ${problem.blockId}${title ? `  《${title}》` : ''}  ${problem.message}`);
      }
    }
    return result.problems.some((problem) => problem.message.startsWith('超出')) ? 1 : 0;
  } finally {
    await store.close();
  }
}
