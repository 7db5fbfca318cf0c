// kfq photo add DIR FILE [--json] — adds a photo to the workspace's asset store and prints its id
// (the name photo blocks and articles refer to). A file over 50 MB or 40 megapixels, or one that
// does not decode as the picture it claims to be, is refused before anything is written.
import path from 'node:path';
import { readFileCapped } from '../../services/durable-file';
import { MAX_PHOTO_BYTES } from '../../services/photos/photo-check';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, UsageError, type CommandIo } from '../io';

export async function runPhoto(args: string[], io: CommandIo): Promise<number> {
  const [action, ...rest] = args;
  if (action !== 'add') throw new UsageError(`未知的图片操作：${action ?? '（缺少）'}，可用：add`);
  const { positionals, values } = parseCommandArgs(rest, { json: { type: 'boolean' } }, ['DIR', 'FILE'], []);
  const file = path.resolve(positionals[1] ?? '');
  // Read capped: an oversized file is refused from its size, never read whole.
  const bytes = await readFileCapped(file, MAX_PHOTO_BYTES, `图片「${path.basename(file)}」`);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''));
  try {
    const stored = await store.putAsset(bytes);
    const { info } = stored;
    if (values.json) {
      io.out(JSON.stringify({ assetId: stored.assetId, existed: stored.existed, ...info }));
      return 0;
    }
    io.out(stored.assetId);
    const profile = info.iccProfile ?? (info.hasIccProfile ? '嵌入' : '无');
    io.err(
      `${stored.existed ? '工作区中已有此图片' : '已添加图片'}：${info.width}×${info.height} 像素，${info.colourSpace}，色彩配置 ${profile}`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
