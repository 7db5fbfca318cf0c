// What kind of character each code point is, as the line breaker and the Han–Latin spacing see it:
// ideographs outside the Basic Multilingual Plane are still Han (rare surnames and place names
// are set from Ext. B), letters and digits get Han–Latin spacing while marks and symbols do not,
// and the signs that belong to a number (80%, 25℃) count as part of it.
import { describe, expect, it } from 'vitest';
import { CHAR_CLASS_COUNT, CharClass, charClass, isLatinAlnum, isLatinWordClass, isUnitSign } from '../../../shared/typeset/char-classes';

const cp = (ch: string): number => ch.codePointAt(0) ?? -1;

describe('characters outside the Basic Multilingual Plane', () => {
  it('are Han in the supplementary ideographic planes (Ext. B to Ext. H), from their first code point to their last', () => {
    for (const codePoint of [0x20000, cp('𠮷'), cp('𪚥'), 0x2a6df, 0x30000, 0x3ffff]) {
      expect(charClass(codePoint), codePoint.toString(16)).toBe(CharClass.Han);
    }
  });

  it('are wide symbols elsewhere: emoji, the first astral code point, and the planes around the ideographs', () => {
    for (const codePoint of [0x10000, 0x1f600, 0x1ffff, 0x40000, 0xe0100, 0x10ffff]) {
      expect(charClass(codePoint), codePoint.toString(16)).toBe(CharClass.Wide);
    }
  });
});

describe('letters and digits (Han–Latin spacing applies to them)', () => {
  it('are the ASCII digits and letters, edges included', () => {
    for (const ch of '0189AMZamz') expect(isLatinAlnum(cp(ch)), ch).toBe(true);
  });

  it('are not the ASCII marks on either side of those ranges', () => {
    for (const ch of ' !%+,-./:;@[`{~') expect(isLatinAlnum(cp(ch)), ch).toBe(false);
  });

  it('include accented and other Latin letters beyond ASCII', () => {
    for (const ch of 'éüßÅøœĳ') expect(isLatinAlnum(cp(ch)), ch).toBe(true);
  });

  it('exclude the no-break space, the multiplication and the division sign, and every Chinese character or mark', () => {
    for (const ch of '\u00a0×÷中。，（”０Ａ') expect(isLatinAlnum(cp(ch)), ch).toBe(false);
  });
});

describe('signs that end a number as part of it', () => {
  it('are the percent and per-mille signs, degrees and the temperature units', () => {
    for (const ch of '%‰‱℃℉°') expect(isUnitSign(cp(ch)), ch).toBe(true);
  });

  it('are not other marks, letters, digits or the full-width percent sign (which is a Chinese character)', () => {
    for (const ch of '$#+5mK％￥′') expect(isUnitSign(cp(ch)), ch).toBe(false);
  });
});

describe('classes that may join a Latin word', () => {
  it('are Latin characters, Latin brackets and closing marks, and the ASCII slash; no other class', () => {
    const joining = new Set<number>([CharClass.Latin, CharClass.LatinOpen, CharClass.LatinClose, CharClass.Slash]);
    for (let cls = 0; cls < CHAR_CLASS_COUNT; cls += 1) {
      expect(isLatinWordClass(cls as CharClass), `class ${cls}`).toBe(joining.has(cls));
    }
  });
});
