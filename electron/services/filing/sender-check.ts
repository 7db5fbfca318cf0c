// Who may change a manuscript: the decision taken on a valid package before intake. A package is
// taken only when its signature verified, its key is registered and its package id is bound to
// that key (or to none yet); an unsigned one, an unregistered key and a revision far ahead wait
// for the desk; a package signed by another key than its id's is refused outright.
import { DomainError } from '../../../shared/model/errors';
import { formatFingerprint, MAX_REVISION_JUMP, type HoldReason } from '../../../shared/model/filing-keys';
import type { WorkspaceStore } from '../workspace-store';
import type { DraftPackage } from './package-reader';
import type { PackageSigner } from './package-signature';
import { boundKey, keyMismatch, readRegistry, reporterByKey } from './reporter-registry';

export type SenderVerdict =
  | { kind: 'take'; signer: PackageSigner }
  | { kind: 'hold'; reason: HoldReason; error: DomainError }
  | { kind: 'reject'; error: DomainError };

export interface SenderCheckOptions {
  /** The desk released this package from a hold for its revision jump. */
  allowJump?: boolean;
}

/** The newest revision the desk received of a package id, 0 when none. */
async function newestRevision(store: WorkspaceStore, packageId: string): Promise<number> {
  let newest = 0;
  for (const entry of await store.listArticles()) {
    if (entry.source?.packageId === packageId) newest = Math.max(newest, entry.source.revision);
  }
  return newest;
}

export async function checkSender(store: WorkspaceStore, pkg: DraftPackage, options: SenderCheckOptions = {}): Promise<SenderVerdict> {
  const { manifest, signer } = pkg;
  const title = `《${pkg.headline}》（第${manifest.revision}版）`;
  if (!signer) {
    return {
      kind: 'hold',
      reason: 'unsigned',
      error: new DomainError(
        'PACKAGE_UNSIGNED',
        `来稿${title}没有签名，无法确认是哪位记者提交的，暂存待确认。请记者用新版软件重新提交，或拒绝这个稿件包。`,
      ),
    };
  }
  const registry = await readRegistry(store.info.path);
  const bound = boundKey(registry, manifest.packageId);
  if (bound !== undefined && bound !== signer.publicKey) return { kind: 'reject', error: keyMismatch(manifest.packageId, bound) };
  const shown = formatFingerprint(signer.fingerprint);
  if (!reporterByKey(registry, signer.publicKey)) {
    return {
      kind: 'hold',
      reason: 'unknown-key',
      error: new DomainError(
        'REPORTER_UNKNOWN',
        `来稿${title}的签名密钥尚未登记（指纹 ${shown}），暂存待确认。核对指纹确是记者${manifest.author || ''}的密钥后接受它，否则拒绝这个稿件包。`,
        signer.fingerprint,
      ),
    };
  }
  const newest = await newestRevision(store, manifest.packageId);
  if (!options.allowJump && manifest.revision > newest + MAX_REVISION_JUMP) {
    return {
      kind: 'hold',
      reason: 'revision-jump',
      error: new DomainError(
        'REVISION_JUMP',
        `来稿${title}${newest === 0 ? '是这篇稿件的第一个稿件包，版本号却' : `比已收到的第${newest}版`}超前 ${manifest.revision - newest} 版（超过 ${MAX_REVISION_JUMP}），暂存待确认，以免误收或冒充的版本挡住后续来稿。`,
        signer.fingerprint,
      ),
    };
  }
  return { kind: 'take', signer };
}
