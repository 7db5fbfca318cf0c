// 版面: the issue's pages drawn as they print, from the same layout as the PDF. Single page or the
// printing pair; zoom to fit, to width, 100 %, 200 % or any step (Ctrl + wheel at the pointer);
// rulers in mm and the grid; the strip of miniatures; copy-fit badges on every block; double-click
// an article to edit it beside the page, where every keystroke reflows the page. Composing the
// page (select, move, resize, place from the library, link, undo) is the page editor's
// (renderer/src/page-editor), whose layer lies over each page's canvas.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Issue } from '../../../shared/model/issue';
import { EditorSide } from '../page-editor/EditorSide';
import { BlockLayer } from '../page-editor/BlockLayer';
import { BlockMenu } from '../page-editor/BlockMenu';
import { blockMenuActions } from '../page-editor/block-menu-actions';
import { EditTools } from '../page-editor/EditTools';
import { RecoveryBanner } from '../page-editor/RecoveryBanner';
import { Banner } from '../ui/Banner';
import { TextEditorContext } from '../page-editor/text-editor-context';
import { useAutoFit } from '../page-editor/use-auto-fit';
import { useFitIssue } from '../page-editor/use-fit-issue';
import { useEditorKeys } from '../page-editor/use-editor-keys';
import { useIssueSaving } from '../page-editor/use-issue-saving';
import { usePageEditor } from '../page-editor/use-page-editor';
import { usePhotoDrop } from '../page-editor/use-photo-drop';
import { usePreflight } from '../page-editor/use-preflight';
import { photoGeometry } from './photo-geometry';
import type { ArticleIndexEntry } from '../../../shared/model/workspace';
import { pageGeometry } from '../../../shared/layout/geometry';
import type { Article } from '../../../shared/model/article';
import type { WorkspaceState } from '../app/use-workspace';
import { ArticleView } from '../editor/ArticleView';
import { issueDate, issueNumbers } from '../format/dates';
import { ExportDialog } from './ExportDialog';
import { PageCanvas } from './PageCanvas';
import { PageStrip } from './PageStrip';
import { PageToolbar } from './PageToolbar';
import { Ruler, RULER_SIZE } from './Ruler';
import { spreadOf } from './spreads';
import { usePageDocument } from './use-page-document';
import { usePageZoom } from './use-page-zoom';
import { PASTEBOARD } from './zoom';
import { usePageKeys } from './use-page-keys';

/** The split view's editor re-renders for its own edits only, never because the page was laid out again. */
const SplitArticle = memo(ArticleView);
/** The inspector and library read the committed layout only: a drag's steps do not concern them. */
const MemoEditorSide = memo(EditorSide);

interface Props {
  workspace: WorkspaceState;
  issueId: string;
  label: string;
  print: boolean;
  onOpenPage: (label: string, print: boolean) => void;
  onBack: () => void;
  onOpenArticle: (articleId: string) => void;
}

export function PageView(props: Props) {
  const [editing, setEditing] = useState<string>();
  const loadIssue = useRef<(issue: Issue) => void>(() => undefined);
  const [document, state] = usePageDocument(props.issueId, editing, (issue) => loadIssue.current(issue));
  const saving = useIssueSaving(props.issueId);
  const { editor, state: edit, textEditors } = usePageEditor(document, editing, saving, setEditing);
  useEffect(() => {
    loadIssue.current = (issue) => editor.load(issue);
  }, [editor]);
  const fit = useAutoFit(editor, state);
  const fitIssue = useFitIssue(editor);
  const photoDrop = usePhotoDrop(editor);
  // Stable, so that the panels beside the page do not render again at every step of a drag.
  const fitBlock = useCallback((blockId: string) => fit(blockId, false), [fit]);
  const fitDropped = useCallback((blockId: string) => fit(blockId, true), [fit]);
  const dragArticle = useCallback(
    (entry: ArticleIndexEntry | undefined) => {
      dragged.current = entry;
      if (!entry) editor.cancelDrag();
    },
    [editor],
  );
  const dragged = useRef<ArticleIndexEntry | undefined>(undefined);
  const [menu, setMenu] = useState<{ blockId: string; x: number; y: number }>();
  const [spread, setSpread] = useState(false);
  const [showGrid, setShowGrid] = useState(false);
  const [exporting, setExporting] = useState(false);
  const scrollRef = useRef<HTMLDivElement>(null);
  const splitRef = useRef<HTMLElement>(null);

  const labels = useMemo(() => state.issue?.pages.map((page) => page.label) ?? [], [state.issue]);
  const current = labels.includes(props.label) ? props.label : (labels[0] ?? props.label);
  const shownLabels = spread ? spreadOf(labels, current) : [current];
  const shown = shownLabels.flatMap((label) => state.pages.filter((page) => page.label === label));
  const first = state.pages[0];
  useEffect(() => document.focus(current), [document, current]);
  const contentSize = { width: (first?.width ?? 1105) * (spread ? 2 : 1), height: first?.height ?? 1531 };
  // Around the pages: the pasteboard on both sides and, outside print view, the ruler with its border.
  const origin = PASTEBOARD + (props.print ? 0 : RULER_SIZE + 1);
  const chrome = origin + PASTEBOARD;
  const { zoom, insetX, percent, mode: zoomMode, setMode: setZoomMode, step: zoomBy } = usePageZoom(scrollRef, contentSize, origin, chrome);

  const goToPage = useCallback(
    (offset: number) => {
      const index = labels.indexOf(current) + offset;
      const label = labels[index];
      if (label) props.onOpenPage(label, props.print);
    },
    [current, labels, props],
  );

  const [showPreflight, setShowPreflight] = useState(false);
  const preflight = usePreflight(props.issueId, showPreflight);
  // 印前检查's rows: the block selected on its page (a page's own problem just opens the page).
  const showBlock = useCallback(
    (pageLabel: string, blockId: string | null) => {
      editor.select(blockId ? [blockId] : []);
      if (pageLabel !== current && !spreadOf(labels, current).includes(pageLabel)) props.onOpenPage(pageLabel, props.print);
    },
    [editor, current, labels, props],
  );
  const openBlock = useCallback(
    (blockId: string) => {
      const pages = editor.getSnapshot().issue?.pages ?? [];
      const page = pages.find((candidate) => candidate.blocks.some((block) => block.id === blockId));
      const block = page?.blocks.find((candidate) => candidate.id === blockId);
      editor.select([blockId]);
      if (page && page.label !== current && !spreadOf(labels, current).includes(page.label)) props.onOpenPage(page.label, props.print);
      if (block?.kind === 'article' && block.articleId !== null) setEditing(block.articleId);
    },
    [editor, current, labels, props],
  );

  usePageKeys({
    zoomBy,
    setZoom: setZoomMode,
    goToPage,
    exportPdf: () => setExporting(true),
    escape: () => (editing ? setEditing(undefined) : undefined),
    enabled: !exporting,
  });
  const currentPage = edit.issue?.pages.find((page) => page.label === current);
  useEditorKeys({ editor, page: currentPage, openBlock, enabled: !exporting && !props.print && menu === undefined });

  // The time of each key or text input in the editor, for the keystroke-to-paint measure.
  useEffect(() => {
    const element = splitRef.current;
    if (!element) return;
    const note = (event: Event) => document.noteInput(event.timeStamp);
    element.addEventListener('keydown', note, true);
    element.addEventListener('beforeinput', note, true);
    return () => {
      element.removeEventListener('keydown', note, true);
      element.removeEventListener('beforeinput', note, true);
    };
  }, [document, editing]);

  const liveChange = useCallback((article: Article) => document.updateArticle(article), [document]);
  const closeEditor = useCallback(() => {
    setEditing(undefined);
  }, []);

  const problems = [...state.problemsByPage.values()].reduce((sum, count) => sum + count, 0);
  const issue = state.issue;
  return (
    <section className={`view page-view${props.print ? ' is-print' : ''}`} aria-label="版面" data-page-view={current}>
      <PageToolbar
        title={issue ? `${issueNumbers(issue)} · ${issueDate(issue)}` : '正在打开版面……'}
        pageLabel={current}
        pageName={issue?.pages.find((page) => page.label === current)?.name ?? ''}
        spread={spread}
        onSpread={setSpread}
        zoomMode={zoomMode}
        percent={percent}
        onZoom={setZoomMode}
        onZoomStep={zoomBy}
        showGrid={showGrid}
        onGrid={setShowGrid}
        print={props.print}
        onPrint={(print) => props.onOpenPage(current, print)}
        problems={problems}
        ready={state.status === 'ready'}
        onExport={() => setExporting(true)}
        preflightOpen={showPreflight}
        onPreflight={setShowPreflight}
        onBack={props.onBack}
      >
        {!props.print && (
          <EditTools
            undoLabel={edit.undoLabel}
            redoLabel={edit.redoLabel}
            onUndo={() => editor.undo()}
            onRedo={() => editor.redo()}
            saveState={saving.state}
            saveMessage={saving.message}
            fitting={fitIssue.fitting}
            onFit={() => void fitIssue.fit()}
          />
        )}
      </PageToolbar>
      {saving.recovery && <RecoveryBanner entry={saving.recovery} onRestore={() => saving.restore(editor)} onDiscard={saving.discard} />}
      {saving.state === 'conflict' && (
        <Banner
          tone="danger"
          title="版面未能保存"
          testId="issue-conflict"
          actions={
            <button type="button" className="button" onClick={() => window.location.reload()}>
              重新载入
            </button>
          }
        >
          {saving.message}
        </Banner>
      )}
      <div className="page-body">
        <PageStrip
          pages={state.pages}
          issuePages={issue?.pages ?? []}
          outlines={document.outlines}
          image={document.photos.image}
          photos={state.photos}
          atlas={document.atlas}
          currentLabel={current}
          problemsByPage={state.problemsByPage}
          onOpen={(label) => props.onOpenPage(label, props.print)}
        />
        <div className="page-scroll" ref={scrollRef} tabIndex={-1} data-zoom-percent={Math.round(percent)}>
          {state.status === 'failed' ? (
            <div className="page-message is-error">{state.error}</div>
          ) : shown.length === 0 ? (
            <div className="page-message">{state.status === 'loading' ? '正在排版……' : `本期没有 ${props.label} 版。`}</div>
          ) : (
            <div
              className="pasteboard"
              style={{
                gridTemplateColumns: props.print ? 'auto' : `${RULER_SIZE}px auto`,
                padding: props.print ? `${PASTEBOARD}px ${insetX}px` : 0,
              }}
            >
              {!props.print && (
                <>
                  <div className="ruler-corner" />
                  <div className="ruler-top">
                    <Ruler
                      orientation="horizontal"
                      zoom={zoom}
                      length={shown.reduce((sum, page) => sum + page.width * zoom, 0) + 2 * insetX}
                      pages={shown.map((page, index) => ({
                        offset: insetX + shown.slice(0, index).reduce((sum, before) => sum + before.width * zoom, 0),
                        length: page.width,
                      }))}
                    />
                  </div>
                  <div className="ruler-left">
                    <Ruler
                      orientation="vertical"
                      zoom={zoom}
                      length={(first?.height ?? 0) * zoom + 2 * PASTEBOARD}
                      pages={[{ offset: PASTEBOARD, length: first?.height ?? 0 }]}
                    />
                  </div>
                </>
              )}
              <div className="sheets" style={props.print ? undefined : { margin: `${PASTEBOARD}px ${insetX}px` }}>
                {shown.map((page) => (
                  <PageCanvas
                    key={page.pageId}
                    page={page}
                    zoom={zoom}
                    outlines={document.outlines}
                    atlas={document.atlas}
                    image={document.photos.image}
                    photos={state.photos}
                    geometry={pageGeometry(state.profile!.format, page.index)}
                    print={props.print}
                    showGrid={showGrid}
                    onBackgroundPointerDown={() => editor.select([])}
                    takeInputTime={(label) => document.takeInputTime(label)}
                  >
                    {edit.issue?.pages[page.index] && (
                      <BlockLayer
                        page={edit.issue.pages[page.index]!}
                        geometry={pageGeometry(state.profile!.format, page.index)}
                        zoom={zoom}
                        diagnostics={state.diagnostics}
                        editor={editor}
                        onOpenBlock={openBlock}
                        onContextMenu={(blockId, x, y) => setMenu({ blockId, x, y })}
                        onDragInput={(timeStamp) =>
                          timeStamp === undefined ? document.dropInput() : document.noteInput(timeStamp, 'drag')
                        }
                        draggedArticle={() => dragged.current}
                        onPlaced={fitDropped}
                        onPhotoFiles={(blockId, files) => void photoDrop.dropPhoto(blockId, files)}
                        onPhotoAsset={photoDrop.placePhoto}
                        addingPhoto={photoDrop.adding}
                        photoGeometry={(blockId) => photoGeometry(document, page.index, blockId)}
                      />
                    )}
                  </PageCanvas>
                ))}
              </div>
            </div>
          )}
        </div>
        {editing ? (
          <aside className="split-editor" aria-label="排版中的稿件" ref={splitRef}>
            <TextEditorContext.Provider value={textEditors}>
              <SplitArticle
                key={editing}
                articleId={editing}
                workspace={props.workspace}
                variant="split"
                onClose={closeEditor}
                onOpenArticle={props.onOpenArticle}
                onLiveChange={liveChange}
              />
            </TextEditorContext.Provider>
          </aside>
        ) : (
          !props.print &&
          edit.issue &&
          state.profile && (
            <MemoEditorSide
              editor={editor}
              issue={edit.issue}
              selection={edit.selection}
              format={state.profile.format}
              page={currentPage}
              onOpenBlock={openBlock}
              onDragArticle={dragArticle}
              onFit={fitBlock}
              onPlaced={fitDropped}
              preflight={showPreflight ? preflight : undefined}
              userName={props.workspace.settings.userName}
              onShowBlock={showBlock}
              photoDrop={photoDrop}
            />
          )
        )}
      </div>
      {menu && edit.issue && (
        <BlockMenu
          x={menu.x}
          y={menu.y}
          actions={blockMenuActions({ editor, blockId: menu.blockId, openBlock, fit: (blockId) => fit(blockId, false) })}
          onClose={() => setMenu(undefined)}
        />
      )}
      {exporting && issue && (
        <ExportDialog issue={issue} diagnostics={[...state.diagnostics.values()]} onClose={() => setExporting(false)} />
      )}
    </section>
  );
}
