// Finalize one line: turns placed atoms into runs of glyphs (display-list Glyphs) per span.
// Every code unit of the line's atoms lands in exactly one glyph's text, in order. A glyph's x
// is its origin from the line start (indent included; place the run at the line's x); its advance
// is the distance to the next glyph's origin, so x + advance is always the next x, and for the
// last glyph the line end. A mark trimmed on its left has its origin before the space it occupies.
import type { Glyph, FontKey } from '../display/display-list';
import type { Pt } from '../units/units';
import type { Atom, PreparedParagraph, TextSpan } from './atoms';
import { AtomKind } from './atoms';
import type { LinePlacement } from './justify';

export interface TypesetRun {
  fontKey: FontKey;
  size: Pt;
  glyphs: Glyph[];
  text: string;
}

export interface TypesetLine {
  runs: TypesetRun[];
  /** Where the content ends, from the line start (includes the indent); the column width when justified. */
  width: Pt;
  /** The line's source text: the concatenation of its runs' text. */
  text: string;
  /** True when the content was set to exactly the column width. */
  justified: boolean;
  /** True when no legal break fitted, so this line breaks against the rules or overflows. */
  forced: boolean;
}

export function emitLine(
  prepared: PreparedParagraph,
  start: number,
  end: number,
  placement: LinePlacement,
  lineEnd: number,
  justified: boolean,
  forced: boolean,
): TypesetLine {
  const { atoms, spans } = prepared;
  const runs: TypesetRun[] = [];
  let run: TypesetRun | undefined;
  let runSpan = -1;
  let previous: Glyph | undefined;
  let lineText = '';

  const place = (id: number, x: number, text: string) => {
    if (previous !== undefined) previous.advance = (x - previous.x) as Pt;
    const glyph: Glyph = { id, x: x as Pt, advance: 0 as Pt, text };
    (run as TypesetRun).glyphs.push(glyph);
    previous = glyph;
  };

  for (let k = start; k <= end; k++) {
    const atom = atoms[k] as Atom;
    if (atom.span !== runSpan) {
      if (run !== undefined) lineText += run.text;
      const span = spans[atom.span] as TextSpan;
      run = { fontKey: span.fontKey, size: span.size, glyphs: [], text: '' };
      runs.push(run);
      runSpan = atom.span;
    }
    (run as TypesetRun).text += atom.text;
    const x = placement.x[k] as number;
    const glyphs = atom.glyphs;
    if (glyphs === null) {
      place(atom.glyphId, x + (placement.origin[k] as number), atom.text);
    } else if (atom.kind === AtomKind.Latin) {
      let pen = x;
      for (const glyph of glyphs) {
        place(glyph.id, pen, glyph.text);
        pen += glyph.advance * atom.scale;
      }
    } else {
      // Dashes and ellipses: each glyph centred in its share of the atom, no spacing inside.
      const cell = (placement.width[k] as number) / glyphs.length;
      for (let g = 0; g < glyphs.length; g++) {
        const glyph = glyphs[g]!;
        place(glyph.id, x + g * cell + (cell - glyph.advance * atom.scale) / 2, glyph.text);
      }
    }
  }
  if (run !== undefined) lineText += run.text;
  if (previous !== undefined) previous.advance = (lineEnd - previous.x) as Pt;
  return { runs, width: lineEnd as Pt, text: lineText, justified, forced };
}
