// kfq reporters DIR [--json] | kfq reporters DIR add FILE — the desk's registered reporters: lists
// them with their key fingerprints, or registers one from the public key file they exported (and
// takes the packages held for that key). A refused key file changes nothing.
import path from 'node:path';
import { formatFingerprint, MAX_KEY_FILE_BYTES } from '../../../shared/model/filing-keys';
import { decodeUtf8, readFileCapped } from '../../services/durable-file';
import { takeHeldFrom } from '../../services/filing/held';
import { addReporterFromKeyFile, readRegistry } from '../../services/filing/reporter-registry';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';
import { printOutcomes } from './inbox-lines';

export async function runReporters(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { json: { type: 'boolean' } }, ['DIR'], ['add', 'FILE']);
  const [dir = '', action, file] = positionals;
  if (action === undefined) return listReporters(path.resolve(dir), values.json === true, io);
  if (action !== 'add') throw new UsageError(`未知的操作“${action}”（只有 add）`);
  if (!file) throw new UsageError('缺少参数：FILE（记者导出的公钥文件 .kfqkey）');
  const text = decodeUtf8(await readFileCapped(path.resolve(file), MAX_KEY_FILE_BYTES, '记者公钥文件'), '记者公钥文件');
  const store = await openWorkspace(path.resolve(dir));
  try {
    const reporter = await addReporterFromKeyFile(store.info.path, text);
    io.out(`已登记记者：${reporter.name}（指纹 ${formatFingerprint(reporter.fingerprint)}）`);
    return printOutcomes(await takeHeldFrom(store, reporter.fingerprint), [], io);
  } finally {
    await store.close();
  }
}

async function listReporters(dir: string, json: boolean, io: CommandIo): Promise<number> {
  const store = await openWorkspace(dir, { readOnly: true });
  try {
    const { reporters } = await readRegistry(store.info.path);
    if (json) io.out(JSON.stringify(reporters, null, 2));
    else if (reporters.length === 0) io.out('还没有登记任何记者。用 kfq reporters DIR add FILE 导入记者的公钥文件。');
    else
      for (const reporter of reporters)
        io.out(`${reporter.name}  指纹 ${formatFingerprint(reporter.fingerprint)}  登记于 ${reporter.addedAt}`);
    return 0;
  } finally {
    await store.close();
  }
}
