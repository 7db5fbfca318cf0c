// From the profile's text styles to what typesetting needs: a face, a size and K-only ink.
import type { FontKey, Ink } from '../display/display-list';
import type { TextStyle } from '../model/profile';
import type { TextSpan } from '../typeset/atoms';
import type { FontMetrics } from '../typeset/font-metrics';
import { pt } from '../units/units';

export type FontSet = Readonly<Record<FontKey, FontMetrics>>;

export const BLACK: Ink = { c: 0, m: 0, y: 0, k: 100 };

export function fontKeyOf(style: Pick<TextStyle, 'face' | 'bold'>): FontKey {
  return `${style.face}-${style.bold ? 'bold' : 'regular'}`;
}

export function inkOf(style: TextStyle): Ink {
  return { c: 0, m: 0, y: 0, k: style.blackPercent };
}

export function spanOf(fonts: FontSet, style: TextStyle, text: string, size: number = style.size): TextSpan {
  const fontKey = fontKeyOf(style);
  return { text, font: fonts[fontKey], fontKey, size: pt(size) };
}
