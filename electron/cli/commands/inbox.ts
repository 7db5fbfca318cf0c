// kfq inbox DIR [--held | --accept FINGERPRINT | --release NAME | --reject NAME] — processes the
// workspace's inbox once, as the desk's workstation does on arrival: one Chinese line per package.
// Refused and held packages are reported, not failures: the exit code is 0 unless the workstation
// itself fails on a package, which is reported too (after the others, which are all handled) and
// stays in the inbox. The options answer the packages waiting in inbox/held/ instead.
import path from 'node:path';
import { formatFingerprint, normalizeFingerprint, type HeldPackage } from '../../../shared/model/filing-keys';
import { acceptHeldKey, listHeldPackages, rejectHeldPackage, releaseHeldPackage } from '../../services/filing/held';
import { runInboxPass } from '../../services/filing/inbox';
import { openWorkspace, type WorkspaceStore } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';
import { printOutcomes } from './inbox-lines';

const REASONS: Record<HeldPackage['reason'], string> = {
  unsigned: '未签名',
  'unknown-key': '密钥未登记',
  'revision-jump': '版本号超前',
};

function printHeld(held: readonly HeldPackage[], io: CommandIo): number {
  if (held.length === 0) io.out('没有待确认的稿件包。');
  for (const entry of held) {
    const key = entry.fingerprint ? `密钥指纹 ${formatFingerprint(entry.fingerprint)}` : '未签名';
    io.out(
      `[待确认] ${entry.file}：《${entry.headline}》（第${entry.revision}版），记者 ${entry.author}，${REASONS[entry.reason]}，${key}`,
    );
  }
  return 0;
}

async function answerHeld(store: WorkspaceStore, values: Record<string, string | boolean | undefined>, io: CommandIo): Promise<number> {
  if (values.held) return printHeld(await listHeldPackages(store), io);
  if (typeof values.accept === 'string') {
    const fingerprint = normalizeFingerprint(values.accept);
    if (!fingerprint) throw new UsageError(`--accept 应为 32 位十六进制的密钥指纹（可带空格），而不是“${values.accept.slice(0, 80)}”`);
    const { reporter, outcomes } = await acceptHeldKey(store, fingerprint);
    io.out(`已接受密钥并登记记者：${reporter.name}（指纹 ${formatFingerprint(reporter.fingerprint)}）`);
    return printOutcomes(outcomes, [], io);
  }
  if (typeof values.release === 'string') return printOutcomes([await releaseHeldPackage(store, values.release)], [], io);
  if (typeof values.reject === 'string') return printOutcomes([await rejectHeldPackage(store, values.reject)], [], io);
  const { outcomes, failures } = await runInboxPass(store);
  if (outcomes.length === 0 && failures.length === 0) io.out('收件箱中没有待处理的稿件包。');
  return printOutcomes(outcomes, failures, io);
}

export async function runInbox(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(
    args,
    { held: { type: 'boolean' }, accept: { type: 'string' }, release: { type: 'string' }, reject: { type: 'string' } },
    ['DIR'],
  );
  const chosen = [values.held, values.accept, values.release, values.reject].filter((value) => value !== undefined);
  if (chosen.length > 1) throw new UsageError('--held、--accept、--release、--reject 一次只能用一个');
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), values.held ? { readOnly: true } : {});
  try {
    return await answerHeld(store, values, io);
  } finally {
    await store.close();
  }
}
