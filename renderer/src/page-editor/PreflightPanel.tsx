// 印前检查 beside the page: the print problems page by page (errors first on each block),
// a click showing the block on its page; a problem can be waived (豁免) with a reason, which is
// saved in the issue and lets the export through; the waiver is undone like any edit.
import { useState } from 'react';
import type { PreflightProblem } from '../../../shared/preflight/preflight';
import { unwaivedErrors } from '../../../shared/preflight/preflight';
import type { PageEditor } from './page-editor';
import type { PreflightState } from './use-preflight';

interface Props {
  editor: PageEditor;
  preflight: PreflightState;
  userName: string;
  onShowBlock: (pageLabel: string, blockId: string | null) => void;
}

const SEVERITY_LABELS = { error: '错误', warning: '警告' } as const;

function problemKey(problem: PreflightProblem): string {
  return `${problem.rule}|${problem.page}|${problem.blockId ?? ''}`;
}

export function PreflightPanel(props: Props) {
  const { problems, error } = props.preflight;
  const [waiving, setWaiving] = useState<string>();
  const [reason, setReason] = useState('');
  const pages = [...new Set((problems ?? []).map((problem) => problem.page))];
  const blocking = problems ? unwaivedErrors(problems).length : 0;

  const waive = (problem: PreflightProblem) => {
    const target = { rule: problem.rule, page: problem.page, blockId: problem.blockId };
    const waiver = { reason: reason.trim(), by: props.userName.trim(), at: new Date().toISOString() };
    if (props.editor.execute({ type: 'setWaiver', target, waiver })) {
      setWaiving(undefined);
      setReason('');
    }
  };
  const withdraw = (problem: PreflightProblem) =>
    props.editor.execute({ type: 'setWaiver', target: { rule: problem.rule, page: problem.page, blockId: problem.blockId }, waiver: null });

  return (
    <section
      className="preflight-panel"
      aria-label="印前检查"
      data-preflight-panel=""
      data-blocking-errors={problems ? blocking : undefined}
    >
      <h2>印前检查</h2>
      {error && <p className="preflight-summary is-error">{error}</p>}
      {!error && problems === undefined && <p className="preflight-summary">正在检查……</p>}
      {problems && (
        <p className={`preflight-summary${blocking > 0 ? ' is-error' : ''}`}>
          {problems.length === 0
            ? '没有发现问题，可以导出。'
            : blocking > 0
              ? `${blocking} 个错误未处理：修正或说明理由豁免后才能导出。`
              : '错误都已处理，可以导出。'}
        </p>
      )}
      {pages.map((label) => (
        <div key={label} className="preflight-page">
          <h3>{label} 版</h3>
          <ul>
            {(problems ?? [])
              .filter((problem) => problem.page === label)
              .map((problem) => {
                const key = problemKey(problem);
                return (
                  <li
                    key={key}
                    className={`preflight-item is-${problem.severity}${problem.waiver ? ' is-waived' : ''}`}
                    data-preflight-rule={problem.rule}
                    data-preflight-block={problem.blockId ?? ''}
                    data-waived={problem.waiver ? 'true' : undefined}
                  >
                    <button type="button" className="preflight-message" onClick={() => props.onShowBlock(problem.page, problem.blockId)}>
                      <span className="preflight-severity">{SEVERITY_LABELS[problem.severity]}</span> {problem.message}
                    </button>
                    {problem.waiver ? (
                      <p className="preflight-waiver">
                        已豁免：{problem.waiver.reason}（{problem.waiver.by || '未署名'}）{' '}
                        <button type="button" className="link-button" onClick={() => withdraw(problem)}>
                          取消豁免
                        </button>
                      </p>
                    ) : waiving === key ? (
                      <form
                        className="preflight-waive-form"
                        onSubmit={(event) => {
                          event.preventDefault();
                          waive(problem);
                        }}
                      >
                        <input
                          aria-label="豁免理由"
                          placeholder="豁免理由（必填）"
                          maxLength={200}
                          value={reason}
                          autoFocus
                          onChange={(event) => setReason(event.target.value)}
                          onKeyDown={(event) => event.key === 'Escape' && setWaiving(undefined)}
                        />
                        <button type="submit" className="button" disabled={reason.trim() === ''}>
                          豁免
                        </button>
                        <button type="button" className="link-button" onClick={() => setWaiving(undefined)}>
                          取消
                        </button>
                      </form>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => {
                          setWaiving(key);
                          setReason('');
                        }}
                      >
                        豁免…
                      </button>
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
