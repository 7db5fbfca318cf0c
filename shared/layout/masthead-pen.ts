// What the masthead's parts draw with: one-line labels set by the engine (so missing glyphs are
// reported like everywhere else), measured before they are placed, shrunk or shortened to a width,
// and the frames and rules between them. Sizes are in pt; positions come from the block's rect.
import type { DisplayItem, Ink } from '../display/display-list';
import type { PublicationProfile, TextStyle } from '../model/profile';
import { pt } from '../units/units';
import { label } from './label-text';
import { BLACK, type FontSet } from './styles';

/** Share of the em above the baseline that a Han character's face fills (ideographic box). */
export const ASCENT = 0.88;
export const DESCENT = 0.12;
export const ELLIPSIS = '…';
/** Opening marks, spaces and pauses that should not be left hanging before an ellipsis. */
const HANGING = new Set(Array.from(' \u3000“‘《〈（(「『【—·、，：'));

function withoutHanging(chars: readonly string[]): string {
  let end = chars.length;
  while (end > 0 && HANGING.has(chars[end - 1]!)) end -= 1;
  return chars.slice(0, end).join('');
}

export type LabelBox = Parameters<typeof label>[4];

export function textStyle(face: TextStyle['face'], bold: boolean, size: number, blackPercent = 100): TextStyle {
  return { face, bold, size: pt(size), leading: pt(size * 1.4), blackPercent };
}

export class MastheadPen {
  readonly items: DisplayItem[] = [];
  private readonly missing = new Set<string>();

  constructor(
    private readonly profile: PublicationProfile,
    private readonly fonts: FontSet,
  ) {}

  /** Width of `text` set on one line in `style`, without drawing it. */
  measure(style: TextStyle, text: string): number {
    return text ? label(this.profile, this.fonts, style, text, { x: 0, width: 0, baseline: 0 }).width : 0;
  }

  /** Draws `text` on one line and returns its width; an empty text draws nothing. */
  text(style: TextStyle, text: string, box: LabelBox): number {
    if (!text.trim()) return 0;
    const set = label(this.profile, this.fonts, style, text, box);
    this.items.push(...set.runs);
    for (const char of set.missing) this.missing.add(char);
    return set.width;
  }

  /** `style` at the largest size ≤ its own that sets `text` within `width` (never below `floor`). */
  fitted(style: TextStyle, text: string, width: number, floor: number): TextStyle {
    const natural = this.measure(style, text);
    if (natural <= width || natural === 0) return style;
    return { ...style, size: pt(Math.max(floor, (style.size * width) / natural)) };
  }

  /** `text`, or as much of it as fits in `width` followed by an ellipsis. */
  shortened(style: TextStyle, text: string, width: number): string {
    if (this.measure(style, text) <= width) return text;
    const chars = Array.from(text);
    const cut = (count: number) => `${withoutHanging(chars.slice(0, count))}${ELLIPSIS}`;
    let low = 0;
    let high = chars.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.measure(style, cut(middle)) <= width) low = middle;
      else high = middle - 1;
    }
    return low === 0 ? ELLIPSIS : cut(low);
  }

  /** A frame whose stroke stays inside the rectangle it is given. */
  frame(x: number, y: number, width: number, height: number, strokeWidth: number): void {
    const half = strokeWidth / 2;
    this.items.push({
      type: 'rect',
      x: pt(x + half),
      y: pt(y + half),
      width: pt(width - strokeWidth),
      height: pt(height - strokeWidth),
      fill: null,
      stroke: BLACK,
      strokeWidth: pt(strokeWidth),
    });
  }

  fill(x: number, y: number, width: number, height: number, ink: Ink = BLACK): void {
    this.items.push({
      type: 'rect',
      x: pt(x),
      y: pt(y),
      width: pt(width),
      height: pt(height),
      fill: ink,
      stroke: null,
      strokeWidth: pt(0),
    });
  }

  rule(x1: number, y1: number, x2: number, y2: number, width: number): void {
    this.items.push({ type: 'rule', x1: pt(x1), y1: pt(y1), x2: pt(x2), y2: pt(y2), width: pt(width), ink: BLACK });
  }

  missingGlyphs(): string[] {
    return [...this.missing];
  }
}
