// What a block of a chain hands on to the next: the body items not yet placed, with a paragraph
// cut at the block's end carried on as a continued (unindented) paragraph.
import type { Slot } from './body-slots';
import type { BodyItem } from './collect';

export function remainingItems(items: readonly BodyItem[], slots: readonly Slot[], next: number): BodyItem[] {
  const first = slots[next];
  if (!first) return [];
  const previous = slots[next - 1];
  const cutInside = first.kind === 'text' && previous?.kind === 'text' && previous.item === first.item;
  if (!cutInside) return items.slice(first.item);
  let rest = '';
  for (let index = next; index < slots.length; index += 1) {
    const slot = slots[index];
    if (slot?.kind !== 'text' || slot.item !== first.item) break;
    rest += slot.line.text;
  }
  const item = items[first.item];
  // A cut quote stays a quote; everything else that can be cut is running text.
  const continued: BodyItem =
    item?.kind === 'quote' ? { kind: 'quote', text: rest } : { kind: 'paragraph', dateline: '', text: rest, continued: true };
  return [continued, ...items.slice(first.item + 1)];
}
