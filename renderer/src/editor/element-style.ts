// Screen rendering of each element in its print style (face, weight, relative size from the
// profile), compressed so a 22 pt headline over 9 pt body stays readable on screen.
import type { CSSProperties } from 'react';
import type { PublicationProfile, StyleKey } from '../../../shared/model/profile';

/** Body text on screen, in CSS pixels. */
const BODY_PX = 17;

export function screenStyle(profile: PublicationProfile, key: StyleKey): CSSProperties {
  const style = profile.styles[key];
  const ratio = style.size / profile.styles.body.size;
  // Sizes grow with the print size, but sub-linearly: print prominence without a shouting screen.
  const size = Math.round(BODY_PX * Math.pow(ratio, 0.6) * 10) / 10;
  return {
    fontFamily: style.face === 'sans' ? 'var(--font-print-sans)' : 'var(--font-print-serif)',
    fontWeight: style.bold ? 700 : 400,
    fontSize: `${size}px`,
  };
}
