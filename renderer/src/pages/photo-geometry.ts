// Where a photo block's picture is on the page as laid out, and the picture's pixel size as loaded:
// what a crop gesture needs to turn pointer travel into a new crop.
import type { DisplayItem, ImageItem } from '../../../shared/display/display-list';
import type { Size } from '../../../shared/photo/photo-crop';
import type { PageDocument } from './page-document';

function findImage(items: readonly DisplayItem[]): ImageItem | undefined {
  for (const item of items) {
    if (item.type === 'image') return item;
    if (item.type === 'group') {
      const found = findImage(item.items);
      if (found) return found;
    }
  }
  return undefined;
}

export function photoGeometry(document: PageDocument, pageIndex: number, blockId: string): { frame: Size; picture: Size } | undefined {
  const page = document.getSnapshot().pages.find((candidate) => candidate.index === pageIndex);
  const group = page?.groups.find((candidate) => candidate.blockId === blockId);
  const image = group && findImage(group.items);
  const picture = image && document.photos.image(image.assetId);
  if (!image || !picture) return undefined;
  // The crop is in fractions of the picture and scale-free: the canvas's smaller copy serves as well.
  return { frame: { width: image.width, height: image.height }, picture: { width: picture.width, height: picture.height } };
}
