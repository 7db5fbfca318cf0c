// Rules of justifying one line (clreq's order): when a line is too long, a closing or pause mark at
// its end gives way first, then Latin spaces, then brackets and pause marks inside; when it is too
// short, each Latin space stretches by at most ¼ em and the gaps between atoms share the rest. A
// line that cannot be compressed enough overflows on the right, whatever its alignment. These
// decide how evenly a column reads and whether anything sticks out past the measure.
import { describe, expect, it } from 'vitest';
import type { PreparedParagraph } from '../../../shared/typeset/atoms';
import type { LineAlign, LinePlacement } from '../../../shared/typeset/justify';
import { justifyLine } from '../../../shared/typeset/justify';
import { prepareParagraph } from '../../../shared/typeset/prepare';
import { EM } from './checks';
import { bodySpan } from './synthetic-font';

interface Placed {
  out: LinePlacement;
  end: number;
  justified: boolean;
  /** Index of the first atom with this text (from `from`). */
  at(text: string, from?: number): number;
}

/** Justifies the whole of `text` as one line of `available` pt starting at `lineStart`. */
function place(text: string, available: number, align: LineAlign = 'justify', lineStart = 0): Placed {
  const paragraph: PreparedParagraph = prepareParagraph([bodySpan(text, EM)], 'gb');
  const count = paragraph.atoms.length;
  const out: LinePlacement = {
    x: new Float64Array(count),
    width: new Float64Array(count),
    origin: new Float64Array(count),
    gap: new Float64Array(count),
  };
  const line = justifyLine(paragraph, 0, count - 1, lineStart, available, align, out);
  const at = (atomText: string, from = 0) => paragraph.atoms.findIndex((atom, index) => index >= from && atom.text === atomText);
  return { out, end: line.end, justified: line.justified, at };
}

describe('compressing a line that is too long', () => {
  it('takes from a closing or pause mark at the line end before a Latin space', () => {
    // A B， is 2.5 em; in 2.4 em the comma at the end gives the 0.1 em, the space keeps its ½ em.
    const line = place('A B，', 2.4 * EM);
    expect(line.justified).toBe(true);
    expect(line.out.width[line.at('，')]).toBeCloseTo(0.9 * EM, 6);
    expect(line.out.width[line.at(' ')]).toBeCloseTo(0.5 * EM, 6);
  });

  it('treats an opening bracket left at the line end as a bracket, not as line-end punctuation', () => {
    // Only a forced break leaves （ at a line end; its blank is on the left, inside the line, so the
    // Latin space gives way first, as it would anywhere in the line.
    const line = place('A B（', 2.4 * EM);
    expect(line.justified).toBe(true);
    expect(line.out.width[line.at(' ')]).toBeCloseTo(0.4 * EM, 6);
    expect(line.out.width[line.at('（')]).toBeCloseTo(EM, 6);
  });

  it('lets a line that cannot be compressed enough overflow on the right, even when set to the end', () => {
    // Four ideographs have nothing to give: in 3 em they run 1 em past the measure.
    for (const align of ['end', 'start', 'justify'] as const) {
      const line = place('一二三四', 3 * EM, align, 5);
      expect(line.out.x[0], align).toBeCloseTo(5, 6);
      expect(line.end, align).toBeCloseTo(5 + 4 * EM, 6);
      expect(line.justified, align).toBe(false);
    }
  });

  it('sets an end-aligned line that compresses to fit flush at both edges', () => {
    const line = place('一二三，', 3.75 * EM, 'end', 5);
    expect(line.out.x[0]).toBeCloseTo(5, 6);
    expect(line.end).toBeCloseTo(5 + 3.75 * EM, 6);
    expect(line.justified).toBe(true);
  });
});

describe('spreading a line that is too short', () => {
  it('stretches a Latin space by no more than ¼ em and spreads the rest between the atoms', () => {
    // ab cd is 2.5 em; in 3 em the space takes ¼ em and the two gaps beside it ⅛ em each.
    const line = place('ab cd', 3 * EM);
    const space = line.at(' ');
    expect(line.out.width[space]).toBeCloseTo(0.75 * EM, 6);
    expect(line.out.x[space]).toBeCloseTo(1.125 * EM, 6);
    expect(line.out.x[line.at('cd')]).toBeCloseTo(2 * EM, 6);
    expect(line.end).toBeCloseTo(3 * EM, 6);
  });

  it('gives all of a small surplus to the Latin spaces, leaving the other gaps as they are', () => {
    const line = place('ab cd', 2.6 * EM);
    const space = line.at(' ');
    expect(line.out.x[space]).toBeCloseTo(EM, 6);
    expect(line.out.width[space]).toBeCloseTo(0.6 * EM, 6);
    expect(line.out.x[line.at('cd')]).toBeCloseTo(1.6 * EM, 6);
  });
});
