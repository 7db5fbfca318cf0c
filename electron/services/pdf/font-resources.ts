// The faces of one PDF: each FontKey embedded once as a subset (pdfkit's EmbeddedFont over the
// already parsed fontkit font), glyphs added as the layout set them, the ToUnicode entry of each
// glyph taken from its source text, and a subset tag derived from the glyph set (never random).
import { createHash } from 'node:crypto';
import type { Font } from 'fontkit';
import type { FontKey, Glyph } from '../../../shared/display/display-list';
import type { PdfkitDocument, PdfkitEmbeddedFont } from './pdfkit-internals';
import { loadGlyphOutlines } from '../fonts/font-file';
import { sfntOf } from '../fonts/fontkit-sfnt';
import { embeddedFont } from './pdfkit-internals';

export type FontSource = (key: FontKey) => { data: Buffer; font: Font };

export interface PdfFont {
  /** Resource name in the pages' /Font dictionaries. */
  readonly name: string;
  readonly embedded: PdfkitEmbeddedFont;
}

export interface EncodedGlyph {
  /** The 2-byte CID as hex, for Identity-H. */
  hex: string;
  /** The advance the PDF viewer applies after the glyph, in 1/1000 em (the /W entry). */
  width: number;
  /** False when the ToUnicode entry of this CID gives other text (same glyph, other character). */
  mapsToText: boolean;
}

function codePoints(text: string): number[] {
  return Array.from(text, (ch) => ch.codePointAt(0) ?? 0xfffd);
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** The encodings of one glyph id, one per source text it was set for (nearly always one). */
interface KnownEncoding {
  readonly text: string;
  readonly result: EncodedGlyph;
  readonly next: KnownEncoding | undefined;
}

export class DocumentFonts {
  private readonly byKey = new Map<FontKey, PdfFont>();
  private readonly byEmbedded = new Map<PdfkitEmbeddedFont, PdfFont>();
  /** Encodings already worked out, per font and glyph id, one per text: a page repeats most glyphs. */
  private readonly encoded = new Map<PdfFont, Map<number, KnownEncoding>>();

  constructor(
    private readonly doc: PdfkitDocument,
    private readonly source: FontSource,
  ) {}

  /** The face's PDF font, listed in the current page's resources. */
  font(key: FontKey): PdfFont {
    let found = this.byKey.get(key);
    if (found === undefined) {
      // pdfkit hands back the same object for an equal font, so two keys on one file share a subset.
      const embedded = embeddedFont(this.doc, this.source(key).font);
      found = this.byEmbedded.get(embedded);
      if (found === undefined) {
        found = { name: `F${this.byEmbedded.size + 1}`, embedded };
        this.byEmbedded.set(embedded, found);
      }
      this.byKey.set(key, found);
    }
    // Listed in the resources of every page that uses it; pdfkit embeds it once, at the end.
    this.doc.page.fonts[found.name] = found.embedded.ref();
    return found;
  }

  /** Adds the glyph to the subset with its real advance and, the first time, its text for ToUnicode. */
  encode(font: PdfFont, glyph: Glyph): EncodedGlyph {
    let known = this.encoded.get(font);
    if (known === undefined) {
      known = new Map();
      this.encoded.set(font, known);
    }
    const first = known.get(glyph.id);
    for (let entry = first; entry !== undefined; entry = entry.next) {
      if (entry.text === glyph.text) return entry.result;
    }
    const result = this.encodeFirst(font, glyph);
    known.set(glyph.id, { text: glyph.text, result, next: first });
    return result;
  }

  private encodeFirst(font: PdfFont, glyph: Glyph): EncodedGlyph {
    const { embedded } = font;
    const reader = sfntOf(embedded.font);
    const valid = Number.isInteger(glyph.id) && glyph.id >= 0 && glyph.id < reader.numGlyphs;
    const glyphId = valid ? glyph.id : 0;
    const cid = embedded.subset.includeGlyph(glyphId);
    const text = codePoints(glyph.text);
    if (embedded.widths[cid] == null) embedded.widths[cid] = reader.advance(glyphId) * embedded.scale;
    if (embedded.unicode[cid] == null) embedded.unicode[cid] = text.length > 0 ? text : [0xfffd];
    return {
      hex: cid.toString(16).padStart(4, '0'),
      width: embedded.widths[cid] ?? 0,
      mapsToText: sameCodePoints(embedded.unicode[cid] ?? [], text),
    };
  }

  /**
   * Reads the outlines each subset needs, then gives every subset a tag from its face and glyph
   * set before pdfkit embeds it: the same pages give the same tags, and different subsets of one
   * face get different ones.
   */
  finish(): void {
    for (const { embedded } of this.byEmbedded.values()) {
      // The outlines of the whole subset in as few reads as possible, before pdfkit copies them.
      loadGlyphOutlines(embedded.font, embedded.subset.glyphs);
      const digest = createHash('sha256').update(embedded.font.postscriptName).update(Uint32Array.from(embedded.subset.glyphs)).digest();
      // pdfkit's tag is id characters 1–6 each moved up by 17; '0' + n becomes 'A' + n.
      const letters = Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(48 + (byte % 26)));
      embedded.id = `T${letters.join('')}`;
    }
  }
}
