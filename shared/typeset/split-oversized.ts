// Emergency measure for Latin words wider than a whole line (long URLs in narrow columns):
// splits such a word between glyphs into pieces that each fit. No legal break joins the pieces,
// so the line breaker splits them only as a forced break, and says so. Text and glyphs are kept
// exactly; a paragraph without such words is returned unchanged.
import type { Atom, PreparedParagraph } from './atoms';
import { AtomKind } from './atoms';
import { charClass } from './char-classes';
import type { ShapedGlyph } from './font-metrics';

const EPSILON = 1e-6;

function piece(source: Atom, glyphs: readonly ShapedGlyph[]): Atom {
  let units = 0;
  let text = '';
  for (const glyph of glyphs) {
    units += glyph.advance;
    text += glyph.text;
  }
  const first = text.codePointAt(0) ?? 0;
  let last = first;
  for (const ch of text) last = ch.codePointAt(0) ?? 0;
  return { ...source, text, glyphs, width: units * source.scale, startClass: charClass(first), endClass: charClass(last) };
}

export function splitOversized(prepared: PreparedParagraph, width: number): PreparedParagraph {
  const { atoms } = prepared;
  if (!atoms.some((atom) => atom.kind === AtomKind.Latin && atom.width > width + EPSILON)) return prepared;

  const nextAtoms: Atom[] = [];
  const breakAfter: number[] = [];
  const gapAfter: number[] = [];
  for (let k = 0; k < atoms.length; k++) {
    const atom = atoms[k] as Atom;
    const glyphs = atom.glyphs;
    if (atom.kind !== AtomKind.Latin || atom.width <= width + EPSILON || glyphs === null || glyphs.length < 2) {
      nextAtoms.push(atom);
      breakAfter.push(prepared.breakAfter[k] as number);
      gapAfter.push(prepared.gapAfter[k] as number);
      continue;
    }
    let from = 0;
    let units = 0;
    const limitUnits = width / atom.scale;
    for (let g = 0; g < glyphs.length; g++) {
      const advance = (glyphs[g] as ShapedGlyph).advance;
      if (g > from && units + advance > limitUnits + EPSILON) {
        nextAtoms.push(piece(atom, glyphs.slice(from, g)));
        breakAfter.push(0);
        gapAfter.push(0);
        from = g;
        units = 0;
      }
      units += advance;
    }
    nextAtoms.push(piece(atom, glyphs.slice(from)));
    breakAfter.push(prepared.breakAfter[k] as number);
    gapAfter.push(prepared.gapAfter[k] as number);
  }
  return {
    spans: prepared.spans,
    atoms: nextAtoms,
    breakAfter: Uint8Array.from(breakAfter),
    gapAfter: Float64Array.from(gapAfter),
    missing: prepared.missing,
  };
}
