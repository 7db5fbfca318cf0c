// Over one page's canvas: a frame for every block with its copy-fit badges, the selection with its
// resize handles, and during a drag the frames at the cells they would snap to, with guides along
// their edges. Drags are worked out in grid cells (drag-commands.ts) and handed to the page editor,
// which reflows the page live when the drop would be accepted.
import {
  useEffect,
  useEffectEvent,
  useRef,
  useSyncExternalStore,
  type DragEvent,
  type PointerEvent as ReactPointerEvent,
  type WheelEvent,
} from 'react';
import { cellContaining, cellRect, type PageGeometry } from '../../../shared/layout/geometry';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { Block, Page, PhotoBlock } from '../../../shared/model/issue';
import { CENTRED_CROP, panCrop, zoomCrop, type Size } from '../../../shared/photo/photo-crop';
import { BlockBadges } from './BlockBadges';
import { ContinueHandle } from './ContinueHandle';
import { cellDelta, HANDLES, moveCommand, resizeCommand, resizedBox, targetBoxes, type GridBox, type Handle } from './drag-commands';
import type { PageEditor } from './page-editor';
import { dropCommand } from './placement';
import { isFileDrag, PHOTO_DRAG_TYPE } from './use-photo-drop';

interface Props {
  page: Page;
  geometry: PageGeometry;
  zoom: number;
  diagnostics: ReadonlyMap<string, BlockDiagnostics>;
  editor: PageEditor;
  onOpenBlock: (blockId: string) => void;
  onContextMenu: (blockId: string, x: number, y: number) => void;
  /** The time of a pointer move that changes the drag's target, for the drag-to-paint measure; undefined withdraws it (nothing to lay out). */
  onDragInput: (timeStamp: number | undefined) => void;
  /** The library article being dragged over the pages, if any. */
  draggedArticle: () => { id: string; charCount: number } | undefined;
  /** A library article dropped and placed as this block. */
  onPlaced: (blockId: string) => void;
  /** Photo files dropped on a photo block. */
  onPhotoFiles: (blockId: string, files: FileList) => void;
  /** A photo of the 图片库 dropped on a photo block. */
  onPhotoAsset: (blockId: string, assetId: string) => void;
  /** The photo block a dropped photo is being added to, if any. */
  addingPhoto: string | null;
  /** A photo block's picture frame (pt) and the picture's pixel size, once both are known. */
  photoGeometry: (blockId: string) => { frame: Size; picture: Size } | undefined;
}

interface Gesture {
  startX: number;
  startY: number;
  /** Alt-drag in a photo: the crop moves, not the block. */
  crop?: { block: PhotoBlock; frame: Size; picture: Size };
  handle: Handle | null;
  blocks: Block[];
  dragging: boolean;
  /** The last command previewed, so a move within the same cell does no work. */
  key: string;
}

/** A photo file from the system or a photo from the 图片库, which a photo frame takes. */
function isPhotoDrag(event: DragEvent): boolean {
  return isFileDrag(event) || Array.from(event.dataTransfer.types).includes(PHOTO_DRAG_TYPE);
}

/** What a drag step reads of a pointer event (React's or a native pointerrawupdate). */
interface PointerStep {
  clientX: number;
  clientY: number;
  timeStamp: number;
}

/** Pointer travel (CSS px) before a press becomes a drag. */
const DRAG_THRESHOLD = 3;

const KIND_LABELS: Record<Block['kind'], string> = {
  article: '稿件',
  photo: '图片',
  masthead: '报头',
  pageHeader: '报眉',
  rule: '线条',
};

export function BlockLayer(props: Props) {
  const { geometry, zoom, editor } = props;
  // The layer follows every step of a drag; the page view around it does not render for them.
  const state = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  const gesture = useRef<Gesture | null>(null);
  const blocks = new Map(props.page.blocks.map((block) => [block.id, block]));
  const targets = state.drag?.command ? targetBoxes(state.drag.command, blocks) : new Map<string, GridBox>();
  const refused = state.drag?.refusal ?? null;
  const single = state.selection.length === 1 ? state.selection[0] : undefined;

  const place = (box: GridBox) => {
    const rect = cellRect(geometry, box.col, box.line, box.cols, box.lines);
    return { left: rect.x * zoom, top: rect.y * zoom, width: rect.width * zoom, height: rect.height * zoom };
  };

  const begin = (event: ReactPointerEvent, block: Block, handle: Handle | null) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    if (event.altKey && !handle && block.kind === 'photo' && block.assetId !== null) {
      const geometryOf = props.photoGeometry(block.id);
      if (!geometryOf) return;
      editor.click(block.id, false);
      const crop = { block, ...geometryOf };
      gesture.current = { startX: event.clientX, startY: event.clientY, crop, handle: null, blocks: [block], dragging: false, key: '' };
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      return;
    }
    const selected = state.selection.includes(block.id);
    if (event.shiftKey || !selected) editor.click(block.id, event.shiftKey);
    const ids = event.shiftKey || selected ? new Set([...state.selection, block.id]) : new Set([block.id]);
    const moving = handle ? [block] : [...ids].flatMap((id) => blocks.get(id) ?? []);
    gesture.current = { startX: event.clientX, startY: event.clientY, handle, blocks: moving, dragging: false, key: '' };
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
  };

  const move = (event: PointerStep) => {
    const current = gesture.current;
    if (!current) return;
    const dx = event.clientX - current.startX;
    const dy = event.clientY - current.startY;
    if (!current.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    current.dragging = true;
    if (current.crop) {
      const { block, frame, picture } = current.crop;
      const crop = panCrop(frame, picture, block.crop ?? CENTRED_CROP, dx / zoom, dy / zoom);
      current.key = `${dx},${dy}`;
      props.onDragInput(event.timeStamp);
      editor.preview({ type: 'setPhoto', blockId: block.id, assetId: block.assetId, crop });
      return;
    }
    const delta = cellDelta(geometry, dx / zoom, dy / zoom);
    const key = `${delta.cols},${delta.lines}`;
    if (key === current.key) return;
    current.key = key;
    const [first] = current.blocks;
    if (!first) return;
    props.onDragInput(event.timeStamp);
    const command = current.handle ? resizeCommand(first, resizedBox(first, current.handle, delta)) : moveCommand(current.blocks, delta);
    if (!editor.preview(command)) props.onDragInput(undefined);
  };
  // Chromium delivers pointermove at the next frame; pointerrawupdate comes as the pointer moves, so
  // the layout of a block's new cell starts up to a frame sooner. Crop panning, which previews at
  // every pixel, stays on the frame-aligned moves; the pointermove after a raw update finds its cell
  // already previewed and does nothing.
  const layerRef = useRef<HTMLDivElement>(null);
  const rawMove = useEffectEvent((event: PointerEvent) => {
    if (gesture.current && !gesture.current.crop) move(event);
  });
  useEffect(() => {
    const layer = layerRef.current;
    if (!layer || !('onpointerrawupdate' in window)) return;
    const raw = (event: Event) => rawMove(event as PointerEvent);
    layer.addEventListener('pointerrawupdate', raw);
    return () => layer.removeEventListener('pointerrawupdate', raw);
  }, []);

  const end = () => {
    const current = gesture.current;
    gesture.current = null;
    if (current?.dragging) {
      if (current.key === '0,0' || current.key === '') editor.cancelDrag();
      else editor.endDrag();
    }
  };

  // Alt + wheel over a photo zooms its crop about the frame's centre, one edit per notch.
  const wheelCrop = (event: WheelEvent<HTMLDivElement>, block: PhotoBlock) => {
    if (!event.altKey || block.assetId === null) return;
    const geometryOf = props.photoGeometry(block.id);
    if (!geometryOf) return;
    // React listens to the wheel passively: the page's own scrolling is held off by stopping it here.
    event.stopPropagation();
    const crop = block.crop ?? CENTRED_CROP;
    const next = zoomCrop(geometryOf.frame, geometryOf.picture, crop, crop.zoom * (event.deltaY < 0 ? 1.1 : 1 / 1.1));
    if (next.zoom !== crop.zoom)
      editor.execute({ type: 'setPhoto', blockId: block.id, assetId: block.assetId, crop: next }, { select: [block.id] });
  };

  const dropKey = useRef('');
  const dragOver = (event: DragEvent) => {
    const article = props.draggedArticle();
    if (!article) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    const bounds = event.currentTarget.getBoundingClientRect();
    const cell = cellContaining(geometry, (event.clientX - bounds.left) / zoom, (event.clientY - bounds.top) / zoom);
    const key = `${cell.col},${cell.line}`;
    if (key === dropKey.current) return;
    dropKey.current = key;
    props.onDragInput(event.timeStamp);
    const command = state.issue && dropCommand(state.issue, props.page, geometry.format, article, cell.col, cell.line);
    if (!command || !editor.preview(command)) props.onDragInput(undefined);
    if (!command) editor.previewRefusal('这里已有版块或超出版心，请拖到版面的空白处或空版块上。');
  };
  const drop = (event: DragEvent) => {
    if (!props.draggedArticle()) return;
    event.preventDefault();
    dropKey.current = '';
    const command = state.drag?.command;
    if (editor.endDrag() && command?.type === 'addBlock') props.onPlaced(command.block.id);
  };
  const ghosts = [...targets].filter(([id]) => !blocks.has(id));

  return (
    <div
      ref={layerRef}
      className={`block-layer${state.drag ? ' is-dragging' : ''}`}
      data-column-px={geometry.columnPitch * zoom}
      data-line-px={geometry.leading * zoom}
      data-area-px={`${geometry.areaX * zoom},${geometry.areaY * zoom}`}
      onPointerMove={move}
      onPointerUp={end}
      onPointerCancel={() => editor.cancelDrag()}
      onDragOver={dragOver}
      onDrop={drop}
      onDragLeave={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        dropKey.current = '';
        editor.cancelDrag();
      }}
    >
      {[...targets.values()].map((box, index) => (
        <SnapGuides key={index} style={place(box)} refused={refused !== null} />
      ))}
      {ghosts.map(([id, box]) => (
        <div key={id} className={`block-frame is-ghost${refused ? ' is-refused' : ''}`} data-drop-preview="" style={place(box)}>
          {diagnosticsBadges(props.diagnostics.get(id))}
        </div>
      ))}
      {props.page.blocks.map((block) => {
        const target = targets.get(block.id);
        const selected = state.selection.includes(block.id);
        const diagnostics = props.diagnostics.get(block.id);
        const empty = block.kind === 'article' && block.articleId === null;
        const classes = [
          'block-frame',
          `block-kind-${block.kind}`,
          selected ? 'is-selected' : '',
          target ? 'is-dragged' : '',
          target && refused ? 'is-refused' : '',
          empty ? 'is-empty' : '',
        ];
        return (
          <div
            key={block.id}
            className={classes.filter(Boolean).join(' ')}
            data-block-id={block.id}
            data-block-kind={block.kind}
            data-article-id={block.kind === 'article' ? (block.articleId ?? '') : undefined}
            data-selected={selected ? 'true' : undefined}
            data-grid={`${target?.col ?? block.col},${target?.line ?? block.line},${target?.cols ?? block.cols},${target?.lines ?? block.lines}`}
            aria-label={`${KIND_LABELS[block.kind]}版块 ${block.id}`}
            style={place(target ?? block)}
            onPointerDown={(event) => begin(event, block, null)}
            onDoubleClick={() => props.onOpenBlock(block.id)}
            onWheel={block.kind === 'photo' ? (event) => wheelCrop(event, block) : undefined}
            onDragOver={
              block.kind === 'photo'
                ? (event) => {
                    if (!isPhotoDrag(event)) return;
                    event.preventDefault();
                    event.stopPropagation();
                    event.dataTransfer.dropEffect = 'copy';
                    event.currentTarget.classList.add('is-photo-target');
                  }
                : undefined
            }
            onDragLeave={block.kind === 'photo' ? (event) => event.currentTarget.classList.remove('is-photo-target') : undefined}
            onDrop={
              block.kind === 'photo'
                ? (event) => {
                    if (!isPhotoDrag(event)) return;
                    event.preventDefault();
                    event.stopPropagation();
                    event.currentTarget.classList.remove('is-photo-target');
                    const assetId = event.dataTransfer.getData(PHOTO_DRAG_TYPE);
                    if (assetId) props.onPhotoAsset(block.id, assetId);
                    else props.onPhotoFiles(block.id, event.dataTransfer.files);
                  }
                : undefined
            }
            onContextMenu={(event) => {
              event.preventDefault();
              if (!selected) editor.click(block.id, false);
              props.onContextMenu(block.id, event.clientX, event.clientY);
            }}
          >
            {empty && <span className="empty-frame-hint">从稿件库拖入稿件</span>}
            {block.kind === 'photo' && block.assetId === null && <span className="empty-frame-hint">把图片文件拖到这里</span>}
            {props.addingPhoto === block.id && <span className="empty-frame-hint is-busy">正在放入图片……</span>}
            {target && refused && <span className="drag-refusal">{refused}</span>}
            {diagnostics && <BlockBadges diagnostics={diagnostics} textColumns={block.kind === 'article' ? block.textColumns : 1} />}
            {single === block.id && block.kind === 'article' && block.articleId !== null && block.continuesIn === null && (
              <ContinueHandle blockId={block.id} editor={editor} />
            )}
            {single === block.id &&
              HANDLES.map((handle) => (
                <span
                  key={handle}
                  className={`resize-handle handle-${handle}`}
                  data-resize-handle={handle}
                  onPointerDown={(event) => begin(event, block, handle)}
                />
              ))}
          </div>
        );
      })}
    </div>
  );
}

function diagnosticsBadges(diagnostics: BlockDiagnostics | undefined) {
  return diagnostics ? <BlockBadges diagnostics={diagnostics} /> : null;
}

/** Lines along a dragged block's edges across the page, to show what it snaps to. */
function SnapGuides(props: { style: { left: number; top: number; width: number; height: number }; refused: boolean }) {
  const { left, top, width, height } = props.style;
  const tone = props.refused ? ' is-refused' : '';
  return (
    <>
      <span className={`snap-guide is-vertical${tone}`} style={{ left }} />
      <span className={`snap-guide is-vertical${tone}`} style={{ left: left + width }} />
      <span className={`snap-guide is-horizontal${tone}`} style={{ top }} />
      <span className={`snap-guide is-horizontal${tone}`} style={{ top: top + height }} />
    </>
  );
}
