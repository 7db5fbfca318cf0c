// Stands in for brotli's decoder in our bundles: fontkit needs it only to open WOFF2 files, and the
// bundled faces are TrueType. Building its dictionary at start-up costs tens of milliseconds.
module.exports = function decompressWoff2() {
  throw new Error('WOFF2 fonts are not supported; use the bundled TrueType faces.');
};
