// Finalize a block's body: placed slots become glyph runs on the body-line grid, photos become
// images (or a visible placeholder when the picture is missing) with their captions.
import type { DisplayItem } from '../display/display-list';
import type { PublicationProfile } from '../model/profile';
import { pt } from '../units/units';
import type { PlacedSlot } from './distribute';
import type { TextColumn } from './frames';
import { centredBaseline } from './geometry';
import { lineRuns } from './set-text';
import { inkOf } from './styles';

const PLACEHOLDER_INK = { c: 0, m: 0, y: 0, k: 30 };
const PLACEHOLDER_FILL = { c: 0, m: 0, y: 0, k: 6 };
/** White space between a picture and its caption. */
const CAPTION_GAP = 3;

export interface DrawnSlots {
  items: DisplayItem[];
  missingImages: number;
}

export function drawSlots(
  profile: PublicationProfile,
  placed: readonly PlacedSlot[],
  columns: readonly TextColumn[],
  top: number,
  hasAsset: (assetId: string) => boolean,
): DrawnSlots {
  const leading = profile.format.bodyLeading;
  const items: DisplayItem[] = [];
  let missingImages = 0;
  for (const { column: columnIndex, line, slot } of placed) {
    const column = columns[columnIndex];
    if (!column) continue;
    const lineTop = top + (column.startLine + line) * leading;
    if (slot.kind === 'text') {
      items.push(...lineRuns(slot.line, column.x, centredBaseline(lineTop, leading, slot.style.size), inkOf(slot.style)));
    } else if (slot.kind === 'photo') {
      const height = slot.imageLines * leading - CAPTION_GAP;
      const frame = { x: pt(column.x), y: pt(lineTop), width: pt(column.width), height: pt(height) };
      if (slot.assetId !== null && hasAsset(slot.assetId)) {
        items.push({ type: 'image', ...frame, assetId: slot.assetId, ...(slot.crop ? { crop: slot.crop } : {}) });
      } else {
        missingImages += 1;
        items.push({ type: 'rect', ...frame, fill: PLACEHOLDER_FILL, stroke: PLACEHOLDER_INK, strokeWidth: pt(0.5) });
        items.push({
          type: 'rule',
          x1: frame.x,
          y1: frame.y,
          x2: pt(frame.x + frame.width),
          y2: pt(frame.y + frame.height),
          width: pt(0.5),
          ink: PLACEHOLDER_INK,
        });
        items.push({
          type: 'rule',
          x1: pt(frame.x + frame.width),
          y1: frame.y,
          x2: frame.x,
          y2: pt(frame.y + frame.height),
          width: pt(0.5),
          ink: PLACEHOLDER_INK,
        });
      }
      const captionStyle = profile.styles.caption;
      slot.caption.lines.forEach((captionLine, index) => {
        const baseline = centredBaseline(
          lineTop + slot.imageLines * leading + index * captionStyle.leading,
          captionStyle.leading,
          captionStyle.size,
        );
        items.push(...lineRuns(captionLine, column.x, baseline, inkOf(captionStyle)));
      });
    }
  }
  return { items, missingImages };
}
