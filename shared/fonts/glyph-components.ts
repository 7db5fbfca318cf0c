// The glyphs a composite TrueType glyph places: a subset or a partial copy of a face must carry
// them with it. Reads are bounded, so a malformed record yields what it can, never an error.

// Composite glyph flags (glyf).
const ARGS_ARE_WORDS = 0x0001;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_XY_SCALE = 0x0040;
const HAVE_2X2 = 0x0080;
/** More components than any real glyph has: a guard against garbage. */
const MAX_COMPONENTS = 1000;

/** Byte offsets of the glyph index of each component of a composite record (none for a simple glyph). */
export function componentIdOffsets(record: Uint8Array): number[] {
  if (record.length < 10) return [];
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  if (view.getInt16(0) >= 0) return [];
  const offsets: number[] = [];
  for (let at = 10; at + 4 <= record.length && offsets.length < MAX_COMPONENTS;) {
    const flags = view.getUint16(at);
    offsets.push(at + 2);
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    at += flags & HAVE_SCALE ? 2 : flags & HAVE_XY_SCALE ? 4 : flags & HAVE_2X2 ? 8 : 0;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return offsets;
}

/** The glyph ids a composite record places (none for a simple glyph). */
export function componentIds(record: Uint8Array): number[] {
  const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
  return componentIdOffsets(record).map((at) => view.getUint16(at));
}
