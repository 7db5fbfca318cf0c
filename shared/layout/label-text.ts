// One-line labels (masthead facts, page headers) set with the same engine as the body text and
// aligned in a box: the pieces every decorative block is built from.
import type { GlyphRun } from '../display/display-list';
import type { PublicationProfile, TextStyle } from '../model/profile';
import { pt } from '../units/units';
import { lineRuns, setText } from './set-text';
import { inkOf, type FontSet } from './styles';

export interface Label {
  runs: GlyphRun[];
  width: number;
  missing: string[];
}

/**
 * Sets `text` on one line at `size` with its baseline at `baseline`, aligned left, right or
 * centred in [x, x + width].
 */
export function label(
  profile: PublicationProfile,
  fonts: FontSet,
  style: TextStyle,
  text: string,
  box: { x: number; width: number; baseline: number; size?: number; align?: 'left' | 'right' | 'center' },
): Label {
  const size = box.size ?? style.size;
  const set = setText(fonts, { ...style, size: pt(size) }, text, {
    width: Math.max(box.width, text.length * size * 2),
    lineBreaking: profile.lineBreaking,
    size,
  });
  const line = set.lines[0];
  if (!line) return { runs: [], width: 0, missing: set.missing };
  const width = line.width;
  const align = box.align ?? 'left';
  const x = align === 'left' ? box.x : align === 'right' ? box.x + box.width - width : box.x + (box.width - width) / 2;
  return { runs: lineRuns(line, x, box.baseline, inkOf(style)), width, missing: set.missing };
}
