// Reads back where a PDF puts each glyph, through pdf.js's operator list: the text matrix, the
// font size and each glyph's width and TJ adjustment, exactly as a viewer advances its pen.
// Points from the page's top-left corner, y down (the writer's user space with no bleed).
export interface PdfGlyph {
  text: string;
  x: number;
  y: number;
  size: number;
}

interface PdfjsGlyph {
  unicode: string;
  width: number;
  isSpace?: boolean;
}

export async function pdfGlyphPositions(bytes: Uint8Array): Promise<PdfGlyph[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const { OPS } = pdfjs;
  const pages: PdfGlyph[][] = [];
  try {
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const list = await page.getOperatorList();
      const glyphs: PdfGlyph[] = [];
      let size = 0;
      let matrix: ArrayLike<number> = [1, 0, 0, 1, 0, 0];
      list.fnArray.forEach((fn, index) => {
        const args = list.argsArray[index] as unknown[];
        if (fn === OPS.setFont) size = Number(args[1]);
        // pdf.js hands the matrix over as one typed array.
        else if (fn === OPS.setTextMatrix) matrix = (typeof args[0] === 'object' ? args[0] : args) as ArrayLike<number>;
        else if (fn === OPS.showText) {
          let pen = 0;
          for (const glyph of args[0] as Array<PdfjsGlyph | number | null>) {
            if (glyph === null) continue;
            if (typeof glyph === 'number') {
              pen -= (glyph * size) / 1000;
              continue;
            }
            // The text matrix is [1 0 0 -1 x y] in the writer's y-down space: x runs along the line.
            glyphs.push({ text: glyph.unicode, x: matrix[4]! + pen * matrix[0]!, y: matrix[5]!, size: Math.abs(size * matrix[3]!) });
            pen += (glyph.width * size) / 1000;
          }
        }
      });
      pages.push(glyphs);
    }
  } finally {
    await document.destroy();
  }
  return pages;
}
