// The page view's zoom: a mode (fit page, fit width or a percentage) resolved against the window,
// Ctrl + wheel at the pointer, and every zoom change keeping the same point of the page in place
// (under the pointer, or at the middle of the window for the buttons and keys).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { clampPercent, PASTEBOARD, percentOf, resolveZoom, stepZoom, type ViewSize, type ZoomMode } from './zoom';

interface Anchor {
  /** The point of the pages (pt) to keep in place, and where in the window it was. */
  x: number;
  y: number;
  clientX: number;
  clientY: number;
  zoom: number;
}

export interface PageZoom {
  zoom: number;
  /**
   * Pasteboard left and right of the pages in CSS pixels: PASTEBOARD, or more so pages narrower
   * than the window sit in its middle (a page at fit-page zoom is centred, not pushed left).
   */
  insetX: number;
  percent: number;
  mode: ZoomMode;
  setMode: (mode: ZoomMode) => void;
  step: (direction: 1 | -1) => void;
}

/**
 * `content`: the pages in points. `origin`: where they start inside the scrolled content, and
 * `chrome`: the pixels around them each way (rulers, pasteboard), both in CSS pixels.
 */
export function usePageZoom(scrollRef: RefObject<HTMLElement | null>, content: ViewSize, origin: number, chrome: number): PageZoom {
  const [mode, setModeState] = useState<ZoomMode>({ kind: 'fit-page' });
  const [view, setView] = useState<ViewSize>({ width: 800, height: 600 });
  const anchor = useRef<Anchor | undefined>(undefined);
  const zoom = resolveZoom(mode, content, view, chrome);
  // What lies left of the pages besides the pasteboard (the vertical ruler), then the centring inset.
  const fixedLeft = origin - PASTEBOARD;
  const insetAt = useCallback(
    (at: number) => Math.max(PASTEBOARD, Math.floor((view.width - fixedLeft - content.width * at) / 2)),
    [content.width, fixedLeft, view.width],
  );
  const insetX = insetAt(zoom);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setView({ width: element.clientWidth, height: element.clientHeight }));
    observer.observe(element);
    return () => observer.disconnect();
  }, [scrollRef]);

  const anchorAt = useCallback(
    (clientX?: number, clientY?: number) => {
      const element = scrollRef.current;
      if (!element) return;
      const rect = element.getBoundingClientRect();
      const atX = clientX ?? rect.left + rect.width / 2;
      const atY = clientY ?? rect.top + rect.height / 2;
      anchor.current = {
        x: (element.scrollLeft + atX - rect.left - fixedLeft - insetAt(zoom)) / zoom,
        y: (element.scrollTop + atY - rect.top - origin) / zoom,
        clientX: atX,
        clientY: atY,
        zoom,
      };
    },
    [fixedLeft, insetAt, origin, scrollRef, zoom],
  );

  // After the zoom changed, scroll so the anchored point of the page is where it was.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    const pending = anchor.current;
    if (!element || !pending || pending.zoom === zoom) return;
    anchor.current = undefined;
    const rect = element.getBoundingClientRect();
    element.scrollLeft = pending.x * zoom + fixedLeft + insetAt(zoom) - (pending.clientX - rect.left);
    element.scrollTop = pending.y * zoom + origin - (pending.clientY - rect.top);
  }, [fixedLeft, insetAt, origin, scrollRef, zoom]);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      anchorAt(event.clientX, event.clientY);
      setModeState({ kind: 'percent', percent: clampPercent(percentOf(zoom) * Math.exp(-event.deltaY / 500)) });
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [anchorAt, scrollRef, zoom]);

  const setMode = useCallback(
    (next: ZoomMode) => {
      anchorAt();
      setModeState(next);
    },
    [anchorAt],
  );
  const step = useCallback(
    (direction: 1 | -1) => setMode({ kind: 'percent', percent: stepZoom(percentOf(zoom), direction) }),
    [setMode, zoom],
  );
  return { zoom, insetX, percent: percentOf(zoom), mode, setMode, step };
}
