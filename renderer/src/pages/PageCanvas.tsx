// One page as it prints: a canvas drawn from the page's display list, and above it (unless in
// print view) the grid, each block's frame and its copy-fit badges. Repaints only the areas an
// edit changed; a zoom or a new document repaints the whole page.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { PageGeometry } from '../../../shared/layout/geometry';
import { blockBadges } from './badges';
import type { GlyphAtlas } from './glyph-atlas';
import type { GlyphOutlines } from './glyph-outlines';
import { GridOverlay } from './GridOverlay';
import type { PageModel } from './page-document';
import { paintPage, type Box, type DrawnGlyph } from './page-painter';

declare global {
  interface Window {
    /**
     * Testing surface: when a test sets `__kfqRecordDrawing` before the app loads, each full paint
     * of a page leaves the glyphs it drew (in points) in `__kfqDrawnGlyphs[label]`.
     */
    __kfqRecordDrawing?: boolean;
    __kfqDrawnGlyphs?: Record<string, DrawnGlyph[]>;
  }
}

interface Props {
  page: PageModel;
  /** CSS pixels per point. */
  zoom: number;
  outlines: GlyphOutlines;
  atlas: GlyphAtlas;
  /** A loaded photo by asset id; `photos` goes up when another has loaded. */
  image: (assetId: string) => CanvasImageSource | undefined;
  photos: number;
  diagnostics: ReadonlyMap<string, BlockDiagnostics>;
  geometry: PageGeometry;
  print: boolean;
  showGrid: boolean;
  selectedBlockId: string | undefined;
  onSelectBlock: (blockId: string | undefined) => void;
  onOpenBlock: (blockId: string) => void;
  /** The input time (performance.now()) the current drawing answers, to measure keystroke to paint. */
  takeInputTime: (label: string) => number | undefined;
}

/** Canvas backing stores beyond this many pixels are drawn at a lower resolution instead. */
const MAX_CANVAS_PIXELS = 40_000_000;

function damageSince(page: PageModel, painted: number): Box[] | undefined {
  if (painted === 0 || painted >= page.revision) return undefined;
  const entries = page.damage.filter((entry) => entry.revision > painted);
  if (entries.length !== page.revision - painted) return undefined;
  return entries.flatMap((entry) => entry.boxes);
}

export function PageCanvas(props: Props) {
  const { page, zoom, outlines } = props;
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const painted = useRef({ revision: 0, scale: 0, photos: 0 });
  const [dpr, setDpr] = useState(() => window.devicePixelRatio || 1);
  const cssWidth = page.width * zoom;
  const cssHeight = page.height * zoom;
  const density = Math.min(dpr, Math.sqrt(MAX_CANVAS_PIXELS / Math.max(1, cssWidth * cssHeight)));
  const scale = zoom * density;

  useEffect(() => {
    const media = window.matchMedia(`(resolution: ${dpr}dppx)`);
    const changed = () => setDpr(window.devicePixelRatio || 1);
    media.addEventListener('change', changed);
    return () => media.removeEventListener('change', changed);
  }, [dpr]);

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { alpha: false });
    if (!canvas || !ctx) return;
    const width = Math.round(page.width * scale);
    const height = Math.round(page.height * scale);
    let boxes: Box[] | undefined;
    if (canvas.width !== width || canvas.height !== height || painted.current.scale !== scale || painted.current.photos !== props.photos) {
      canvas.width = width;
      canvas.height = height;
    } else {
      boxes = damageSince(page, painted.current.revision);
      if (painted.current.revision === page.revision) return;
    }
    const record: DrawnGlyph[] | undefined = window.__kfqRecordDrawing && !boxes ? [] : undefined;
    paintPage({ ctx, scale, outlines, atlas: props.atlas, image: props.image, ...(record ? { record } : {}) }, page.groups, page, boxes);
    if (record) window.__kfqDrawnGlyphs = { ...window.__kfqDrawnGlyphs, [page.label]: record };
    painted.current = { revision: page.revision, scale, photos: props.photos };
    const inputAt = props.takeInputTime(page.label);
    if (inputAt !== undefined) performance.measure('kfq:keystroke-to-paint', { start: inputAt, end: performance.now() });
    if (!performance.getEntriesByName('kfq:first-page-paint').length) performance.mark('kfq:first-page-paint');
  });

  return (
    <div
      className="page-sheet"
      style={{ width: cssWidth, height: cssHeight }}
      data-page-label={page.label}
      onPointerDown={(event) => {
        if (event.target === event.currentTarget) props.onSelectBlock(undefined);
      }}
    >
      <canvas ref={canvasRef} className="page-canvas" data-page-canvas={page.label} style={{ width: cssWidth, height: cssHeight }} />
      {!props.print && props.showGrid && <GridOverlay geometry={props.geometry} zoom={zoom} />}
      {!props.print && (
        <div className="block-layer">
          {page.groups.map((group) => {
            const diagnostics = props.diagnostics.get(group.blockId);
            const selected = props.selectedBlockId === group.blockId;
            return (
              <div
                key={group.blockId}
                className={`block-frame block-kind-${diagnostics?.kind ?? 'other'}${selected ? ' is-selected' : ''}`}
                data-block-id={group.blockId}
                style={{ left: group.x * zoom, top: group.y * zoom, width: group.width * zoom, height: group.height * zoom }}
                onPointerDown={(event) => {
                  event.stopPropagation();
                  props.onSelectBlock(group.blockId);
                }}
                onDoubleClick={() => props.onOpenBlock(group.blockId)}
              >
                {diagnostics && <BlockBadges diagnostics={diagnostics} />}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}

function BlockBadges(props: { diagnostics: BlockDiagnostics }) {
  const badges = blockBadges(props.diagnostics);
  if (badges.length === 0) return null;
  return (
    <div className="block-badges">
      {badges.map((badge) => (
        <span
          key={badge.kind}
          className={`block-badge tone-${badge.tone}`}
          title={badge.explain}
          aria-label={badge.explain}
          {...badge.data}
        >
          {badge.text}
          <span className="badge-tip" role="tooltip">
            {badge.explain}
          </span>
        </span>
      ))}
    </div>
  );
}
