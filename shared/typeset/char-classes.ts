// Character classes for Chinese line breaking and spacing (clreq, GB/T 15834), by code point.
// A pure table lookup: the class of a character never depends on its neighbours.

/** Classes as small integers so the break rules and the segmenter can index tables with them. */
export const CharClass = {
  /** Ideographs, kana, hangul, full-width letters and digits: 1 em, breakable on both sides. */
  Han: 0,
  /** Other wide symbols and the ideographic space: 1 em, breakable, no Han–Latin spacing. */
  Wide: 1,
  /** Full-width opening quotes and brackets “‘（《〈【〖〔［｛: blank left half, never at line end. */
  Open: 2,
  /** Full-width closing quotes and brackets ”’）》〉】〗〕］｝: blank right half, never at line start. */
  Close: 3,
  /** Pause marks 、，；：: blank right half, never at line start. */
  Comma: 4,
  /** Stops 。？！．: blank right half, never at line start. */
  Stop: 5,
  /** Interpuncts · ・ ‧: fixed ½ em, never at line start. */
  Middle: 6,
  /** Full-width solidus ／ (and a standalone /): fixed ½ em, never at line end. */
  Solidus: 7,
  /** Wave connectors ～ 〜: 1 em, never at line start. */
  Tilde: 8,
  /** Em dash and two-em dash — ⸺: paired into 2 em, never split. */
  Dash: 9,
  /** Ellipsis … ⋯: paired into 2 em, never split. */
  Ellipsis: 10,
  /** Latin letters, digits and the symbols that live inside Latin words. */
  Latin: 11,
  /** ASCII ( [ {: part of a Latin word, or a narrow mark never at line end. */
  LatinOpen: 12,
  /** ASCII ) ] } , . ; : ! ? %, ‰ ℃ ° and ‼: part of a Latin word, or a narrow mark never at line start. */
  LatinClose: 13,
  /** ASCII /: inside a Latin word (200MW/400MWh) or, standing alone, a solidus. */
  Slash: 14,
  /** Breaking spaces; a line may end after them, never start with them. */
  Space: 15,
  /** Full-width postfix signs ％ ￠ ‰: 1 em, never at line start. */
  Postfix: 16,
  /** Full-width prefix signs ￥ ＄ ￡: 1 em, never at line end. */
  Prefix: 17,
} as const;
export type CharClass = (typeof CharClass)[keyof typeof CharClass];

export const CHAR_CLASS_COUNT = 18;

// One byte per BMP code point: a lookup is an array read, cheaper than any branch chain.
const BMP = new Uint8Array(0x10000);

function fill(from: number, to: number, cls: CharClass): void {
  BMP.fill(cls, from, to + 1);
}

function each(chars: string, cls: CharClass): void {
  for (const ch of chars) BMP[ch.codePointAt(0) ?? 0] = cls;
}

function buildTable(): void {
  // Everything below the CJK blocks behaves like Latin text unless listed; everything above like a wide symbol.
  fill(0x0000, 0x2e7f, CharClass.Latin);
  fill(0x2e80, 0xffff, CharClass.Wide);
  fill(0x2e80, 0x2fdf, CharClass.Han); // radicals
  fill(0x3005, 0x3007, CharClass.Han); // 々 〆 〇
  fill(0x3021, 0x3029, CharClass.Han); // Suzhou numerals
  fill(0x3038, 0x303c, CharClass.Han);
  fill(0x3041, 0x30ff, CharClass.Han); // kana
  fill(0x3100, 0x31bf, CharClass.Han); // bopomofo, hangul jamo
  fill(0x31f0, 0x31ff, CharClass.Han);
  fill(0x3400, 0x4dbf, CharClass.Han);
  fill(0x4e00, 0x9fff, CharClass.Han);
  fill(0xa960, 0xa97f, CharClass.Han);
  fill(0xac00, 0xd7af, CharClass.Han);
  fill(0xf900, 0xfaff, CharClass.Han);
  fill(0xff10, 0xff19, CharClass.Han); // full-width digits
  fill(0xff21, 0xff3a, CharClass.Han); // full-width capitals
  fill(0xff41, 0xff5a, CharClass.Han); // full-width small letters

  // Surrogates never reach the table (code points are decoded first); keep them wide anyway.
  fill(0xd800, 0xdfff, CharClass.Wide);

  each('“‘（《〈【〖〔［｛「『〘〚｟', CharClass.Open);
  each('”’）》〉】〗〕］｝」』〙〛｠', CharClass.Close);
  each('、，；：', CharClass.Comma);
  each('。？！．｡', CharClass.Stop);
  each('·・‧･', CharClass.Middle);
  each('／', CharClass.Solidus);
  each('～〜', CharClass.Tilde);
  each('—⸺⸻', CharClass.Dash);
  each('…⋯', CharClass.Ellipsis);
  each('([{', CharClass.LatinOpen);
  each(')]},.;:!?%', CharClass.LatinClose);
  // Doubled stops and the signs that follow a number (3‰, 25℃, 90°, 5′30″) never start a line.
  each('‼⁇⁈⁉‰‱℃℉°′″', CharClass.LatinClose);
  each('/', CharClass.Slash);
  each('％￠‰', CharClass.Postfix);
  each('￥＄￡', CharClass.Prefix);

  each(' \t\n\r\v\f\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u200b\u205f', CharClass.Space);
  // U+3000 is a full-width blank: it keeps the character grid, so it is a wide character, not a Latin space.
  BMP[0x3000] = CharClass.Wide;
}
buildTable();

export function charClass(codePoint: number): CharClass {
  if (codePoint < 0x10000) return BMP[codePoint] as CharClass;
  // Supplementary ideographs (Ext. B and later) are Han; other astral characters (emoji…) are wide symbols.
  if (codePoint >= 0x20000 && codePoint <= 0x3ffff) return CharClass.Han;
  return CharClass.Wide;
}

/** Letters and digits get Han–Latin spacing; a Latin word starting or ending with punctuation does not. */
export function isLatinAlnum(codePoint: number): boolean {
  if (codePoint < 0x80) {
    return (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  }
  return charClass(codePoint) === CharClass.Latin && codePoint !== 0xa0 && codePoint !== 0xd7 && codePoint !== 0xf7;
}

/**
 * Signs that end a number as part of it (80%, 3‰, 25℃, 90°): the number and its sign are one
 * unit, and Han–Latin spacing follows the sign as it would follow the digit ("80% 以上").
 */
export function isUnitSign(codePoint: number): boolean {
  return (
    codePoint === 0x25 || codePoint === 0x2030 || codePoint === 0x2031 || codePoint === 0x2103 || codePoint === 0x2109 || codePoint === 0xb0
  );
}

/** Characters that may join a Latin word. */
export function isLatinWordClass(cls: CharClass): boolean {
  return cls === CharClass.Latin || cls === CharClass.LatinOpen || cls === CharClass.LatinClose || cls === CharClass.Slash;
}
