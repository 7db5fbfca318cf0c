// kfq preflight DIR [ISSUE] [--json] — the problems that stop an issue before the plant; exit 1 on errors.
import path from 'node:path';
import { unwaivedErrors } from '../../../shared/preflight/preflight';
import { preflightStoredIssue } from '../../services/layout/issue-preflight';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

const SEVERITY_LABELS = { error: '错误', warning: '警告' } as const;

export async function runPreflight(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' } }, ['DIR'], ['ISSUE']);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), { readOnly: true });
  try {
    const { issue, problems } = await preflightStoredIssue(store, positionals[1]);
    // A waived error is listed with its waiver but no longer fails the check.
    const errors = unwaivedErrors(problems).length;
    if (values.json) {
      io.out(
        JSON.stringify(
          problems.map(({ rule, severity, page, blockId, message, waiver }) => ({
            rule,
            severity,
            page,
            blockId,
            message,
            ...(waiver ? { waiver: { reason: waiver.reason, by: waiver.by, at: waiver.at } } : {}),
          })),
        ),
      );
      return errors > 0 ? 1 : 0;
    }
    io.out(`第${issue.number}期 总第${issue.totalNumber}期（${issue.id}）`);
    for (const item of problems) {
      const waived = item.waiver ? `（已豁免：${item.waiver.reason}，${item.waiver.by || '未署名'}）` : '';
      io.out(`${item.page}  ${item.blockId ?? '—'}  [${SEVERITY_LABELS[item.severity]}] ${item.message}${waived}`);
    }
    const waivedCount = problems.filter((item) => item.waiver).length;
    const warnings = problems.filter((item) => item.severity === 'warning' && !item.waiver).length;
    io.out(`印前检查：${errors} 个错误，${warnings} 个警告${waivedCount > 0 ? `，${waivedCount} 项已豁免` : ''}`);
    return errors > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
