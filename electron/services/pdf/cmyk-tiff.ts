// Raw CMYK samples wrapped as an uncompressed TIFF, the one way to hand sharp pixels that are
// already CMYK: its raw input always means RGB(A), which it would convert again.

const TYPE_SHORT = 3;
const TYPE_LONG = 4;

/** A little-endian baseline TIFF: one strip, 8-bit interleaved CMYK (Photometric = separated, InkSet = CMYK). */
export function cmykTiff(width: number, height: number, samples: Uint8Array): Buffer {
  const tags: Array<[tag: number, type: number, count: number, value: number | 'bits' | 'strip']> = [
    [256, TYPE_LONG, 1, width],
    [257, TYPE_LONG, 1, height],
    [258, TYPE_SHORT, 4, 'bits'],
    [259, TYPE_SHORT, 1, 1],
    [262, TYPE_SHORT, 1, 5],
    [273, TYPE_LONG, 1, 'strip'],
    [277, TYPE_SHORT, 1, 4],
    [278, TYPE_LONG, 1, height],
    [279, TYPE_LONG, 1, samples.length],
    [284, TYPE_SHORT, 1, 1],
    [332, TYPE_SHORT, 1, 1],
  ];
  const ifdAt = 8;
  const bitsAt = ifdAt + 2 + tags.length * 12 + 4;
  const stripAt = bitsAt + 8;
  const head = Buffer.alloc(stripAt);
  head.write('II', 0, 'latin1');
  head.writeUInt16LE(42, 2);
  head.writeUInt32LE(ifdAt, 4);
  head.writeUInt16LE(tags.length, ifdAt);
  tags.forEach(([tag, type, count, value], index) => {
    const at = ifdAt + 2 + index * 12;
    const resolved = value === 'bits' ? bitsAt : value === 'strip' ? stripAt : value;
    head.writeUInt16LE(tag, at);
    head.writeUInt16LE(type, at + 2);
    head.writeUInt32LE(count, at + 4);
    if (type === TYPE_SHORT && count === 1) head.writeUInt16LE(resolved, at + 8);
    else head.writeUInt32LE(resolved, at + 8);
  });
  for (let plate = 0; plate < 4; plate++) head.writeUInt16LE(8, bitsAt + plate * 2);
  return Buffer.concat([head, samples]);
}
