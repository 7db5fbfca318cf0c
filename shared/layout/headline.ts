// The headline group (引题, 主题, 副题) set across the top of a block, centred, in the profile's
// styles; its depth is rounded up to whole body lines so the body below stays on the grid.
import type { GlyphRun } from '../display/display-list';
import type { PublicationProfile, TextStyle } from '../model/profile';
import { centredBaseline } from './geometry';
import type { ArticleParts } from './collect';
import { placeLines, setText } from './set-text';
import type { FontSet } from './styles';

export interface HeadlineResult {
  items: GlyphRun[];
  /** Body lines the group takes, the space under it included; 0 when there is no headline. */
  lines: number;
  missing: string[];
}

export function composeHeadline(
  profile: PublicationProfile,
  fonts: FontSet,
  parts: Pick<ArticleParts, 'kicker' | 'headline' | 'subtitle'>,
  box: { x: number; y: number; width: number },
  headlineSize: number | null,
): HeadlineResult {
  const { styles, format } = profile;
  const headlineStyle: TextStyle =
    headlineSize === null
      ? styles.headline
      : {
          ...styles.headline,
          size: headlineSize as TextStyle['size'],
          leading: ((headlineSize * styles.headline.leading) / styles.headline.size) as TextStyle['leading'],
        };
  const rows: Array<[TextStyle, string]> = [
    [styles.kicker, parts.kicker],
    [headlineStyle, parts.headline],
    [styles.subtitle, parts.subtitle],
  ];
  const items: GlyphRun[] = [];
  const missing: string[] = [];
  let cursor = box.y;
  for (const [style, text] of rows) {
    if (!text.trim()) continue;
    const set = setText(fonts, style, text.trim(), { width: box.width, align: 'center', lineBreaking: profile.lineBreaking });
    items.push(
      ...placeLines(set, style, box.x, centredBaseline(cursor, style.leading, style.size), style.leading, {
        width: box.width,
        center: true,
      }),
    );
    missing.push(...set.missing);
    cursor += set.lines.length * style.leading;
  }
  if (items.length === 0) return { items, lines: 0, missing };
  return { items, lines: Math.ceil((cursor - box.y) / format.bodyLeading - 1e-6) + 1, missing };
}
