// Headless entry of the workstation: the same services as the app, for automation and scripts.
// Every failure prints a Chinese message (and its code) and exits non-zero.
import { toErrorInfo } from '../../shared/model/errors';
import { UsageError, type CommandIo } from './io';
import { terminalSafe } from './terminal-text';

type Command = (args: string[], io: CommandIo) => Promise<number>;

// Each command's code is loaded when it runs: a command is a short process, and initialising the
// modules of the others (the .docx reader, the inbox watcher…) would only slow it down.
const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: {
    run: async (...args) => (await import('./commands/init')).runInit(...args),
    usage: 'kfq init DIR                      新建工作区（内置报刊设置与样例期次）',
  },
  issues: {
    run: async (...args) => (await import('./commands/issues')).runIssues(...args),
    usage: 'kfq issues DIR [--json]           列出期次',
  },
  'new-issue': {
    run: async (...args) => (await import('./commands/new-issue')).runNewIssue(...args),
    usage: 'kfq new-issue DIR [--date YYYY-MM-DD] [--layout-from ISSUE | --copy-layout] [--json]  新建下一期（可沿用某一期的版式）',
  },
  import: {
    run: async (...args) => (await import('./commands/import')).runImport(...args),
    usage: 'kfq import FILE [--json] [--into DIR]  导入稿件或版面文字（.txt、.md、.docx）',
  },
  export: {
    run: async (...args) => (await import('./commands/export')).runExport(...args),
    usage:
      'kfq export DIR [ISSUE] -o FILE.pdf [--pages A1,A3-A5] [--bleed 3] [--marks] [--force]  导出印刷 PDF（印前检查有未豁免的错误时拒绝，--force 强制导出）',
  },
  layout: {
    run: async (...args) => (await import('./commands/layout')).runLayout(...args),
    usage: 'kfq layout DIR [ISSUE] [--json]   各版块的排版检查（超字、空行、缺字、转版）',
  },
  preflight: {
    run: async (...args) => (await import('./commands/preflight')).runPreflight(...args),
    usage: 'kfq preflight DIR [ISSUE] [--json]  印前检查（超字、空版块、缺图、图片分辨率、责任编辑等），有错误时退出码为 1',
  },
  fit: {
    run: async (...args) => (await import('./commands/fit')).runFit(...args),
    usage: 'kfq fit DIR [ISSUE] [--json] [--dry-run]  按排版建议调整版块深度（缩短、加深、平衡各栏），并报告无法解决的问题',
  },
  photo: {
    run: async (...args) => (await import('./commands/photo')).runPhoto(...args),
    usage: 'kfq photo add DIR FILE [--json]   把图片（JPEG、PNG、TIFF）加入工作区图片库，输出图片编号',
  },
  validate: {
    run: async (...args) => (await import('./commands/validate')).runValidate(...args),
    usage: 'kfq validate FILE                 检查稿件、期次或工作区文件',
  },
  file: {
    run: async (...args) => (await import('./commands/file')).runFile(...args),
    usage: 'kfq file ARTICLE.json --out DIR [--assets DIR] [--revision N] [--key FILE]  生成签名的稿件包（记者提交）',
  },
  inbox: {
    run: async (...args) => (await import('./commands/inbox')).runInbox(...args),
    usage:
      'kfq inbox DIR [--held | --accept FINGERPRINT | --release NAME | --reject NAME]  处理收件箱中的稿件包（编辑部收稿）；或列出、接受、放行、拒绝待确认的稿件包',
  },
  reporters: {
    run: async (...args) => (await import('./commands/reporters')).runReporters(...args),
    usage: 'kfq reporters DIR [--json] | kfq reporters DIR add FILE  列出已登记的记者，或导入记者的公钥文件（编辑部）',
  },
  'reporter-key': {
    run: async (...args) => (await import('./commands/reporter-key')).runReporterKey(...args),
    usage: 'kfq reporter-key DIR [--out FILE]  导出本机的记者公钥文件，交给编辑部登记（记者）',
  },
  audit: {
    run: async (...args) => (await import('./commands/audit')).runAudit(...args),
    usage: 'kfq audit DIR [--verify]          查看操作日志；--verify 校验摘要链',
  },
};

export function usage(): string {
  return ['用法：', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`)].join('\n');
}

export async function main(argv: string[], terminal: CommandIo = processIo()): Promise<number> {
  // Untrusted text (headlines, file names) is printed everywhere: every line goes out made safe.
  const io: CommandIo = {
    out: (text) => terminal.out(terminalSafe(text)),
    err: (text) => terminal.err(terminalSafe(text)),
    progress: (text) => terminal.progress(terminalSafe(text)),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`错误：未知命令“${name}”。\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`错误：${error.message}\n  ${command.usage}`);
      return 2;
    }
    const info = toErrorInfo(error);
    io.err(`错误：${info.message}（${info.code}）${info.code === 'INTERNAL' && info.detail ? `\n${info.detail}` : ''}`);
    return 1;
  }
}

function processIo(): CommandIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    progress: (text) => {
      if (process.stderr.isTTY) process.stderr.write(`\r${text}\x1b[K`);
    },
  };
}
