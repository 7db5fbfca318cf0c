// One line above the library naming the folder filing goes through: the outbox a 记者's packages
// are written to, or the inbox a 编辑's workstation imports from.
import type { Role } from '../../../shared/model/workspace';
import type { RendererApi } from '../api/api-types';
import { useApiQuery } from '../api/use-api-query';

const readFilingInfo = (api: RendererApi) => api.getFilingInfo();

export function FilingFolderNote(props: { role: Role }) {
  const info = useApiQuery('读取收发文件夹失败', readFilingInfo, ['settings']).data;
  if (!info) return null;
  return (
    <p className="filing-note" data-testid="filing-note">
      {props.role === 'reporter' ? (
        <>
          发件箱：<span className="mono">{info.outboxDir}</span>——把其中的稿件包交给编辑部（U 盘、邮件或同步文件夹均可）。
        </>
      ) : (
        <>
          收件箱：<span className="mono">{info.inboxDir}</span>——放入其中的稿件包会自动导入为“已提交”稿件。
        </>
      )}
    </p>
  );
}
