// What the writer needs from a JPEG's markers without decoding it: size, sample depth, number of
// components, whether an Adobe marker is present (inverted CMYK), and the EXIF orientation.

export interface JpegHeader {
  width: number;
  height: number;
  bitsPerComponent: number;
  components: number;
  /** An APP14 "Adobe" marker: its CMYK samples are stored inverted. */
  adobe: boolean;
  /** EXIF orientation 1–8; 1 when absent. */
  orientation: number;
}

// Start-of-frame markers (baseline, extended, progressive, lossless; Huffman and arithmetic).
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** The orientation tag (0x0112) of IFD0 in an APP1 Exif segment's TIFF data. */
function exifOrientation(view: DataView, tiff: number, end: number): number {
  if (tiff + 8 > end) return 1;
  const little = view.getUint16(tiff) === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) break;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

export function readJpegHeader(bytes: Uint8Array): JpegHeader | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let adobe = false;
  let orientation = 1;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = view.getUint16(at + 2);
    const body = at + 4;
    const end = Math.min(at + 2 + length, bytes.length);
    if (marker === 0xee && ascii(bytes, body, 5) === 'Adobe') adobe = true;
    if (marker === 0xe1 && ascii(bytes, body, 6) === 'Exif\0\0') orientation = exifOrientation(view, body + 6, end);
    if (START_OF_FRAME.has(marker)) {
      if (body + 6 > bytes.length) return undefined;
      return {
        bitsPerComponent: bytes[body] as number,
        height: view.getUint16(body + 1),
        width: view.getUint16(body + 3),
        components: bytes[body + 5] as number,
        adobe,
        orientation,
      };
    }
    if (marker === 0xda || marker === 0xd9) return undefined; // scan data before any frame header
    at += 2 + length;
  }
  return undefined;
}
