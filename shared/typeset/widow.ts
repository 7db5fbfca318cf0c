// Avoids a paragraph's last line holding a single character (孤字, also with its closing
// punctuation): pulls characters down from the line above to the nearest legal break.
// Changes only where the last two lines divide; every break it takes is a legal one.
import type { Atom, PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';
import { CharClass } from './char-classes';
import type { LineRange } from './linebreak';
import { lineExtent } from './measure';

const EPSILON = 1e-6;

/** Characters on the line that count for a widow: closing marks and spaces ride along. */
function countedCharacters(atoms: readonly Atom[], start: number, end: number): number {
  let count = 0;
  for (let k = start; k <= end; k++) {
    const atom = atoms[k] as Atom;
    if (atom.kind === AtomKind.Space) continue;
    if (atom.kind === AtomKind.Punct && atom.startClass !== CharClass.Open) continue;
    if (atom.kind === AtomKind.Narrow && atom.startClass === CharClass.LatinClose) continue;
    for (const _ of atom.text) count++;
    if (count > 1) return count;
  }
  return count;
}

export function avoidWidow(prepared: PreparedParagraph, lines: LineRange[], width: number): void {
  if (lines.length < 2) return;
  const last = lines[lines.length - 1] as LineRange;
  const above = lines[lines.length - 2] as LineRange;
  if (above.forced || last.forced) return;
  if (countedCharacters(prepared.atoms, last.start, last.end) !== 1) return;
  for (let k = above.end - 1; k >= above.start; k--) {
    if (prepared.breakAfter[k] !== 1) continue;
    // The last line must still fit; the line above may get short, justification respaces it.
    if (lineExtent(prepared, k + 1, last.end).minimum > width + EPSILON) return;
    above.end = k;
    last.start = k + 1;
    return;
  }
}
