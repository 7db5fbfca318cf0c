// Stands in for @noble/ciphers/aes in our Node bundles: pdfkit imports it for encrypted PDFs,
// which we never write, and the module computes its tables when it loads. Loaded on first use.
module.exports = {
  get cbc() {
    return require('@noble/ciphers/aes.js').cbc;
  },
  get ecb() {
    return require('@noble/ciphers/aes.js').ecb;
  },
};
