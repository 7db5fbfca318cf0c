// A headline set in a chosen number of lines (标题行数): a long headline broken into that many
// even lines rather than left to wrap wherever the measure ends; only when it would need more
// lines at its size is it set smaller, down to a floor, to keep to the count. With no count
// chosen, a headline too long for one line is set in two balanced lines before it is shrunk.
// Display type sets its punctuation half-width (see typeset/compress.ts).
import type { LineBreaking } from '../typeset/break-rules';
import type { TypesetParagraph } from '../typeset/paragraph';
import type { TextStyle } from '../model/profile';
import { setText } from './set-text';
import type { FontSet } from './styles';

/** A headline is never shrunk below this share of its size to keep to its line count. */
const MIN_SCALE = 0.6;
const SIZE_STEP = 0.5;
/** Steps of the search for the narrowest measure that keeps the line count (precision width / 2^n). */
const BALANCE_STEPS = 12;
/** Lines a headline takes when the block chooses none: one, or two balanced ones. */
export const AUTO_HEADLINE_LINES = 2;

export interface HeadlineSetting {
  set: TypesetParagraph;
  style: TextStyle;
}

export function scaledStyle(style: TextStyle, size: number): TextStyle {
  return { ...style, size: size as TextStyle['size'], leading: ((size * style.leading) / style.size) as TextStyle['leading'] };
}

function setAt(fonts: FontSet, style: TextStyle, text: string, width: number, lineBreaking: LineBreaking): TypesetParagraph {
  return setText(fonts, style, text, { width, align: 'center', lineBreaking, punctuation: 'half' });
}

/**
 * The headline in `lines` lines (null: one, else two balanced ones). Each line is centred in the
 * full `width` by the caller; the measure found here only decides where the lines break.
 */
export function setHeadlineLines(
  fonts: FontSet,
  style: TextStyle,
  text: string,
  width: number,
  lines: number | null,
  lineBreaking: LineBreaking,
): HeadlineSetting {
  let current = style;
  let set = setAt(fonts, current, text, width, lineBreaking);
  if (lines === null && set.lines.length <= 1) return { set, style };
  const count = lines ?? AUTO_HEADLINE_LINES;
  const floor = style.size * MIN_SCALE;
  while (set.lines.length > count && current.size - SIZE_STEP >= floor) {
    current = scaledStyle(style, current.size - SIZE_STEP);
    set = setAt(fonts, current, text, width, lineBreaking);
  }
  if (set.lines.length > count || count === 1) return { set, style: current };
  // The narrowest measure that still holds the text in `lines` lines breaks it into even lines.
  let low = 0;
  let high = width;
  let best = set;
  for (let step = 0; step < BALANCE_STEPS; step += 1) {
    const middle = (low + high) / 2;
    const trial = setAt(fonts, current, text, middle, lineBreaking);
    if (trial.lines.length <= count) {
      high = middle;
      best = trial;
    } else low = middle;
  }
  return { set: best, style: current };
}
