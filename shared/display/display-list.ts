// The display list: what layout produces and what every output (page canvas, PDF) draws.
// Positioned items only — nothing here is re-measured or re-shaped by a consumer.
// Coordinates are points from the top-left corner of the trimmed page; y grows downwards.
import type { PhotoCrop } from '../photo/photo-crop';
import type { Pt } from '../units/units';

/** A bundled face: the same font file feeds metrics, canvas and PDF. */
export type FontKey = 'serif-regular' | 'serif-bold' | 'sans-regular' | 'sans-bold';

/** Ink as print needs it: CMYK percentages. Text and rules are K-only unless a style says otherwise. */
export interface Ink {
  c: number;
  m: number;
  y: number;
  k: number;
}

export interface Glyph {
  /** Glyph id in the font. */
  id: number;
  /** Pen position of the glyph's origin, relative to the run's x. */
  x: Pt;
  /** Advance the glyph was given on this line (after compression or expansion). */
  advance: Pt;
  /** The source text this glyph stands for (one or more characters), for copy and search. */
  text: string;
}

export interface GlyphRun {
  type: 'glyphs';
  font: FontKey;
  size: Pt;
  ink: Ink;
  /** Baseline origin of the run. */
  x: Pt;
  y: Pt;
  glyphs: Glyph[];
  /** The run's source text, in order: the concatenation of its glyphs' text. */
  text: string;
}

export interface RuleItem {
  type: 'rule';
  x1: Pt;
  y1: Pt;
  x2: Pt;
  y2: Pt;
  width: Pt;
  ink: Ink;
}

export interface RectItem {
  type: 'rect';
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
  fill: Ink | null;
  stroke: Ink | null;
  strokeWidth: Pt;
}

export interface ImageItem {
  type: 'image';
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
  /** Content-addressed asset file name in the workspace. */
  assetId: string;
  /** The part of the picture shown (shared/photo/photo-crop); absent, it covers the frame centred. */
  crop?: PhotoCrop;
}

/** A group ties items to the block they came from, so the canvas can select and hit-test it. */
export interface GroupItem {
  type: 'group';
  blockId: string;
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
  items: DisplayItem[];
}

export type DisplayItem = GlyphRun | RuleItem | RectItem | ImageItem | GroupItem;

export interface DisplayPage {
  pageId: string;
  label: string;
  width: Pt;
  height: Pt;
  items: DisplayItem[];
}
