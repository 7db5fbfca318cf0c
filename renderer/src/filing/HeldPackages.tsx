// 待确认 on the desk: packages waiting in inbox/held/ because they are unsigned, come from a key
// not yet registered, or jump far ahead in revision. Each shows the sending key's fingerprint to
// compare with the reporter's (by phone, in person) before 接受此密钥; 拒绝此稿件包 sets it aside.
import { useState } from 'react';
import type { InboxArrived } from '../../../shared/ipc/contract';
import { formatFingerprint, type HeldPackage } from '../../../shared/model/filing-keys';
import { useApi, useCall } from '../api/api-context';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';
import { useNotices } from '../app/notices';
import { useApiEvent } from '../app/use-api-event';

const readHeld = (api: RendererApi) => api.listHeldPackages();

const REASON_LABELS: Record<HeldPackage['reason'], string> = {
  unsigned: '未签名',
  'unknown-key': '密钥未登记',
  'revision-jump': '版本号超前',
};

export function HeldPackages() {
  const api = useApi();
  const call = useCall();
  const { showSuccess } = useNotices();
  const { data: held, reload } = useApiQuery('读取待确认的来稿失败', readHeld, ['filing', 'articles']);
  const [busy, setBusy] = useState(false);
  useApiEvent('inboxArrived', (arrival: InboxArrived) => {
    if (arrival.status === 'held') reload();
  });
  if (!held || held.length === 0) return null;

  async function act<T>(action: string, pending: Promise<T | undefined>, done: (value: T) => string) {
    setBusy(true);
    const value = await pending;
    setBusy(false);
    reload();
    if (value !== undefined) showSuccess(done(value));
  }

  return (
    <section className="held-packages" aria-labelledby="held-title" data-testid="held-packages">
      <h2 id="held-title">待确认的来稿（{held.length}）</h2>
      <p className="field-hint">这些稿件包尚未导入：请与记者核对密钥指纹（电话或当面），确认无误再接受；来历不明的稿件包请拒绝。</p>
      <ul>
        {held.map((entry) => (
          <li key={entry.file} className="held-package" data-testid="held-package" data-fingerprint={entry.fingerprint ?? ''}>
            <div className="held-title">
              <span className="row-mark mark-conflict">待确认</span>
              <strong>《{entry.headline || '（无标题）'}》</strong>
              <span>
                第 {entry.revision} 版 · 记者 {entry.author || '—'} · {REASON_LABELS[entry.reason]}
              </span>
            </div>
            <div className="held-key">
              密钥指纹：
              <span className="mono" data-testid="held-fingerprint">
                {entry.fingerprint ? formatFingerprint(entry.fingerprint) : '无（未签名）'}
              </span>
            </div>
            <p className="muted held-reason">{entry.message}</p>
            <div className="held-actions">
              {entry.fingerprint && entry.reason !== 'revision-jump' && (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={busy}
                  onClick={() =>
                    void act(
                      '接受密钥失败',
                      call('接受密钥失败', api.acceptHeldKey(entry.fingerprint ?? '')),
                      (value) =>
                        `已登记记者${value.reporter.name}的密钥，导入了 ${value.arrivals.filter((arrival) => arrival.articleId).length} 个稿件包`,
                    )
                  }
                >
                  接受此密钥
                </button>
              )}
              {entry.reason === 'revision-jump' && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  onClick={() => void act('接收失败', call('接收失败', api.releaseHeldPackage(entry.file)), (value) => value.message)}
                >
                  仍然接收
                </button>
              )}
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() =>
                  void act('拒绝失败', call('拒绝失败', api.rejectHeldPackage(entry.file)), () => `已拒绝稿件包 ${entry.file}`)
                }
              >
                拒绝此稿件包
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
