// The page view's bar: the issue and page, 单页/对页, zoom, grid and print view, the problems light
// and 导出 PDF. Every command names its shortcut in its tooltip.
import type { ReactNode } from 'react';
import { formatPercent, type ZoomMode } from './zoom';

interface Props {
  title: string;
  pageLabel: string;
  pageName: string;
  spread: boolean;
  onSpread: (spread: boolean) => void;
  zoomMode: ZoomMode;
  percent: number;
  onZoom: (mode: ZoomMode) => void;
  onZoomStep: (direction: 1 | -1) => void;
  showGrid: boolean;
  onGrid: (show: boolean) => void;
  print: boolean;
  onPrint: (print: boolean) => void;
  problems: number;
  ready: boolean;
  onExport: () => void;
  /** 印前检查's panel beside the page. */
  preflightOpen: boolean;
  onPreflight: (open: boolean) => void;
  onBack: () => void;
  /** The page editor's tools (undo, redo, saved state), after the title. */
  children?: ReactNode;
}

const ZOOM_PRESETS: ReadonlyArray<{ mode: ZoomMode; label: string; title: string; testId: string }> = [
  { mode: { kind: 'fit-page' }, label: '适合页面', title: '适合页面（Ctrl+0）', testId: 'zoom-fit' },
  { mode: { kind: 'fit-width' }, label: '适合宽度', title: '适合宽度', testId: 'zoom-width' },
  { mode: { kind: 'percent', percent: 100 }, label: '100%', title: '实际大小 100 %（Ctrl+1）', testId: 'zoom-100' },
  { mode: { kind: 'percent', percent: 200 }, label: '200%', title: '200 %', testId: 'zoom-200' },
];

function sameZoom(a: ZoomMode, b: ZoomMode): boolean {
  if (a.kind === 'percent' && b.kind === 'percent') return Math.abs(a.percent - b.percent) < 0.01;
  return a.kind === b.kind;
}

function Toggle(props: { pressed: boolean; onClick: () => void; title: string; children: string; testId?: string }) {
  return (
    <button
      type="button"
      className={`page-tool${props.pressed ? ' is-on' : ''}`}
      aria-pressed={props.pressed}
      title={props.title}
      onClick={props.onClick}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}

export function PageToolbar(props: Props) {
  const mode = props.zoomMode;
  return (
    <header className="page-toolbar" role="toolbar" aria-label="版面工具">
      <button type="button" className="button button-ghost" onClick={props.onBack} title="回到期次与版面">
        ‹ 期次
      </button>
      <div className="page-title">
        <strong data-testid="page-title">
          {props.pageLabel} {props.pageName}
        </strong>
        <span className="page-issue">{props.title}</span>
      </div>
      {props.children}
      <div className="tool-group" aria-label="版面显示">
        <Toggle pressed={!props.spread} onClick={() => props.onSpread(false)} title="单页" testId="view-single">
          单页
        </Toggle>
        <Toggle pressed={props.spread} onClick={() => props.onSpread(true)} title="对页：印刷时同印一张的两版" testId="view-spread">
          对页
        </Toggle>
      </div>
      <div className="tool-group" aria-label="缩放">
        {ZOOM_PRESETS.map((preset) => (
          <Toggle
            key={preset.testId}
            pressed={sameZoom(mode, preset.mode)}
            onClick={() => props.onZoom(preset.mode)}
            title={preset.title}
            testId={preset.testId}
          >
            {preset.label}
          </Toggle>
        ))}
        <button type="button" className="page-tool" onClick={() => props.onZoomStep(-1)} title="缩小（Ctrl+−）" aria-label="缩小">
          −
        </button>
        <span className="zoom-value" data-testid="zoom-value" title="Ctrl + 滚轮：以指针处为中心缩放">
          {formatPercent(props.percent)}
        </span>
        <button type="button" className="page-tool" onClick={() => props.onZoomStep(1)} title="放大（Ctrl++）" aria-label="放大">
          +
        </button>
      </div>
      <div className="tool-group">
        <Toggle pressed={props.showGrid} onClick={() => props.onGrid(!props.showGrid)} title="显示基本栏与行格" testId="toggle-grid">
          网格
        </Toggle>
        <Toggle
          pressed={props.print}
          onClick={() => props.onPrint(!props.print)}
          title="印刷视图：不显示网格、标尺、提示与选框"
          testId="toggle-print"
        >
          印刷视图
        </Toggle>
      </div>
      <button
        type="button"
        className={`preflight-light ${props.problems > 0 ? 'is-red' : 'is-green'}${props.preflightOpen ? ' is-on' : ''}`}
        data-testid="problems-light"
        data-problems={props.problems}
        aria-pressed={props.preflightOpen}
        onClick={() => props.onPreflight(!props.preflightOpen)}
        title={`${props.problems > 0 ? `本期有 ${props.problems} 个版块需要处理（超字、缺字、缺图、转版）` : '本期没有发现问题'}；点击打开或关闭印前检查`}
      >
        {props.ready ? (props.problems > 0 ? `${props.problems} 个问题` : '无问题') : '排版中'}
      </button>
      <button
        type="button"
        className="button button-primary"
        onClick={props.onExport}
        disabled={!props.ready}
        title="导出印刷 PDF（Ctrl+E）"
      >
        导出 PDF
      </button>
    </header>
  );
}
