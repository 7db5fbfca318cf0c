// What counts as a character and as white space, once for the whole workstation: the importer
// splits on it, the layout counts what did not fit with it, the editor counts 字数 with it.

/** The characters of JavaScript's `\s`, which are also the ones String.prototype.trim removes. */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters (code points) that are not white space, counted without making a string of each. */
export function countVisibleChars(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    // The low half of a surrogate pair belongs to the character its high half began.
    if (code >= 0xdc00 && code <= 0xdfff && at > 0) {
      const before = text.charCodeAt(at - 1);
      if (before >= 0xd800 && before <= 0xdbff) continue;
    }
    if (!isWhitespaceCode(code)) count += 1;
  }
  return count;
}
