// kfq export DIR [ISSUE] -o FILE.pdf [--pages A1,A3-A5] [--bleed 3] [--marks] [--force] — print-ready
// PDF; refused while the preflight has errors nobody waived, unless --force.
import path from 'node:path';
import { exportIssuePdf } from '../../services/export/export-issue';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';

export async function runExport(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      pages: { type: 'string' },
      bleed: { type: 'string' },
      marks: { type: 'boolean' },
      force: { type: 'boolean' },
    },
    ['DIR'],
    ['ISSUE'],
  );
  if (!values.output) throw new UsageError('请用 -o FILE.pdf 指定输出文件。');
  const bleedMm = values.bleed === undefined ? 0 : Number(values.bleed);
  if (!Number.isFinite(bleedMm)) throw new UsageError(`出血“${values.bleed}”不是数字（毫米）。`);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), { readOnly: true });
  try {
    const result = await exportIssuePdf(store, {
      issue: positionals[1],
      pages: values.pages,
      bleedMm,
      cropMarks: values.marks ?? false,
      output: values.output,
      force: values.force ?? false,
      onProgress: (stage, fraction) =>
        io.progress(`[${'#'.repeat(Math.round(fraction * 20)).padEnd(20, '.')}] ${Math.round(fraction * 100)}% ${stage}`),
    });
    io.progress('');
    io.out(`已导出 ${result.pages.join('、')}（${result.pages.length} 个版面，${(result.bytes / 1048576).toFixed(2)} MB）：${result.file}`);
    return 0;
  } finally {
    await store.close();
  }
}
