// The API methods of authenticated filing: the reporter's key, the desk's registered reporters and
// the packages held for the desk. Each change tells the windows what changed, and every package a
// decision takes is announced like an arrival.
import path from 'node:path';
import type { ApiHandlers, InboxArrived } from '../../../shared/ipc/contract';
import type { ApiNotify } from '../api-handlers';
import { OUTBOX_DIR } from '../workspace-layout';
import type { WorkspaceStore } from '../workspace-store';
import { arrivalOf } from './desk-inbox';
import { acceptHeldKey, listHeldPackages, rejectHeldPackage, releaseHeldPackage, takeHeldFrom } from './held';
import type { InboxOutcome } from './inbox';
import { fingerprintOf } from './package-signature';
import { addReporterFromKeyFile, readRegistry } from './reporter-registry';
import { loadOrCreateSigningKey, readSigningKey, signingKeyPath, writePublicKeyFile } from './signing-key';

type FilingHandlers = Pick<
  ApiHandlers,
  | 'getSigningKey'
  | 'exportSigningKey'
  | 'listReporters'
  | 'addReporter'
  | 'listHeldPackages'
  | 'acceptHeldKey'
  | 'releaseHeldPackage'
  | 'rejectHeldPackage'
>;

export function createFilingHandlers(store: WorkspaceStore, notify?: ApiNotify): FilingHandlers {
  function send(event: Parameters<ApiNotify>[0]): void {
    try {
      notify?.(event);
    } catch {
      // The decision has landed; a broken window must not turn it into an error.
    }
  }

  function announce(outcomes: readonly InboxOutcome[]): InboxArrived[] {
    const arrivals = outcomes.map(arrivalOf);
    for (const payload of arrivals) send({ name: 'inboxArrived', payload });
    if (outcomes.some((outcome) => outcome.articleId !== null && outcome.status !== 'duplicate')) {
      send({ name: 'workspaceChanged', payload: { what: 'articles' } });
    }
    send({ name: 'workspaceChanged', payload: { what: 'filing' } });
    return arrivals;
  }

  return {
    getSigningKey: async () => {
      const signer = await readSigningKey(signingKeyPath(store.info.path));
      return signer && { publicKey: signer.publicKey, fingerprint: fingerprintOf(signer.publicKey) };
    },
    exportSigningKey: async () => {
      const signer = await loadOrCreateSigningKey(signingKeyPath(store.info.path));
      const { userName } = await store.getSettings();
      const file = await writePublicKeyFile(path.join(store.info.path, OUTBOX_DIR), signer, userName);
      return { file, publicKey: signer.publicKey, fingerprint: fingerprintOf(signer.publicKey) };
    },
    listReporters: async () => (await readRegistry(store.info.path)).reporters,
    addReporter: async (text) => {
      const reporter = await addReporterFromKeyFile(store.info.path, text);
      return { reporter, arrivals: announce(await takeHeldFrom(store, reporter.fingerprint)) };
    },
    listHeldPackages: () => listHeldPackages(store),
    acceptHeldKey: async (fingerprint) => {
      const { reporter, outcomes } = await acceptHeldKey(store, fingerprint);
      return { reporter, arrivals: announce(outcomes) };
    },
    releaseHeldPackage: async (name) => announce([await releaseHeldPackage(store, name)])[0]!,
    rejectHeldPackage: async (name) => announce([await rejectHeldPackage(store, name)])[0]!,
  };
}
