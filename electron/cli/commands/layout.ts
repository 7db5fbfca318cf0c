// kfq layout DIR [ISSUE] [--json] — copy-fit and integrity findings for every block of an issue.
import path from 'node:path';
import { articleHeadline } from '../../../shared/model/article';
import { describeDiagnostics } from '../../../shared/layout/diagnostics';
import { fitAdvice } from '../../../shared/layout/fit';
import { loadBundledFonts } from '../../services/fonts/bundled-fonts';
import { layoutStoredIssue } from '../../services/layout/issue-layout';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

export async function runLayout(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' } }, ['DIR'], ['ISSUE']);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), { readOnly: true });
  try {
    const fonts = await loadBundledFonts();
    const { profile, issue, articles, layout } = await layoutStoredIssue(store, positionals[1], { fonts });
    // Copy-fit advice for each block that ends its article: the depth that holds it, what to cut or add.
    const advice = new Map(
      fitAdvice({ profile, fonts, hasAsset: () => false }, issue, articles).map((entry) => [
        entry.blockId,
        { lines: entry.lines, linesNeeded: entry.linesNeeded, charsToCut: entry.charsToCut, charsToAdd: entry.charsToAdd },
      ]),
    );
    const blocks = layout.diagnostics.map((entry) => {
      const article = entry.articleId ? articles.get(entry.articleId) : undefined;
      const fit = advice.get(entry.blockId) ?? null;
      const notes = describeDiagnostics(entry);
      if (fit && fit.linesNeeded !== fit.lines) notes.push(`宜改为 ${fit.linesNeeded} 行`);
      return { ...entry, headline: article ? articleHeadline(article) : '', notes, fit };
    });
    if (values.json) {
      io.out(
        JSON.stringify(
          { issue: { id: issue.id, number: issue.number, totalNumber: issue.totalNumber, date: issue.date }, blocks },
          null,
          2,
        ),
      );
      return 0;
    }
    io.out(`第${issue.number}期 总第${issue.totalNumber}期（${issue.id}）`);
    for (const block of blocks) {
      const title = block.headline ? `《${block.headline}》` : block.kind;
      io.out(`${block.pageLabel}  ${block.blockId}  ${title}  ${block.notes.length > 0 ? block.notes.join('；') : '合适'}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}
