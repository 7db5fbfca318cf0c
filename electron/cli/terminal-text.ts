// What kfq prints is text from files it did not write: headlines, file names, messages quoting
// them. A control character in it would reach the terminal as a command (ESC [ … moves the cursor,
// ESC ] … sets the title or writes the clipboard, a C1 CSI does the same in one byte, a bidi
// override reorders what is shown). Every line is printed with such characters made visible.

// C0 controls but tab and line feed, DEL and the C1 controls, bidi embeddings, overrides and
// isolates, the line and paragraph separators, and lone surrogate halves.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- control characters are what is matched
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return '\ufffd';
  // \xHH for C0, where JSON never has them raw (it escapes them itself); \uHHHH otherwise, which
  // JSON reads as the same character, so printed JSON stays valid and means the same.
  return code < 0x20 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with every character that could steer a terminal shown as an escape (\x1b, \u009b) or U+FFFD. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, visible);
}
