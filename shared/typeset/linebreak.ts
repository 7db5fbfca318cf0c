// Line breaking: fills lines of a given width with atoms, first fit. A line takes what fits at
// natural width; where that break is forbidden (禁则) it first pushes the next atoms in by
// compressing punctuation and spacing, and only then pushes characters out to the next line.
// Only legal breaks are taken unless a line has none that fits (then the line is marked forced).
import type { PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';

export interface LineRange {
  /** First and last atom of the line (inclusive). */
  start: number;
  end: number;
  /** True when no legal break fitted, so the line breaks against the rules or overflows. */
  forced: boolean;
}

/** Tolerance for sums of fractional widths. */
const EPSILON = 1e-6;

/**
 * Breaks the prepared paragraph into lines: the first line has `firstWidth` pt, the others `width`.
 * The minimum width of a growing line never decreases, so the scan of a line stops at the first
 * atom that cannot fit even fully compressed: the cost is linear in the paragraph.
 * `tighten` pt lets a line take atoms up to that much past the width at natural width, as long as
 * compression brings it back inside: a paragraph set a little tighter, to lose a line.
 */
export function breakLines(prepared: PreparedParagraph, firstWidth: number, width: number, tighten = 0): LineRange[] {
  const { atoms, breakAfter, gapAfter } = prepared;
  const count = atoms.length;
  const lines: LineRange[] = [];
  let start = 0;
  while (start < count) {
    const limit = (lines.length === 0 ? firstWidth : width) + EPSILON;
    const naturalLimit = limit + tighten;
    let natural = 0;
    let shrink = 0;
    // Spaces count only once something follows them on the line.
    let pendingNatural = 0;
    let pendingShrink = 0;
    let naturalEnd = start - 1;
    let legalAtNatural = -1;
    let pushIn = -1;
    let fitEnd = start - 1;
    for (let k = start; k < count; k++) {
      const atom = atoms[k]!;
      if (atom.kind === AtomKind.Space) {
        pendingNatural += atom.width;
        pendingShrink += atom.shrink;
      } else {
        const gap = k > start ? gapAfter[k - 1]! : 0;
        natural += pendingNatural + gap + atom.width;
        shrink += pendingShrink + gap / 2 + atom.shrink;
        pendingNatural = 0;
        pendingShrink = 0;
      }
      if (natural - shrink > limit) break;
      fitEnd = k;
      const legal = breakAfter[k] === 1;
      if (natural <= naturalLimit) {
        naturalEnd = k;
        if (legal) legalAtNatural = k;
      } else if (legal) {
        // The smallest push-in that reaches a legal break: compress no more than the rules need.
        pushIn = k;
        break;
      }
    }

    let end: number;
    let forced = false;
    if (naturalEnd >= start && legalAtNatural === naturalEnd) end = naturalEnd;
    else if (pushIn >= 0) end = pushIn;
    else if (legalAtNatural >= start) end = legalAtNatural;
    else {
      // No legal break fits: break where the line is full (or overflow with a single atom).
      end = Math.max(fitEnd, start);
      forced = true;
    }
    lines.push({ start, end, forced });
    start = end + 1;
  }
  return lines;
}
