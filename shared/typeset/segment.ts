// Prepare, stage one: paragraph text → atoms, break opportunities and Han–Latin spacing.
// Keeps the source text exactly (every code unit lands in one atom's text, in order); measures
// only through FontMetrics and reports characters a face lacks instead of substituting.
import type { Atom, AtomKind, PreparedParagraph, TextSpan } from './atoms';
import { AtomKind as Kind, ShrinkRank } from './atoms';
import type { LineBreaking } from './break-rules';
import { breakRules, canBreakBetween } from './break-rules';
import type { CharClass } from './char-classes';
import { CharClass as Cls, charClass, isLatinAlnum, isLatinWordClass, isUnitSign } from './char-classes';
import type { FontMetrics, ShapedGlyph } from './font-metrics';

/** Han–Latin spacing, as a fraction of the em. */
const HAN_LATIN_SPACE = 0.25;
/** How much of a Latin space justification may remove. */
const SPACE_SHRINK = 1 / 3;

// Flags per atom for deciding Han–Latin spacing once all atoms exist.
const STARTS_IDEOGRAPH = 1;
const ENDS_IDEOGRAPH = 2;
const STARTS_ALNUM = 4;
const ENDS_ALNUM = 8;
const ENDS_DIGIT = 16;
const UNIT_WORD = 32;
/** A unit after a number and a space (200 MW, 5 km, 25 ℃) is at most this long. */
const UNIT_MAX_LENGTH = 4;

function isDigit(cp: number): boolean {
  return cp >= 0x30 && cp <= 0x39;
}

/** A short word of letters and unit signs only, the kind that names a unit after a number. */
function isUnitWord(word: string): boolean {
  if (word.length > UNIT_MAX_LENGTH) return false;
  for (const ch of word) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isUnitSign(cp) && (isDigit(cp) || !isLatinAlnum(cp))) return false;
  }
  return true;
}

function isInvisibleMark(cp: number): boolean {
  // Variation selectors and joiners belong to the character before them and have no width.
  return (
    (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef) || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff
  );
}

function atom(kind: AtomKind, cls: CharClass, span: number, em: number, scale: number, text: string, width: number): Atom {
  return {
    kind,
    startClass: cls,
    endClass: cls,
    span,
    em,
    scale,
    text,
    width,
    trimStart: 0,
    shrink: 0,
    shrinkRank: ShrinkRank.None,
    glyphId: 0,
    glyphAdvance: width,
    glyphs: null,
  };
}

export function segmentParagraph(spans: readonly TextSpan[], level: LineBreaking, hanLatinSpacing = true): PreparedParagraph {
  const atoms: Atom[] = [];
  const flags: number[] = [];
  const missing = new Set<string>();

  const lookup = (font: FontMetrics, cp: number, text: string) => {
    const glyph = font.glyph(cp);
    if (glyph === undefined) missing.add(text);
    return glyph;
  };

  for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
    const span = spans[spanIndex] as TextSpan;
    const { text, font } = span;
    const em = span.size as number;
    const scale = em / font.unitsPerEm;
    const spanStart = atoms.length;
    let i = 0;
    while (i < text.length) {
      const cp = text.codePointAt(i) as number;
      const size = cp > 0xffff ? 2 : 1;
      const cls = charClass(cp);

      if (isInvisibleMark(cp) && atoms.length > spanStart) {
        appendInvisible(atoms[atoms.length - 1] as Atom, text.slice(i, i + size));
        i += size;
        continue;
      }

      if (isLatinWordClass(cls)) {
        let end = i + size;
        let last = cp;
        while (end < text.length) {
          const next = text.codePointAt(end) as number;
          if (!isLatinWordClass(charClass(next)) && !isInvisibleMark(next)) break;
          last = next;
          end += next > 0xffff ? 2 : 1;
        }
        const word = text.slice(i, end);
        if (end === i + size && !isLatinAlnum(cp)) {
          // A lone ASCII mark between Chinese characters: a solidus gets its fixed ½ em, others their own advance.
          if (cls === Cls.Slash) {
            const a = atom(Kind.Fixed, cls, spanIndex, em, scale, word, em / 2);
            const glyph = lookup(font, cp, word);
            a.glyphId = glyph?.id ?? 0;
            a.glyphAdvance = glyph === undefined ? em / 2 : glyph.advance * scale;
            atoms.push(a);
          } else {
            const glyph = lookup(font, cp, word);
            const width = glyph === undefined ? em / 2 : glyph.advance * scale;
            const a = atom(Kind.Narrow, cls, spanIndex, em, scale, word, width);
            a.glyphId = glyph?.id ?? 0;
            atoms.push(a);
          }
          flags.push(0);
        } else {
          const glyphs = font.shapeLatin(word);
          let units = 0;
          for (const glyph of glyphs) {
            units += glyph.advance;
            if (glyph.id === 0) missing.add(glyph.text);
          }
          const a = atom(Kind.Latin, cls, spanIndex, em, scale, word, units * scale);
          a.endClass = charClass(last);
          a.glyphs = glyphs;
          atoms.push(a);
          flags.push(
            (isLatinAlnum(cp) ? STARTS_ALNUM : 0) |
              (isLatinAlnum(last) || isUnitSign(last) ? ENDS_ALNUM : 0) |
              (isDigit(last) ? ENDS_DIGIT : 0) |
              (isUnitWord(word) ? UNIT_WORD : 0),
          );
        }
        i = end;
        continue;
      }

      const ch = size === 1 ? text.charAt(i) : text.slice(i, i + 2);
      switch (cls) {
        case Cls.Open:
        case Cls.Close:
        case Cls.Comma:
        case Cls.Stop: {
          // Full-width marks sit on the em grid whatever the face's advance; half of the em is blank.
          const a = atom(Kind.Punct, cls, spanIndex, em, scale, ch, em);
          const glyph = lookup(font, cp, ch);
          a.glyphId = glyph?.id ?? 0;
          a.glyphAdvance = em;
          a.shrink = em / 2;
          a.shrinkRank = cls === Cls.Comma ? ShrinkRank.Comma : cls === Cls.Stop ? ShrinkRank.Stop : ShrinkRank.Bracket;
          atoms.push(a);
          flags.push(0);
          break;
        }
        case Cls.Middle:
        case Cls.Solidus: {
          const a = atom(Kind.Fixed, cls, spanIndex, em, scale, ch, em / 2);
          const glyph = lookup(font, cp, ch);
          a.glyphId = glyph?.id ?? 0;
          a.glyphAdvance = glyph === undefined ? em / 2 : glyph.advance * scale;
          a.shrinkRank = ShrinkRank.Interpunct;
          atoms.push(a);
          flags.push(0);
          break;
        }
        case Cls.Dash:
        case Cls.Ellipsis: {
          const pairs = text.codePointAt(i + 1) === cp && (cp === 0x2014 || cls === Cls.Ellipsis);
          const cellText = pairs ? ch + ch : ch;
          atoms.push(cellsAtom(font, cp, cellText, spanIndex, em, scale, cls, missing));
          flags.push(0);
          i += cellText.length;
          continue;
        }
        case Cls.Space: {
          // A space the face lacks is drawn with the face's own U+0020: both are blank, nothing visible is substituted.
          const glyph = font.glyph(cp) ?? font.glyph(0x20);
          if (glyph === undefined) missing.add(ch);
          const width = cp === 0x200b ? 0 : glyph === undefined ? em / 4 : glyph.advance * scale;
          const a = atom(Kind.Space, cls, spanIndex, em, scale, ch, width);
          a.glyphId = glyph?.id ?? 0;
          a.shrink = width * SPACE_SHRINK;
          a.shrinkRank = ShrinkRank.LatinSpace;
          atoms.push(a);
          flags.push(0);
          break;
        }
        default: {
          // Ideographs, wide symbols, connectors and full-width signs: one glyph at the face's advance.
          const glyph = lookup(font, cp, ch);
          const width = glyph === undefined || glyph.advance === 0 ? em : glyph.advance * scale;
          const a = atom(Kind.Han, cls, spanIndex, em, scale, ch, width);
          a.glyphId = glyph?.id ?? 0;
          atoms.push(a);
          flags.push(cls === Cls.Han ? STARTS_IDEOGRAPH | ENDS_IDEOGRAPH : 0);
        }
      }
      i += size;
    }
  }

  const count = atoms.length;
  const rules = breakRules(level);
  const breakAfter = new Uint8Array(count);
  const gapAfter = new Float64Array(count);
  // A space does not make a line end acceptable: “（ ” still ends with （. The rules look through spaces.
  let lineEndClass: CharClass = Cls.Space;
  for (let k = 0; k + 1 < count; k++) {
    const left = atoms[k] as Atom;
    const right = atoms[k + 1] as Atom;
    if (left.kind !== Kind.Space) lineEndClass = left.endClass;
    breakAfter[k] =
      canBreakBetween(rules, left.endClass, right.startClass) && canBreakBetween(rules, lineEndClass, right.startClass) ? 1 : 0;
    const before = flags[k] as number;
    const after = flags[k + 1] as number;
    if (!hanLatinSpacing) continue;
    if (before & ENDS_IDEOGRAPH && after & STARTS_ALNUM) gapAfter[k] = left.em * HAN_LATIN_SPACE;
    else if (before & ENDS_ALNUM && after & STARTS_IDEOGRAPH) gapAfter[k] = right.em * HAN_LATIN_SPACE;
  }
  // A number and its unit after a space (200 MW) are one unit: no break at that space.
  for (let k = 1; k + 1 < count; k++) {
    if (atoms[k]!.kind !== Kind.Space || !(flags[k - 1]! & ENDS_DIGIT) || !(flags[k + 1]! & UNIT_WORD)) continue;
    if (atoms[k - 1]!.kind === Kind.Latin && atoms[k + 1]!.kind === Kind.Latin) breakAfter[k] = 0;
  }
  if (count > 0) breakAfter[count - 1] = 1;
  return { spans, atoms, breakAfter, gapAfter, missing: [...missing] };
}

function appendInvisible(target: Atom, mark: string): void {
  target.text += mark;
  const glyphs = target.glyphs;
  if (glyphs !== null && glyphs.length > 0) {
    // Keep "glyph texts concatenate to the atom text" true for multi-glyph atoms too.
    const copy = glyphs.slice();
    const last = copy[copy.length - 1] as ShapedGlyph;
    copy[copy.length - 1] = { id: last.id, advance: last.advance, text: last.text + mark };
    target.glyphs = copy;
  }
}

/** A dash or ellipsis atom: one em cell per character, a 2-em dash as one stroke where the face allows. */
function cellsAtom(
  font: FontMetrics,
  cp: number,
  text: string,
  span: number,
  em: number,
  scale: number,
  cls: CharClass,
  missing: Set<string>,
): Atom {
  const cells = cp === 0x2e3a ? 2 : cp === 0x2e3b ? 3 : text.length;
  const a = atom(Kind.Cells, cls, span, em, scale, text, cells * em);
  const wide = font.twoEmDash;
  if (wide !== undefined && (text === '——' || cp === 0x2e3a)) {
    a.glyphs = [{ id: wide.id, advance: wide.advance, text }];
    return a;
  }
  const glyph = font.glyph(cp);
  if (glyph === undefined) missing.add(String.fromCodePoint(cp));
  const single: ShapedGlyph = { id: glyph?.id ?? 0, advance: glyph?.advance ?? font.unitsPerEm, text: String.fromCodePoint(cp) };
  a.glyphs = text.length === 2 && cp !== 0x2e3a ? [single, single] : [single];
  return a;
}
