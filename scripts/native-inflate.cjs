// Stands in for tiny-inflate (a DEFLATE decoder in JavaScript) in our Node bundles: fontkit and
// unicode-properties inflate their Unicode tables with it when they load, which took about 20 ms
// of every command's start-up; Node's own zlib does the same in well under one.
const { inflateRawSync } = require('node:zlib');

/**
 * tiny-inflate's contract: raw DEFLATE `source` into `dest`, which is returned when the data fills
 * it, else a copy of the part filled (with a buffer of its own: callers view `.buffer` whole).
 */
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source, { maxOutputLength: Math.max(1, dest.length) });
  if (out.length === dest.length) {
    dest.set(out);
    return dest;
  }
  return Uint8Array.prototype.slice.call(out);
};
