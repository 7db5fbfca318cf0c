// One page as it prints: a canvas drawn from the page's display list, and above it (unless in
// print view) the grid and the page editor's layer of block frames. Repaints only the areas an
// edit changed; a zoom or a new document repaints the whole page.
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { DisplayItem } from '../../../shared/display/display-list';
import type { PageGeometry } from '../../../shared/layout/geometry';
import type { GlyphAtlas } from './glyph-atlas';
import type { GlyphOutlines } from './glyph-outlines';
import { GridOverlay } from './GridOverlay';
import type { PageModel, TimedInput } from './page-document';
import { paintPage, type Box, type DrawnGlyph } from './page-painter';
import type { ScreenPhoto } from './photo-images';

declare global {
  interface Window {
    /**
     * Testing surface: when a test sets `__kfqRecordDrawing` before the app loads, each full paint
     * of a page leaves the glyphs it drew (in points) in `__kfqDrawnGlyphs[label]`.
     */
    __kfqRecordDrawing?: boolean;
    __kfqDrawnGlyphs?: Record<string, DrawnGlyph[]>;
    /** With `__kfqRecordDrawing`: the text of every glyph run the page's drawing holds, after each paint. */
    __kfqDrawnText?: Record<string, string[]>;
  }
}

interface Props {
  page: PageModel;
  /** CSS pixels per point. */
  zoom: number;
  outlines: GlyphOutlines;
  atlas: GlyphAtlas;
  /** A loaded photo by asset id; `photos` goes up when another has loaded. */
  image: (assetId: string, pixels: number) => ScreenPhoto | undefined;
  photos: number;
  geometry: PageGeometry;
  print: boolean;
  showGrid: boolean;
  /** What is drawn over the page outside print view: the block frames and the selection. */
  children?: ReactNode;
  /** A press on the page outside every block. */
  onBackgroundPointerDown: () => void;
  /** The input time (performance.now()) the current drawing answers, to measure keystroke to paint. */
  takeInputTime: (label: string) => TimedInput | undefined;
}

function runTexts(items: readonly DisplayItem[]): string[] {
  return items.flatMap((item) => (item.type === 'glyphs' ? [item.text] : item.type === 'group' ? runTexts(item.items) : []));
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

  useEffect(() => {
    const canvas = canvasRef.current;
    // A page turned away from gives its pixels back now rather than whenever its element is collected.
    return () => {
      if (canvas) canvas.width = canvas.height = 0;
    };
  }, []);

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
    // Whole-page paints say which photos show their pixels: a gesture on a photo needs them loaded.
    const photosDrawn = boxes ? undefined : new Set<string>();
    paintPage(
      {
        ctx,
        scale,
        outlines,
        atlas: props.atlas,
        image: props.image,
        ...(record ? { record } : {}),
        ...(photosDrawn ? { photosDrawn } : {}),
      },
      page.groups,
      page,
      boxes,
    );
    if (photosDrawn) canvas.dataset.photosDrawn = [...photosDrawn].sort().join(' ');
    if (record) window.__kfqDrawnGlyphs = { ...window.__kfqDrawnGlyphs, [page.label]: record };
    if (window.__kfqRecordDrawing) window.__kfqDrawnText = { ...window.__kfqDrawnText, [page.label]: runTexts(page.groups) };
    painted.current = { revision: page.revision, scale, photos: props.photos };
    const input = props.takeInputTime(page.label);
    if (input) performance.measure(`kfq:${input.kind}-to-paint`, { start: input.time, end: performance.now() });
    if (!performance.getEntriesByName('kfq:first-page-paint').length) performance.mark('kfq:first-page-paint');
  });

  return (
    <div
      className="page-sheet"
      style={{ width: cssWidth, height: cssHeight }}
      data-page-label={page.label}
      onPointerDown={(event) => {
        const target = event.target as HTMLElement;
        if (target === event.currentTarget || target.classList.contains('block-layer')) props.onBackgroundPointerDown();
      }}
    >
      <canvas ref={canvasRef} className="page-canvas" data-page-canvas={page.label} style={{ width: cssWidth, height: cssHeight }} />
      {!props.print && props.showGrid && <GridOverlay geometry={props.geometry} zoom={zoom} />}
      {!props.print && props.children}
    </div>
  );
}
