// A glyph run as PDF text: the layout's glyph ids at the layout's x positions, never re-shaped.
// One TJ array per run; a number before a glyph moves the pen from where the font's own advance
// left it to the glyph's laid-out origin, so the PDF matches the display list to 1/1000 of a point.
import type { GlyphRun } from '../../../shared/display/display-list';
import type { DocumentFonts } from './font-resources';
import type { PageContent } from './page-content';
import { num } from './page-content';

/** A PDF text string in UTF-16BE with a byte-order mark, as hex. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** Writes the run; returns the font resource name it used, or undefined when there was nothing to draw. */
export function writeGlyphRun(content: PageContent, fonts: DocumentFonts, run: GlyphRun): string | undefined {
  const size = run.size as number;
  if (run.glyphs.length === 0 || !(size > 0)) return undefined;
  const font = fonts.font(run.font);
  content.fill(run.ink);
  content.overprintFor(run.ink);

  // The page's user space is y-down; the text matrix flips text space back upright.
  const ops = ['BT', `/${font.name} ${num(size)} Tf`, `1 0 0 -1 ${num(run.x)} ${num(run.y)} Tm`];
  let array: string[] = [];
  let codes = '';
  const endCodes = () => {
    if (codes !== '') array.push(`<${codes}>`);
    codes = '';
  };
  const endArray = () => {
    endCodes();
    if (array.length > 0) ops.push(`[${array.join('')}] TJ`);
    array = [];
  };

  // Where the viewer's pen is, in pt from the run's origin, computed from what is written.
  let pen = 0;
  for (const glyph of run.glyphs) {
    const encoded = fonts.encode(font, glyph);
    const adjust = Math.round((((pen - glyph.x) * 1000) / size) * 1000) / 1000;
    if (adjust !== 0) {
      endCodes();
      array.push(num(adjust));
      pen -= (adjust * size) / 1000;
    }
    if (encoded.mapsToText) {
      codes += encoded.hex;
    } else {
      // The glyph's CID already maps to other text (a glyph shared by two characters, or .notdef
      // for a missing one): ActualText carries this occurrence's own text to copy and search.
      endArray();
      ops.push(`/Span <</ActualText ${utf16Hex(glyph.text)}>> BDC`, `[<${encoded.hex}>] TJ`, 'EMC');
    }
    pen += (encoded.width * size) / 1000;
  }
  endArray();
  ops.push('ET');
  content.write(ops.join('\n'));
  return font.name;
}
