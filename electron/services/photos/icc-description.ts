// The human-readable name of an ICC profile (its 'desc' tag), to show which profile a photo carries.
// Reads ICC v2 'desc' (ASCII) and v4 'mluc' (first record, UTF-16BE); anything else gives null.

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export function iccDescription(icc: Uint8Array | undefined): string | null {
  if (icc === undefined || icc.length < 132) return null;
  const view = new DataView(icc.buffer, icc.byteOffset, icc.byteLength);
  const count = view.getUint32(128);
  for (let index = 0; index < count && 132 + index * 12 + 12 <= icc.length; index++) {
    const entry = 132 + index * 12;
    if (ascii(icc, entry, 4) !== 'desc') continue;
    const at = view.getUint32(entry + 4);
    const size = view.getUint32(entry + 8);
    if (at + size > icc.length || size < 12) return null;
    const type = ascii(icc, at, 4);
    let text = '';
    if (type === 'desc') {
      const length = view.getUint32(at + 8);
      if (at + 12 + length > icc.length) return null;
      text = ascii(icc, at + 12, length);
    } else if (type === 'mluc' && size >= 28) {
      const length = view.getUint32(at + 20);
      const offset = view.getUint32(at + 24);
      if (at + offset + length > icc.length) return null;
      for (let i = 0; i + 1 < length; i += 2) text += String.fromCharCode(view.getUint16(at + offset + i));
    }
    // Printable text only: the name ends up in the interface and the terminal.
    const clean = text.replace(/[^\x20-\x7e\u00a0-\uffff]/g, '').trim();
    return clean === '' ? null : clean.slice(0, 200);
  }
  return null;
}
