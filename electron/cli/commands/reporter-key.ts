// kfq reporter-key DIR [--out FILE] — on a reporter's workstation: the public key file the desk
// registers (name, key, fingerprint), written into the outbox or to --out; the key pair is made
// first if this workspace has none. Prints the file and the fingerprint to read out to the desk.
import path from 'node:path';
import { formatFingerprint } from '../../../shared/model/filing-keys';
import { writeFileDurable } from '../../services/durable-file';
import { fingerprintOf } from '../../services/filing/package-signature';
import { loadOrCreateSigningKey, publicKeyFileOf, signingKeyPath, writePublicKeyFile } from '../../services/filing/signing-key';
import { OUTBOX_DIR } from '../../services/workspace-layout';
import { openWorkspace } from '../../services/workspace-store';
import { parseCommandArgs, type CommandIo } from '../io';

export async function runReporterKey(args: string[], io: CommandIo): Promise<number> {
  const { positionals, values } = parseCommandArgs(args, { out: { type: 'string', short: 'o' } }, ['DIR']);
  const store = await openWorkspace(path.resolve(positionals[0] ?? ''), { readOnly: true });
  try {
    const { userName } = await store.getSettings();
    const signer = await loadOrCreateSigningKey(signingKeyPath(store.info.path));
    let file: string;
    if (values.out) {
      file = path.resolve(values.out);
      await writeFileDurable(file, `${JSON.stringify(publicKeyFileOf(signer, userName), null, 2)}\n`);
    } else {
      file = await writePublicKeyFile(path.join(store.info.path, OUTBOX_DIR), signer, userName);
    }
    io.out(file);
    io.out(`密钥指纹：${formatFingerprint(fingerprintOf(signer.publicKey))}`);
    return 0;
  } finally {
    await store.close();
  }
}
