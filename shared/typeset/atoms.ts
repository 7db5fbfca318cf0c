// The prepared form of a paragraph: atoms (the unbreakable units of a line) with their widths,
// shrinkable amounts and the break opportunities and Han–Latin spacing between them. Types only.
import type { FontKey } from '../display/display-list';
import type { Pt } from '../units/units';
import type { CharClass } from './char-classes';
import type { FontMetrics, ShapedGlyph } from './font-metrics';

/** A run of paragraph text in one face and size (e.g. a bold sans dateline before serif body text). */
export interface TextSpan {
  text: string;
  font: FontMetrics;
  fontKey: FontKey;
  size: Pt;
  /** A name or credit (■ 张三摄, a signature) that no line break may cut while it fits on a line. */
  keep?: boolean;
}

export const AtomKind = {
  /** One ideograph or wide symbol: a single glyph, 1 em. */
  Han: 0,
  /** One full-width quote, bracket or pause/stop mark: 1 em with a compressible blank half. */
  Punct: 1,
  /** A Latin word or number, shaped as a whole and never broken inside. */
  Latin: 2,
  /** A breaking space; it takes no width at the end of a line. */
  Space: 3,
  /** Dashes and ellipses: each character takes one em cell, —— and …… stay one 2-em atom. */
  Cells: 4,
  /** A mark set on a fixed ½ em: interpuncts and the solidus, glyph centred. */
  Fixed: 5,
  /** A single character set at its own advance (a stray ASCII bracket, comma…). */
  Narrow: 6,
} as const;
export type AtomKind = (typeof AtomKind)[keyof typeof AtomKind];

/** Justification shrinks in clreq's order; lower ranks give way first. */
export const ShrinkRank = {
  LineEnd: 0,
  LatinSpace: 1,
  Interpunct: 2,
  Bracket: 3,
  Comma: 4,
  HanLatin: 5,
  Stop: 6,
  None: 7,
} as const;
export type ShrinkRank = (typeof ShrinkRank)[keyof typeof ShrinkRank];
export const SHRINK_RANK_COUNT = 7;

export interface Atom {
  kind: AtomKind;
  /** Class of the first and of the last character, for break rules and spacing. */
  startClass: CharClass;
  endClass: CharClass;
  /** Index of the span the atom comes from (its face and size). */
  span: number;
  /** Type size in pt. */
  em: number;
  /** pt per font unit. */
  scale: number;
  /** The source text, exactly. */
  text: string;
  /** Natural width in pt after pair compression. */
  width: number;
  /** pt already removed from the left by pair compression: the glyph origin sits that far before the atom. */
  trimStart: number;
  /** pt that justification may still remove; taken from the left for opening marks, else the right. */
  shrink: number;
  shrinkRank: ShrinkRank;
  /** The glyph of single-glyph atoms (0 when missing), and its natural advance in pt. */
  glyphId: number;
  glyphAdvance: number;
  /** Glyphs of Latin and Cells atoms; null for single-glyph atoms. */
  glyphs: readonly ShapedGlyph[] | null;
}

export interface PreparedParagraph {
  spans: readonly TextSpan[];
  atoms: Atom[];
  /** breakAfter[i] = 1 when a line may end after atom i (the rule table's verdict). */
  breakAfter: Uint8Array;
  /** Natural Han–Latin spacing in pt between atom i and i+1 (0 for none); it shrinks to half. */
  gapAfter: Float64Array;
  /** Characters the faces lack, each once, in order of appearance. */
  missing: string[];
}
