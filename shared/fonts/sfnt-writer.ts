// Writes a TrueType file from its tables: the directory sorted by tag, every table at a 4-byte
// boundary with its checksum, and head's checkSumAdjustment set, as the OpenType spec asks. Used
// for the faces the app derives from the bundled ones (a face's metrics without its outlines, the
// editor's slices of a face), so that the same table readers and the browser read them as fonts.

const HEAD_CHECKSUM_ADJUSTMENT = 8;

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const whole = bytes.length - (bytes.length % 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 0; at < whole; at += 4) sum = (sum + view.getUint32(at)) >>> 0;
  if (whole < bytes.length) {
    let last = 0;
    for (let at = whole; at < whole + 4; at += 1) last = (last << 8) | (bytes[at] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** A single-face TrueType file holding exactly these tables (their bytes as given, head's adjustment recomputed). */
export function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const headerLength = 12 + 16 * count;
  let size = headerLength;
  for (const tag of tags) size += ((tables.get(tag)?.length ?? 0) + 3) & ~3;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, count)));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, index) => {
    const data = tables.get(tag) ?? new Uint8Array(0);
    out.set(data, offset);
    if (tag === 'head' && data.length >= HEAD_CHECKSUM_ADJUSTMENT + 4) {
      headOffset = offset;
      view.setUint32(offset + HEAD_CHECKSUM_ADJUSTMENT, 0);
    }
    const record = 12 + 16 * index;
    for (let at = 0; at < 4; at += 1) view.setUint8(record + at, tag.charCodeAt(at) & 0xff);
    view.setUint32(record + 4, checksum(out.subarray(offset, offset + data.length)));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + HEAD_CHECKSUM_ADJUSTMENT, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
