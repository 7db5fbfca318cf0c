// Where the trimmed page sits on the PDF page: media size, the trim origin, and the page boxes
// (MediaBox/CropBox/BleedBox/TrimBox, PDF's bottom-up coordinates) a printer's RIP reads.
import type { DisplayPage } from '../../../shared/display/display-list';
import { mm, mmToPt } from '../../../shared/units/units';

/** Room outside the bleed for crop marks (they end at most MIN_MARK_OFFSET_MM + MARK_LENGTH_MM from the trim). */
const SLUG_MM = 10;
/** Crop marks never start closer to the trim than this, so the cut cannot catch them (with no bleed too). */
export const MIN_MARK_OFFSET_MM = 3;
export const MARK_LENGTH_MM = 6;

export type PdfBox = [number, number, number, number];

export interface PageGeometry {
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Distance from the media box's edges to the trim, on every side. */
  margin: number;
  mediaWidth: number;
  mediaHeight: number;
  mediaBox: PdfBox;
  bleedBox: PdfBox;
  trimBox: PdfBox;
}

export function pageGeometry(page: DisplayPage, bleedMm: number, cropMarks: boolean): PageGeometry {
  if (!Number.isFinite(bleedMm) || bleedMm < 0) throw new RangeError(`bleed must be a non-negative length, got ${bleedMm}`);
  const trimWidth = page.width as number;
  const trimHeight = page.height as number;
  const bleed = mmToPt(mm(bleedMm)) as number;
  const margin = bleed + (cropMarks ? (mmToPt(mm(SLUG_MM)) as number) : 0);
  const mediaWidth = trimWidth + 2 * margin;
  const mediaHeight = trimHeight + 2 * margin;
  return {
    trimWidth,
    trimHeight,
    bleed,
    margin,
    mediaWidth,
    mediaHeight,
    mediaBox: [0, 0, mediaWidth, mediaHeight],
    bleedBox: [margin - bleed, margin - bleed, margin + trimWidth + bleed, margin + trimHeight + bleed],
    trimBox: [margin, margin, margin + trimWidth, margin + trimHeight],
  };
}
