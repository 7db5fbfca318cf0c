// Finalize typeset lines into display-list glyph runs at a position, and small helpers to set
// one-off lines (headers, jump lines) with the same engine as body text.
import type { GlyphRun, Ink } from '../display/display-list';
import type { TextStyle } from '../model/profile';
import type { TypesetLine } from '../typeset/emit';
import type { TypesetParagraph } from '../typeset/paragraph';
import { typesetParagraphKept } from '../typeset/paragraph-kept';
import type { LineBreaking } from '../typeset/break-rules';
import type { LineAlign } from '../typeset/justify';
import type { PunctuationWidth } from '../typeset/compress';
import { pt } from '../units/units';
import { inkOf, spanOf, type FontSet } from './styles';

/** The glyph runs of one line whose start is at x and whose baseline is at y. */
export function lineRuns(line: TypesetLine, x: number, y: number, ink: Ink): GlyphRun[] {
  return line.runs
    .filter((run) => run.glyphs.length > 0)
    .map((run) => ({ type: 'glyphs', font: run.fontKey, size: run.size, ink, x: pt(x), y: pt(y), glyphs: run.glyphs, text: run.text }));
}

export interface SetTextOptions {
  width: number;
  align?: LineAlign | 'center';
  lineBreaking: LineBreaking;
  size?: number;
  /** False sets Latin and digits solid against ideographs (see ParagraphOptions). */
  hanLatinSpacing?: boolean;
  /** 'half' sets full-width marks half-width, as headlines are set. */
  punctuation?: PunctuationWidth;
}

/** Typesets a short text (no indent) in one style; 'center' centres every line in the width. */
export function setText(fonts: FontSet, style: TextStyle, text: string, options: SetTextOptions): TypesetParagraph {
  const align = options.align ?? 'start';
  return typesetParagraphKept([spanOf(fonts, style, text, options.size)], {
    width: pt(options.width),
    indentEm: 0,
    lineBreaking: options.lineBreaking,
    alignLast: align === 'center' ? 'start' : align,
    hanLatinSpacing: options.hanLatinSpacing,
    punctuation: options.punctuation,
  });
}

/** Runs for a set text, line after line from a first baseline, optionally centred. */
export function placeLines(
  set: TypesetParagraph,
  style: TextStyle,
  x: number,
  firstBaseline: number,
  leading: number,
  options: { width: number; center?: boolean },
): GlyphRun[] {
  const runs: GlyphRun[] = [];
  set.lines.forEach((line, index) => {
    const offset = options.center ? Math.max(0, (options.width - line.width) / 2) : 0;
    runs.push(...lineRuns(line, x + offset, firstBaseline + index * leading, inkOf(style)));
  });
  return runs;
}
