// Messages between the page view and its layout worker. The worker holds the fonts and a
// long-lived LayoutCache; it answers each change with only what changed since its last answer:
// the groups (one per block) that are new by identity, each as a patch on the block's group sent
// before where lines are shared, the outlines of glyphs not sent before, and the diagnostics that
// changed.
import type { FontKey, GroupItem } from '../../../shared/display/display-list';
import type { BlockDiagnostics } from '../../../shared/layout/diagnostics';
import type { LayoutSources } from '../../../shared/ipc/contract';
import type { Article } from '../../../shared/model/article';
import type { Issue } from '../../../shared/model/issue';
import type { FaceUrls } from './font-urls';
import type { GroupPatch } from './group-patch';

export type { LayoutSources };

export type WorkerRequest =
  /** Loads the faces' metrics; sent once, when the window starts, so they are ready before a page is opened. */
  | { type: 'fonts'; fontUrls: Record<FontKey, FaceUrls> }
  /**
   * An issue the user is likely to open next (the one on screen in 期次与版面): laid out into the
   * cache, and its glyph records fetched, while nobody waits. Only `prepared` is answered.
   */
  | { type: 'prepare'; sources: LayoutSources }
  /** Starts (or restarts) a document: everything is laid out and sent afresh. */
  | { type: 'open'; seq: number; sources: LayoutSources; focus?: string }
  /** The page the user looks at: after an open, its drawing is sent before the others'. */
  | { type: 'focus'; label: string }
  /** One article's content changed (an edit in the split view, a save, an arrival). */
  | { type: 'article'; seq: number; article: Article }
  /** The issue changed (pages, blocks, names). */
  | { type: 'issue'; seq: number; issue: Issue };

export interface PageUpdate {
  pageId: string;
  label: string;
  width: number;
  height: number;
  /** Block ids of the page's groups in drawing order. */
  order: string[];
  /**
   * Groups that changed since the last answer (all of them after `open`); a patch names the
   * unchanged lines of the group last sent for its block, wherever that block was.
   */
  groups: Array<GroupItem | GroupPatch>;
}

export interface GlyphOutline {
  font: FontKey;
  id: number;
  /** SVG path data in font units, y up; "" for a glyph without ink. */
  d: string;
  /** The outline's bounds in font units (xMin, yMin, xMax, yMax), y up. */
  bbox: [number, number, number, number];
}

export interface LayoutAnswer {
  type: 'layout';
  seq: number;
  /** True after `open`: the receiver drops what it had. */
  fresh: boolean;
  pages: PageUpdate[];
  /** Diagnostics that changed since the last answer (all of them after `open`). */
  diagnostics: BlockDiagnostics[];
  /** Every block with diagnostics, in the layout's order: those not in `diagnostics` are as before. */
  diagnosticBlocks: string[];
  outlines: GlyphOutline[];
  unitsPerEm: Record<FontKey, number>;
  /** Milliseconds the layout itself took, and how many chains were composed afresh. */
  layoutMs: number;
  composedChains: number;
}

export interface LayoutFailure {
  type: 'error';
  seq: number;
  message: string;
}

export interface FontsReady {
  type: 'fonts-ready';
  ms: number;
}

/** A `prepare` is done: the issue's chains are in the cache and its glyph records fetched. */
export interface Prepared {
  type: 'prepared';
  ms: number;
}

export type WorkerAnswer = LayoutAnswer | LayoutFailure | FontsReady | Prepared;
