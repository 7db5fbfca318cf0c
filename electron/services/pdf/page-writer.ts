// One display page → one PDF page: page boxes in the page dictionary, then the items in
// display-list order (trim coordinates, y down), clipped to the bleed, then the crop marks.
import type { DisplayItem, DisplayPage } from '../../../shared/display/display-list';
import { writeCropMarks } from './crop-marks';
import type { DocumentFonts } from './font-resources';
import { writeGlyphRun } from './glyph-run';
import type { DocumentImages } from './image-items';
import { num, PageContent } from './page-content';
import type { PageGeometry } from './page-geometry';
import type { PdfkitDocument } from './pdfkit-internals';
import type { SharedGraphicsStates } from './print-conditions';
import { writeRect, writeRule } from './vector-items';

export interface DocumentParts {
  doc: PdfkitDocument;
  fonts: DocumentFonts;
  images: DocumentImages;
  graphicsStates: SharedGraphicsStates;
}

async function writeItems(parts: DocumentParts, content: PageContent, items: readonly DisplayItem[]): Promise<void> {
  for (const item of items) {
    if (item.type === 'glyphs') writeGlyphRun(content, parts.fonts, item);
    else if (item.type === 'rule') writeRule(content, item);
    else if (item.type === 'rect') writeRect(content, item);
    else if (item.type === 'image') await parts.images.write(content, item);
    // A group only ties items to their block; its items are in page coordinates already.
    else if (item.type === 'group') await writeItems(parts, content, item.items);
  }
}

export async function writePage(parts: DocumentParts, page: DisplayPage, geometry: PageGeometry, cropMarks: boolean): Promise<void> {
  const { doc } = parts;
  doc.addPage({ size: [geometry.mediaWidth, geometry.mediaHeight], margin: 0 });
  const dictionary = doc.page.dictionary.data;
  // pdfkit writes /UserUnit (PDF 1.6) on every page; PDF/X-1a:2001 is PDF 1.3.
  delete dictionary.UserUnit;
  dictionary.MediaBox = geometry.mediaBox;
  dictionary.CropBox = geometry.mediaBox;
  dictionary.BleedBox = geometry.bleedBox;
  dictionary.TrimBox = geometry.trimBox;

  const content = new PageContent();
  const origin = `1 0 0 1 ${num(geometry.margin)} ${num(geometry.margin)} cm`;
  const { bleed, trimWidth, trimHeight } = geometry;
  content.write('q');
  content.write(origin);
  // Whatever reaches past the bleed is cut off anyway; clipping keeps the slug and marks clean.
  content.write(`${num(-bleed)} ${num(-bleed)} ${num(trimWidth + 2 * bleed)} ${num(trimHeight + 2 * bleed)} re W n`);
  await writeItems(parts, content, page.items);
  content.write('Q');
  if (cropMarks) {
    content.isolated(() => {
      content.write(origin);
      writeCropMarks(content, geometry);
    });
  }
  for (const name of content.usedGraphicsStates) {
    const state = parts.graphicsStates[name];
    if (state !== undefined) doc.page.ext_gstates[name] = state;
  }
  doc.addContent(content.toString());
}
