// Zoom of the page view. 100 % is the page at its real size on a 96-dpi screen (a point is 4/3
// CSS pixels), as in every layout program; fit page and fit width follow the window.

export type ZoomMode = { kind: 'fit-page' } | { kind: 'fit-width' } | { kind: 'percent'; percent: number };

/** CSS pixels per point at 100 %. */
export const PX_PER_PT = 96 / 72;
export const ZOOM_STEPS = [10, 12.5, 17, 25, 33, 50, 67, 75, 100, 125, 150, 200, 300, 400] as const;
const MIN_PERCENT = 5;
const MAX_PERCENT = 800;

/** Room kept around the pages (pasteboard) in CSS pixels, on each side. */
export const PASTEBOARD = 32;

export interface ViewSize {
  width: number;
  height: number;
}

/**
 * The zoom as CSS pixels per point, for pages of `content` points shown in a viewport of `view`
 * pixels, of which `chrome` pixels each way go to what surrounds the pages (rulers, pasteboard).
 */
export function resolveZoom(mode: ZoomMode, content: ViewSize, view: ViewSize, chrome: number = 2 * PASTEBOARD): number {
  const room = { width: Math.max(100, view.width - chrome), height: Math.max(100, view.height - chrome) };
  switch (mode.kind) {
    case 'fit-page':
      return Math.min(room.width / content.width, room.height / content.height);
    case 'fit-width':
      return room.width / content.width;
    case 'percent':
      return (mode.percent / 100) * PX_PER_PT;
  }
}

export function percentOf(zoom: number): number {
  return (zoom / PX_PER_PT) * 100;
}

export function clampPercent(percent: number): number {
  return Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, percent));
}

/** The next zoom step in or out from the current percentage. */
export function stepZoom(percent: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > percent + 0.01) ?? clampPercent(percent * 1.25);
  return [...ZOOM_STEPS].reverse().find((step) => step < percent - 0.01) ?? clampPercent(percent / 1.25);
}

export function formatPercent(percent: number): string {
  return `${percent >= 100 ? Math.round(percent) : Math.round(percent * 10) / 10} %`;
}
