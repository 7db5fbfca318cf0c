// Prepare, stage two: punctuation compression (标点挤压) between adjacent full-width marks, so
// that 。” or ）、 or ，“ take 1.5 em; or, in display type, every such mark set half-width (半角),
// as desks set headlines: at 36 pt a full-width colon before a quote leaves a visible hole.
// Decided before line breaking because it moves the breaks. Only widths and trims change; the
// text, the glyphs and the break opportunities stay as they are.
import type { Atom, PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';
import { CharClass } from './char-classes';

function blankOnRight(atom: Atom): boolean {
  const cls = atom.startClass;
  return cls === CharClass.Close || cls === CharClass.Comma || cls === CharClass.Stop;
}

/** 'full': marks keep their full em except where two meet; 'half': every mark drops its blank half. */
export type PunctuationWidth = 'full' | 'half';

function halfWidth(atom: Atom): void {
  const half = atom.em / 2;
  if (blankOnRight(atom)) atom.width -= half;
  else if (atom.startClass === CharClass.Open) {
    atom.width -= half;
    atom.trimStart = half;
  } else return;
  atom.shrink = 0;
}

export function compressPunctuation(prepared: PreparedParagraph, width: PunctuationWidth = 'full'): void {
  const atoms = prepared.atoms;
  if (width === 'half') {
    for (const atom of atoms) if (atom.kind === AtomKind.Punct) halfWidth(atom);
    return;
  }
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
