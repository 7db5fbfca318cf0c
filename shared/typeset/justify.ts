// Justification of one line in clreq's order: shrink first line-end punctuation, then Latin
// spaces, interpuncts, brackets, ，、；：, Han–Latin spacing and 。？！; expand Latin spaces, then
// every gap between atoms alike except the Han–Latin spacing, which stays at its ¼ em (the desk
// sets it fixed: a stretched one reads as a hole, "水平  3.4  个"). Never spaces inside an atom (a
// Latin word, —— or ……). Writes positions into the caller's buffers; the prepared paragraph is not changed.
import type { PreparedParagraph } from './atoms';
import { AtomKind, SHRINK_RANK_COUNT, ShrinkRank } from './atoms';
import { CharClass } from './char-classes';

export type LineAlign = 'justify' | 'start' | 'end';

/** Per-atom results, indexed like the prepared atoms; only the line's range is written. */
export interface LinePlacement {
  /** Left edge of the space the atom occupies, in pt from the line start. */
  x: Float64Array;
  /** Width the atom occupies on this line. */
  width: Float64Array;
  /** Glyph origin relative to x (negative for an opening mark trimmed on its left). */
  origin: Float64Array;
  /** Spacing after the atom on this line. */
  gap: Float64Array;
}

export interface JustifiedLine {
  /** Where the line's content ends, in pt from the line start. */
  end: number;
  /** True when the content reaches exactly the available width. */
  justified: boolean;
}

const EPSILON = 1e-6;
/** Expansion limit per Latin space before the gaps between characters share the rest. */
const SPACE_STRETCH_EM = 0.25;

// Scratch per call, kept at module level so a line costs no allocation; justifyLine is synchronous.
const caps = new Float64Array(SHRINK_RANK_COUNT);
const ratios = new Float64Array(SHRINK_RANK_COUNT);

function isLineEndMark(kind: number, cls: number): boolean {
  return kind === AtomKind.Punct && cls !== CharClass.Open;
}

export function justifyLine(
  prepared: PreparedParagraph,
  start: number,
  end: number,
  lineStart: number,
  available: number,
  align: LineAlign,
  out: LinePlacement,
): JustifiedLine {
  const { atoms, gapAfter } = prepared;
  let last = end;
  while (last > start && atoms[last]!.kind === AtomKind.Space) last--;
  const lastAtom = atoms[last]!;
  const lineEndRank = isLineEndMark(lastAtom.kind, lastAtom.startClass);

  let natural = 0;
  for (let k = start; k <= last; k++) {
    const atom = atoms[k]!;
    out.width[k] = atom.width;
    out.origin[k] = atom.kind === AtomKind.Fixed || atom.kind === AtomKind.Narrow ? (atom.width - atom.glyphAdvance) / 2 : -atom.trimStart;
    const gap = k < last ? gapAfter[k]! : 0;
    out.gap[k] = gap;
    natural += atom.width + gap;
  }

  let used = natural;
  if (natural > available + EPSILON) {
    caps.fill(0);
    for (let k = start; k <= last; k++) {
      const atom = atoms[k]!;
      const rank = k === last && lineEndRank ? ShrinkRank.LineEnd : atom.shrinkRank;
      if (rank < SHRINK_RANK_COUNT) caps[rank]! += atom.shrink;
      if (k < last) caps[ShrinkRank.HanLatin]! += out.gap[k]! / 2;
    }
    let deficit = natural - available;
    for (let rank = 0; rank < SHRINK_RANK_COUNT; rank++) {
      const cap = caps[rank]!;
      const ratio = cap <= 0 || deficit <= 0 ? 0 : Math.min(1, deficit / cap);
      ratios[rank] = ratio;
      deficit -= cap * ratio;
    }
    for (let k = start; k <= last; k++) {
      const atom = atoms[k]!;
      const rank = k === last && lineEndRank ? ShrinkRank.LineEnd : atom.shrinkRank;
      if (rank < SHRINK_RANK_COUNT && atom.shrink > 0) {
        const cut = atom.shrink * ratios[rank]!;
        out.width[k]! -= cut;
        // An opening mark loses its blank left half: the glyph moves left with it.
        if (atom.startClass === CharClass.Open) out.origin[k]! -= cut;
      }
      if (k < last) out.gap[k]! -= (out.gap[k]! / 2) * ratios[ShrinkRank.HanLatin]!;
    }
    used = available + Math.max(0, deficit);
  } else if (natural < available - EPSILON && align === 'justify') {
    let surplus = available - natural;
    let spaceCap = 0;
    // Boundaries that take a share of the rest: not the Han–Latin spacing, unless nothing else can.
    let plain = 0;
    for (let k = start; k < last; k++) {
      const atom = atoms[k]!;
      if (atom.kind === AtomKind.Space) spaceCap += atom.em * SPACE_STRETCH_EM;
      if (out.gap[k]! === 0) plain++;
    }
    const spaceRatio = spaceCap > 0 ? Math.min(1, surplus / spaceCap) : 0;
    surplus -= spaceCap * spaceRatio;
    const boundaries = last - start;
    const sharing = plain > 0 ? plain : boundaries;
    const share = sharing > 0 ? surplus / sharing : 0;
    for (let k = start; k < last; k++) {
      const atom = atoms[k]!;
      if (atom.kind === AtomKind.Space) out.width[k]! += atom.em * SPACE_STRETCH_EM * spaceRatio;
      if (plain === 0 || out.gap[k]! === 0) out.gap[k]! += share;
    }
    used = boundaries > 0 ? available : available - surplus;
  }

  let x = lineStart + (align === 'end' && used < available ? available - used : 0);
  for (let k = start; k <= last; k++) {
    out.x[k] = x;
    x += out.width[k]! + (k < last ? out.gap[k]! : 0);
  }
  // Spaces at the line end hang at the edge with no width.
  for (let k = last + 1; k <= end; k++) {
    out.x[k] = x;
    out.width[k] = 0;
    out.origin[k] = 0;
    out.gap[k] = 0;
  }
  return { end: x, justified: Math.abs(x - lineStart - available) <= 0.001 };
}
