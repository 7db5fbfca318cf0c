// 导出 PDF: which pages, bleed and crop marks, the output file (the system's save dialog where
// there is one, else a path field), the layout's problems and the preflight's (印前检查) listed
// before anything is written, a progress bar fed by the services' progress events, cancel, and at
// the end the file and its size.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { Issue } from '../../../shared/model/issue';
import type { ApiEvents } from '../../../shared/ipc/contract';
import { unwaivedErrors, type PreflightProblem } from '../../../shared/preflight/preflight';
import { useApi } from '../api/api-context';
import { useApiEvent } from '../app/use-api-event';
import { useNotices } from '../app/notices';
import { blockBadges } from './badges';

interface Props {
  issue: Issue;
  diagnostics: readonly BlockDiagnostics[];
  onClose: () => void;
}

type Phase =
  | { kind: 'setup' }
  | { kind: 'running'; jobId: string; progress?: ApiEvents['exportProgress'] }
  | { kind: 'done'; file: string; bytes: number; pages: string[] }
  | { kind: 'failed'; message: string };

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function newJobId(): string {
  return `export-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function ExportDialog(props: Props) {
  const api = useApi();
  const { showError, showSuccess } = useNotices();
  const titleId = useId();
  const [allPages, setAllPages] = useState(true);
  const [range, setRange] = useState('');
  const [bleed, setBleed] = useState('3');
  const [marks, setMarks] = useState(true);
  const [output, setOutput] = useState('');
  const [canPick, setCanPick] = useState(false);
  const [canReveal, setCanReveal] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    void api.getExportDefaults(props.issue.id).then((result) => {
      if (cancelled || !result.ok) return;
      setOutput((current) => current || result.value.output);
      setCanPick(result.value.canPickFile);
      setCanReveal(result.value.canReveal);
    });
    return () => {
      cancelled = true;
    };
  }, [api, props.issue.id]);

  useEffect(() => {
    dialogRef.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);

  // 印前检查 of the issue as saved (the page editor saves within a second of the last change).
  const [preflight, setPreflight] = useState<PreflightProblem[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void api.preflightIssue(props.issue.id).then((result) => {
      if (!cancelled) setPreflight(result.ok ? result.value : []);
    });
    return () => {
      cancelled = true;
    };
  }, [api, props.issue.id]);
  const preflightErrorCount = preflight?.filter((item) => item.severity === 'error').length ?? 0;
  // The services refuse an export with errors nobody waived; the dialog says so before it is tried.
  const blockingCount = preflight ? unwaivedErrors(preflight).length : 0;

  useApiEvent('exportProgress', (progress) => {
    setPhase((current) => (current.kind === 'running' && current.jobId === progress.jobId ? { ...current, progress } : current));
  });

  // The same problem on several blocks is listed once, with the pages it is on (A2×2: twice on A2).
  const problems = useMemo(() => {
    const grouped = new Map<string, { text: string; pages: Map<string, number> }>();
    for (const entry of props.diagnostics) {
      for (const badge of blockBadges(entry)) {
        if (badge.tone === 'info') continue;
        const key = `${badge.kind}|${badge.explain}`;
        const group = grouped.get(key) ?? { text: badge.explain, pages: new Map<string, number>() };
        group.pages.set(entry.pageLabel, (group.pages.get(entry.pageLabel) ?? 0) + 1);
        grouped.set(key, group);
      }
    }
    return [...grouped.entries()].map(([key, group]) => ({
      key,
      text: group.text,
      count: [...group.pages.values()].reduce((sum, count) => sum + count, 0),
      pages: [...group.pages.entries()].map(([page, count]) => (count > 1 ? `${page}×${count}` : page)).join('、'),
    }));
  }, [props.diagnostics]);
  const problemCount = problems.reduce((sum, problem) => sum + problem.count, 0);

  const bleedMm = Number(bleed);
  const bleedValid = bleed.trim() !== '' && Number.isFinite(bleedMm) && bleedMm >= 0 && bleedMm <= 10;
  const running = phase.kind === 'running';

  async function pick() {
    const result = await api.pickExportFile(output);
    if (result.ok && result.value) setOutput(result.value);
    else if (!result.ok) showError('无法选择文件', result.error);
  }

  async function start() {
    const jobId = newJobId();
    setPhase({ kind: 'running', jobId });
    const result = await api.exportPdf({
      jobId,
      issueId: props.issue.id,
      ...(allPages ? {} : { pages: range }),
      bleedMm,
      cropMarks: marks,
      output: output.trim(),
    });
    if (result.ok) {
      setPhase({ kind: 'done', file: result.value.file, bytes: result.value.bytes, pages: result.value.pages });
      showSuccess(`已导出 ${result.value.pages.length} 个版面（${formatSize(result.value.bytes)}）`);
    } else if (result.error.code === 'CANCELLED') {
      setPhase({ kind: 'setup' });
    } else {
      setPhase({ kind: 'failed', message: result.error.message });
    }
  }

  async function cancel() {
    if (phase.kind === 'running') await api.cancelExport(phase.jobId);
    else props.onClose();
  }

  async function reveal(file: string) {
    const result = await api.revealFile(file);
    if (!result.ok) showError('无法打开文件夹', result.error);
  }

  const progress = phase.kind === 'running' ? phase.progress : undefined;
  const fraction = progress?.fraction ?? 0;
  return (
    <div className="dialog-backdrop" role="presentation">
      <div
        className="dialog export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        ref={dialogRef}
        data-testid="export-dialog"
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !running) props.onClose();
        }}
      >
        <h2 id={titleId}>导出印刷 PDF</h2>
        <fieldset className="export-fields" disabled={running || phase.kind === 'done'}>
          <div className="field-row">
            <span className="field-label">版面</span>
            <label className="radio">
              <input type="radio" name="pages" checked={allPages} onChange={() => setAllPages(true)} />
              全部 {props.issue.pages.length} 版
            </label>
            <label className="radio">
              <input type="radio" name="pages" checked={!allPages} onChange={() => setAllPages(false)} />
              指定
            </label>
            <input
              className="input range-input"
              value={range}
              placeholder="如 A1,A3-A5"
              aria-label="指定版面"
              disabled={allPages}
              onChange={(event) => setRange(event.target.value)}
            />
          </div>
          <div className="field-row">
            <label className="field-label" htmlFor={`${titleId}-bleed`}>
              出血
            </label>
            <input
              id={`${titleId}-bleed`}
              className={`input bleed-input${bleedValid ? '' : ' is-invalid'}`}
              type="number"
              min={0}
              max={10}
              step={0.5}
              value={bleed}
              aria-label="出血（毫米）"
              onChange={(event) => setBleed(event.target.value)}
            />
            <span className="unit">毫米（0–10，常用 3）</span>
            <label className="checkbox">
              <input type="checkbox" checked={marks} onChange={(event) => setMarks(event.target.checked)} />
              裁切标记
            </label>
          </div>
          <div className="field-row">
            <label className="field-label" htmlFor={`${titleId}-output`}>
              文件
            </label>
            <input
              id={`${titleId}-output`}
              className="input output-input"
              value={output}
              aria-label="输出文件"
              spellCheck={false}
              onChange={(event) => setOutput(event.target.value)}
            />
            {canPick && (
              <button type="button" className="button button-neutral" onClick={() => void pick()}>
                选择…
              </button>
            )}
          </div>
        </fieldset>
        <section className="export-problems" aria-label="排版问题">
          {problems.length === 0 ? (
            <p className="problems-none">排版没有发现问题。</p>
          ) : (
            <>
              <p className="problems-title">导出前请留意：排版发现 {problemCount} 个问题（仍可导出）</p>
              <ul data-testid="export-problems">
                {problems.map((problem) => (
                  <li key={problem.key}>
                    <strong>{problem.pages}</strong> {problem.text}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="export-problems" aria-label="印前检查">
          {preflight === null ? (
            <p className="problems-none">正在印前检查……</p>
          ) : preflight.length === 0 ? (
            <p className="problems-none">印前检查没有发现问题。</p>
          ) : (
            <>
              <p className="problems-title">
                印前检查：{preflightErrorCount} 个错误，{preflight.length - preflightErrorCount} 个警告
              </p>
              <ul data-testid="export-preflight">
                {preflight.map((item, index) => (
                  <li key={`${item.rule}-${item.page}-${item.blockId ?? ''}-${index}`}>
                    <strong>{item.page}</strong> {item.severity === 'error' ? '［错误］' : '［警告］'}
                    {item.message}
                    {item.waiver && (
                      <span className="export-waiver" data-waived="true">
                        {' '}
                        ——已豁免：{item.waiver.reason}（{item.waiver.by || '未署名'}）
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              {blockingCount > 0 && (
                <p className="export-blocked" role="alert" data-testid="export-blocked">
                  有 {blockingCount} 个错误尚未处理，不能导出：请修正，或在版面的“印前检查”中说明理由后豁免。
                </p>
              )}
            </>
          )}
        </section>
        {running && (
          <div className="export-progress" data-testid="export-progress">
            <div
              className="progress-bar"
              role="progressbar"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(fraction * 100)}
            >
              <span style={{ width: `${Math.round(fraction * 100)}%` }} />
            </div>
            <span className="progress-text">
              {progress
                ? `${progress.stage}（已排 ${progress.pagesLaidOut}/${progress.pagesTotal} 版，已写 ${progress.pagesWritten}/${progress.pagesTotal} 版）`
                : '正在准备……'}
            </span>
          </div>
        )}
        {phase.kind === 'done' && (
          <div className="export-done" data-testid="export-done">
            已导出 {phase.pages.join('、')}，共 {phase.pages.length} 版，{formatSize(phase.bytes)}：
            <code data-testid="export-file">{phase.file}</code>
          </div>
        )}
        {phase.kind === 'failed' && (
          <div className="export-failed" role="alert">
            导出失败：{phase.message}
          </div>
        )}
        <footer className="dialog-actions">
          {phase.kind === 'done' ? (
            <>
              {canReveal && (
                <button type="button" className="button button-neutral" onClick={() => void reveal(phase.file)}>
                  打开所在文件夹
                </button>
              )}
              <button type="button" className="button button-primary" onClick={props.onClose}>
                完成
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button button-neutral" onClick={() => void cancel()}>
                {running ? '取消导出' : '取消'}
              </button>
              <button
                type="button"
                className="button button-primary"
                disabled={
                  running ||
                  preflight === null ||
                  blockingCount > 0 ||
                  !bleedValid ||
                  output.trim() === '' ||
                  (!allPages && range.trim() === '')
                }
                onClick={() => void start()}
              >
                导出
              </button>
            </>
          )}
        </footer>
      </div>
    </div>
  );
}
