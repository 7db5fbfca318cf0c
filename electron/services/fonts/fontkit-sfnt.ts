// The table reader (shared/fonts/sfnt-reader) tied to fontkit's font objects: one reader over the
// bytes a font was created from, and fontkit's loca handed to it from that reader.
import type { Font } from 'fontkit';
import { readSfnt, type SfntReader } from '../../../shared/fonts/sfnt-reader';

/** The part of fontkit's font object read here: the bytes it was created from. */
interface FontkitBytes {
  stream: { buffer: Uint8Array };
}

const readers = new WeakMap<Font, SfntReader>();

/** The reader over a fontkit font's own bytes, made once per font object. */
export function sfntOf(font: Font): SfntReader {
  let reader = readers.get(font);
  if (reader === undefined) {
    reader = readSfnt((font as unknown as FontkitBytes).stream.buffer);
    readers.set(font, reader);
  }
  return reader;
}

/**
 * Gives fontkit the loca offsets read here, before anything of fontkit's asks for them: fontkit
 * decodes the table one struct at a time (tens of ms for 65,000 glyphs), and even reading one
 * glyph's advance or bounding box through fontkit makes it decode the whole table.
 */
export function seedFontkitLoca(font: Font): void {
  const tables = (font as unknown as { _tables: Record<string, unknown> })._tables;
  if (tables.loca !== undefined) return;
  const reader = sfntOf(font);
  let offsets: Uint32Array | undefined;
  // Built when fontkit first reads a glyph: layout alone never needs it.
  tables.loca = {
    version: reader.locaVersion,
    get offsets() {
      offsets ??= reader.locaOffsets();
      return offsets;
    },
  };
}
