// Prepare, stage two: punctuation compression (标点挤压) between adjacent full-width marks, so
// that 。” or ）、 or ，“ take 1.5 em. Decided before line breaking because it moves the breaks.
// Only widths and trims change; the text, the glyphs and the break opportunities stay as they are.
import type { Atom, PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';
import { CharClass } from './char-classes';

function blankOnRight(atom: Atom): boolean {
  const cls = atom.startClass;
  return cls === CharClass.Close || cls === CharClass.Comma || cls === CharClass.Stop;
}

export function compressPunctuation(prepared: PreparedParagraph): void {
  const atoms = prepared.atoms;
  for (let k = 0; k + 1 < atoms.length; k++) {
    const left = atoms[k] as Atom;
    const right = atoms[k + 1] as Atom;
    if (left.kind !== AtomKind.Punct || right.kind !== AtomKind.Punct) continue;
    if (blankOnRight(left)) {
      // A closing or pause mark gives up its blank right half to whatever mark follows (。” ）、 ，“).
      const half = left.em / 2;
      left.width -= half;
      left.shrink = 0;
    } else if (right.startClass === CharClass.Open) {
      // Two opening marks (（“): the second gives up its blank left half.
      const half = right.em / 2;
      right.width -= half;
      right.trimStart = half;
      right.shrink = 0;
    }
    // An opening mark followed by a closing one (“”) has no blank between them to remove.
  }
}
