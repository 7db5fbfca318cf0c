// The headline group (引题, 主题, 副题) set across the top of a block, centred, in the profile's
// styles; its depth is rounded up to whole body lines so the body below stays on the grid.
import type { GlyphRun } from '../display/display-list';
import type { PublicationProfile, TextStyle } from '../model/profile';
import { centredBaseline, linesForDepth } from './geometry';
import type { ArticleParts } from './collect';
import { scaledStyle, setHeadlineLines } from './headline-lines';
import { placeLines, setText } from './set-text';
import type { FontSet } from './styles';

export interface HeadlineResult {
  items: GlyphRun[];
  /** Body lines the group takes, the space under it included; 0 when there is no headline. */
  lines: number;
  missing: string[];
}

/** How a block sets its article's headline group (the article block's own settings). */
export interface HeadlineSettings {
  /** The headline's size in pt; null: the profile's headline style. */
  size: number | null;
  /** Lines the headline is set in; null: as many as the measure gives. */
  lines: number | null;
  showKicker: boolean;
  showSubtitle: boolean;
}

export function composeHeadline(
  profile: PublicationProfile,
  fonts: FontSet,
  parts: Pick<ArticleParts, 'kicker' | 'headline' | 'subtitle'>,
  box: { x: number; y: number; width: number },
  settings: HeadlineSettings,
): HeadlineResult {
  const { styles, format } = profile;
  const headlineStyle: TextStyle = settings.size === null ? styles.headline : scaledStyle(styles.headline, settings.size);
  // The kicker and subtitle wrap as the measure gives; the headline keeps to its line count.
  const rows: Array<[TextStyle, string, number | null | 'wrap']> = [
    [styles.kicker, settings.showKicker ? parts.kicker : '', 'wrap'],
    [headlineStyle, parts.headline, settings.lines],
    [styles.subtitle, settings.showSubtitle ? parts.subtitle : '', 'wrap'],
  ];
  const items: GlyphRun[] = [];
  const missing: string[] = [];
  let cursor = box.y;
  for (const [rowStyle, text, lines] of rows) {
    if (!text.trim()) continue;
    const { set, style } =
      lines === 'wrap'
        ? {
            set: setText(fonts, rowStyle, text.trim(), {
              width: box.width,
              align: 'center',
              lineBreaking: profile.lineBreaking,
              punctuation: 'half',
            }),
            style: rowStyle,
          }
        : setHeadlineLines(fonts, rowStyle, text.trim(), box.width, lines, profile.lineBreaking);
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
  return { items, lines: linesForDepth(format.bodyLeading, cursor - box.y) + 1, missing };
}
