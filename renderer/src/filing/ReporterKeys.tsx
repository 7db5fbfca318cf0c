// The keys part of 工作站设置. A 记者 sees the fingerprint of the key their packages are signed with
// and exports the public key file for the desk; the 编辑 sees the registered reporters with their
// fingerprints and imports a reporter's key file (read here, checked by the services).
import { useState, type ChangeEvent } from 'react';
import { formatFingerprint } from '../../../shared/model/filing-keys';
import type { Role } from '../../../shared/model/workspace';
import { useApi, useCall } from '../api/api-context';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';
import { useNotices } from '../app/notices';

const readSigningKey = (api: RendererApi) => api.getSigningKey();
const readReporters = (api: RendererApi) => api.listReporters();

export function ReporterKeys(props: { role: Role }) {
  return props.role === 'reporter' ? <OwnKey /> : <RegisteredReporters />;
}

function OwnKey() {
  const api = useApi();
  const call = useCall();
  const { data: key, reload } = useApiQuery('读取本机密钥失败', readSigningKey, ['filing']);
  const [exported, setExported] = useState<string>();

  async function exportKey() {
    const result = await call('导出公钥文件失败', api.exportSigningKey());
    if (!result) return;
    setExported(result.file);
    reload();
  }

  return (
    <section className="field key-section" data-testid="own-key">
      <span className="field-label">签名密钥</span>
      <span className="field-hint">
        {key
          ? '提交的稿件包都用本机密钥签名。把公钥文件交给编辑部登记，并当面或电话核对指纹。'
          : '首次提交时生成本机密钥；也可现在导出公钥文件交给编辑部。'}
      </span>
      {key && (
        <span className="mono" data-testid="own-fingerprint">
          指纹：{formatFingerprint(key.fingerprint)}
        </span>
      )}
      <button type="button" className="button" onClick={() => void exportKey()}>
        导出公钥文件
      </button>
      {exported && (
        <span className="field-hint filing-path" data-testid="exported-key">
          已写入：<span className="mono">{exported}</span>
        </span>
      )}
    </section>
  );
}

function RegisteredReporters() {
  const api = useApi();
  const call = useCall();
  const { showSuccess } = useNotices();
  const { data: reporters, reload } = useApiQuery('读取记者名单失败', readReporters, ['filing']);

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // The services refuse anything over 64 kB too; this only spares reading a large file here.
    const text = file.size > 64 * 1024 ? 'x'.repeat(64 * 1024 + 1) : await file.text();
    const added = await call('导入记者密钥失败', api.addReporter(text));
    reload();
    if (added) showSuccess(`已登记记者${added.reporter.name}（指纹 ${formatFingerprint(added.reporter.fingerprint)}）`);
  }

  return (
    <section className="field key-section" data-testid="registered-reporters">
      <span className="field-label">已登记的记者</span>
      <span className="field-hint">只接收这些密钥签名的稿件包；其他来稿暂存为“待确认”。</span>
      {reporters && reporters.length > 0 ? (
        <ul className="reporter-list">
          {reporters.map((reporter) => (
            <li key={reporter.fingerprint} data-testid="registered-reporter">
              <strong>{reporter.name}</strong> <span className="mono">{formatFingerprint(reporter.fingerprint)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <span className="muted">尚未登记任何记者。</span>
      )}
      <label className="button key-import">
        导入记者密钥文件…
        <input type="file" accept=".kfqkey,.json" hidden onChange={(event) => void importFile(event)} />
      </label>
    </section>
  );
}
