// Prepare + linebreak for a body: every body item typeset at the text-column width and cut into
// slots of whole body lines (a text line, a blank line before a subhead, a photo with caption).
// The slots depend only on the article and the column width, so a chain can reuse them.
import type { PublicationProfile, TextStyle } from '../model/profile';
import type { PhotoCrop } from '../photo/photo-crop';
import { countVisibleChars } from '../text/characters';
import type { TypesetLine } from '../typeset/emit';
import type { TypesetParagraph } from '../typeset/paragraph';
import { typesetParagraphKept } from '../typeset/paragraph-kept';
import { pt } from '../units/units';
import type { BodyItem } from './collect';
import { linesForDepth } from './geometry';
import { setText } from './set-text';
import { spanOf, type FontSet } from './styles';

/** Every slot knows the body item it comes from (`item`), so a chain can carry the rest on. */
export type Slot =
  | { kind: 'text'; item: number; line: TypesetLine; style: TextStyle; chars: number }
  /** A blank body line that separates a subhead from the text above; dropped at a column top. */
  | { kind: 'gap'; item: number }
  | {
      kind: 'photo';
      item: number;
      lines: number;
      imageLines: number;
      caption: TypesetParagraph;
      assetId: string | null;
      crop?: PhotoCrop;
      chars: number;
    };

/** A looser (+1) or tighter (-1) setting per body item, to move a widow (see widows.ts). */
export type Looseness = ReadonlyMap<number, -1 | 1>;

export interface BodySlots {
  slots: Slot[];
  missing: string[];
}

/** Share of the column width a photo's height takes (a landscape 3:2 picture). */
const PHOTO_ASPECT = 2 / 3;

function textSlots(set: TypesetParagraph, style: TextStyle, item: number): Slot[] {
  return set.lines.map((line) => ({ kind: 'text', item, line, style, chars: countVisibleChars(line.text) }));
}

/** One body item's slots (and the characters it lacks), set with its own looseness. */
function itemSlots(
  profile: PublicationProfile,
  fonts: FontSet,
  item: BodyItem,
  itemIndex: number,
  width: number,
  looseness: -1 | 0 | 1,
): BodySlots {
  const { styles, format, lineBreaking } = profile;
  const paragraph = (
    spans: Parameters<typeof typesetParagraphKept>[0],
    style: TextStyle,
    alignLast: 'start' | 'end' = 'start',
    indentEm = 2,
  ): BodySlots => {
    const set = typesetParagraphKept(spans, { width: pt(width), indentEm, lineBreaking, alignLast, looseness });
    return { slots: textSlots(set, style, itemIndex), missing: set.missing };
  };
  switch (item.kind) {
    case 'paragraph': {
      const spans = item.dateline
        ? [{ ...spanOf(fonts, styles.dateline, `${item.dateline}\u3000`), keep: true }, spanOf(fonts, styles.body, item.text)]
        : [spanOf(fonts, styles.body, item.text)];
      return paragraph(
        spans.filter((span) => span.text !== ''),
        styles.body,
        'start',
        item.continued ? 0 : 2,
      );
    }
    case 'quote':
      return paragraph([spanOf(fonts, styles.quote, item.text)], styles.quote);
    case 'signature':
      return paragraph([{ ...spanOf(fonts, styles.signature, item.text), keep: true }], styles.signature, 'end', 0);
    case 'subhead': {
      // The blank line above a subhead is added by the body (none at the body's top).
      const set = setText(fonts, styles.subhead, item.text, { width, align: 'start', lineBreaking });
      return { slots: textSlots(set, styles.subhead, itemIndex), missing: set.missing };
    }
    case 'photo': {
      const text = item.credit ? `${item.caption}\u3000` : item.caption;
      const spans = [spanOf(fonts, styles.caption, text), { ...spanOf(fonts, styles.credit, item.credit), keep: true }].filter(
        (span) => span.text !== '',
      );
      const caption = typesetParagraphKept(spans, { width: pt(width), indentEm: 0, lineBreaking, alignLast: 'start' });
      const imageLines = Math.ceil((width * PHOTO_ASPECT) / format.bodyLeading);
      const captionLines = linesForDepth(format.bodyLeading, caption.lines.length * styles.caption.leading);
      const slot: Slot = {
        kind: 'photo',
        item: itemIndex,
        lines: imageLines + captionLines,
        imageLines,
        caption,
        assetId: item.assetId,
        chars: countVisibleChars(text + item.credit),
      };
      return { slots: [slot], missing: caption.missing };
    }
  }
}

/**
 * A setter of the body at one column width, for a looseness per item. Each item is set once per
 * looseness value and reused: settling widows tries many loosenesses that differ in one or two
 * items, and re-setting every paragraph for each trial would cost the block's whole setting again.
 * The returned slots arrays are new on each call; the slot objects in them are shared.
 */
export function bodySetter(
  profile: PublicationProfile,
  fonts: FontSet,
  body: readonly BodyItem[],
  width: number,
): (looseness?: Looseness) => BodySlots {
  const settings = new Map<string, BodySlots>();
  const setItem = (itemIndex: number, looseness: -1 | 0 | 1): BodySlots => {
    const key = `${itemIndex}:${looseness}`;
    let set = settings.get(key);
    if (set === undefined) {
      set = itemSlots(profile, fonts, body[itemIndex] as BodyItem, itemIndex, width, looseness);
      settings.set(key, set);
    }
    return set;
  };
  return (looseness = new Map()) => {
    const slots: Slot[] = [];
    const missing: string[] = [];
    body.forEach((item, itemIndex) => {
      const set = setItem(itemIndex, looseness.get(itemIndex) ?? 0);
      if (item.kind === 'subhead' && slots.length > 0) slots.push({ kind: 'gap', item: itemIndex });
      for (const slot of set.slots) slots.push(slot);
      for (const mark of set.missing) missing.push(mark);
    });
    return { slots, missing: [...new Set(missing)] };
  };
}
