// The pdfkit internals the writer relies on (checked against pdfkit 0.20): object references, the
// page dictionary and resources, and the embedded-font object that subsets and writes ToUnicode.
// pdfkit's public text API would re-shape text, so the writer drives these directly; they live
// here alone so that a pdfkit upgrade is checked in one file.
import type { Font } from 'fontkit';
import { loadGlyphOutlines } from '../fonts/font-file';
import { seedFontkitLoca, sfntOf } from '../fonts/fontkit-sfnt';
import PDFDocument from 'pdfkit';

/** An indirect object: `data` is its dictionary; `end` writes it (with an optional stream). */
export interface PdfRef {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array | string): void;
}

/** fontkit's subset builder: glyph ids of the font → consecutive ids of the subset (the CIDs). */
interface PdfkitSubset {
  includeGlyph(glyphId: number): number;
  readonly glyphs: readonly number[];
}

/** pdfkit's EmbeddedFont: a Type 0 / CIDFontType2 font with Identity-H encoding and CIDToGIDMap Identity. */
export interface PdfkitEmbeddedFont {
  /** Only drives the subset tag in `embed()` (characters 1–6, each shifted by 17): see font-resources. */
  id: string;
  readonly font: Font;
  readonly subset: PdfkitSubset;
  /** Per CID: advance in 1/1000 em, written as the /W array. */
  readonly widths: number[];
  /** Per CID: the code points the ToUnicode map gives for it. */
  readonly unicode: number[][];
  /** 1000 / unitsPerEm. */
  readonly scale: number;
  /** The font dictionary; asking for it is what makes pdfkit embed the font at the end. */
  ref(): PdfRef;
}

interface PdfkitPage {
  dictionary: PdfRef;
  readonly fonts: Record<string, PdfRef>;
  readonly xobjects: Record<string, PdfRef>;
  readonly ext_gstates: Record<string, PdfRef>;
}

export interface PdfkitDocument {
  readonly page: PdfkitPage;
  readonly info: Record<string, unknown>;
  readonly _root: PdfRef;
  _font: PdfkitEmbeddedFont | null;
  ref(data?: object): PdfRef;
  font(src: Font): unknown;
  addPage(options: { size: [number, number]; margin: number }): unknown;
  addContent(data: string): unknown;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  end(): void;
}

export interface DocumentSetup {
  creationDate: Date;
  title: string;
  subject?: string;
  creator?: string;
}

/**
 * A document with no default font (pdfkit would otherwise load Helvetica) and no automatic page.
 * PDF 1.3 is PDF/X-1a:2001's base version; nothing the writer uses needs more.
 */
export function createDocument(setup: DocumentSetup): PdfkitDocument {
  const info: Record<string, unknown> = {
    Title: setup.title,
    Creator: setup.creator ?? 'PDFKit',
    CreationDate: setup.creationDate,
    ModDate: setup.creationDate,
  };
  if (setup.subject !== undefined) info.Subject = setup.subject;
  // pdfkit derives the file /ID from the info dictionary only, so a fixed date gives a fixed ID.
  const options = { pdfVersion: '1.3', autoFirstPage: false, font: null, compress: true, info };
  return new PDFDocument(options as unknown as PDFKit.PDFDocumentOptions) as unknown as PdfkitDocument;
}

/** pdfkit's embedded-font object over an already parsed fontkit font (no second parse). */
export function embeddedFont(doc: PdfkitDocument, font: Font): PdfkitEmbeddedFont {
  doc.font(font);
  const embedded = doc._font;
  if (embedded === null || typeof embedded.subset?.includeGlyph !== 'function') throw new Error('pdfkit did not embed the font');
  copyGlyphsWithoutDecoding(embedded.subset as unknown as FontkitSubset);
  return embedded;
}

/** fontkit's TrueType subset, as far as the faster glyph copy below uses it. */
interface FontkitSubset {
  font: Omit<Font, 'getGlyph'> & {
    unitsPerEm: number;
    _variationProcessor?: unknown;
    getGlyph(id: number): { _decode(): { components: Array<{ glyphID: number; pos: number }> } | null };
  };
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  includeGlyph(glyphId: number): number;
  _addGlyph?: (glyphId: number) => number;
  [PATCHED]?: true;
}

const PATCHED = Symbol('copiesGlyphsWithoutDecoding');

/**
 * fontkit's subsetter decodes every glyph's outline twice (to learn whether it is composite and to
 * work out metrics) although it copies the glyph's bytes unchanged. This copies the bytes, reads
 * numberOfContours from them, decodes composites only (their component ids must be remapped) and
 * takes metrics from hmtx: the same subset, several times faster for a CJK page's thousands of glyphs.
 */
function copyGlyphsWithoutDecoding(subset: FontkitSubset): void {
  if (subset[PATCHED] || subset.font._variationProcessor || typeof subset._addGlyph !== 'function') return;
  subset[PATCHED] = true;
  const reader = sfntOf(subset.font as unknown as Font);
  seedFontkitLoca(subset.font as unknown as Font);
  subset._addGlyph = function addGlyph(this: FontkitSubset, glyphId: number): number {
    const { font } = this;
    // Nearly always read already, in one batch with the rest of the subset (DocumentFonts.finish).
    loadGlyphOutlines(font as unknown as Font, [glyphId]);
    let bytes = reader.glyphBytes(glyphId);
    const contours = bytes.length >= 2 ? (((bytes[0]! << 8) | bytes[1]!) << 16) >> 16 : 0;
    if (contours < 0) {
      bytes = new Uint8Array(bytes);
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (const component of font.getGlyph(glyphId)._decode()?.components ?? []) {
        view.setUint16(component.pos, this.includeGlyph(component.glyphID));
      }
    }
    this.glyf.push(bytes);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: reader.advance(glyphId), bearing: reader.bearing(glyphId) });
    this.offset += bytes.length;
    return this.glyf.length - 1;
  };
}

/** A PDF name as a value of pdfkit's info dictionary, which otherwise turns strings into text strings. */
export function pdfName(name: string): object {
  // pdfkit writes an object it does not recognise through its string form.
  return {
    [Symbol.toStringTag]: 'PdfName',
    toString: () => `/${name}`,
  };
}

/** A PDF text string: pdfkit writes plain strings as names and String objects as strings. */
export function pdfString(text: string): object {
  return new String(text);
}
