// Photos on the page: each asset becomes one image XObject per PDF (print-image.ts), placed to cover
// its frame (centred, cropped by a clip, as the canvas draws it). A photo that cannot be found or
// read is drawn as a grey placeholder frame with a cross instead.
import { readFile } from 'node:fs/promises';
import type { DisplayItem, DisplayPage, ImageItem, Ink } from '../../../shared/display/display-list';
import type { PageContent } from './page-content';
import { num } from './page-content';
import type { PdfkitDocument, PdfRef } from './pdfkit-internals';
import type { DisplayedSize, PrintImage } from './print-image';
import { printImage } from './print-image';

const PLACEHOLDER_INK: Ink = { c: 0, m: 0, y: 0, k: 30 };
const PLACEHOLDER_WIDTH_PT = 0.5;

interface PlacedImage {
  name: string;
  ref: PdfRef;
  /** Without its samples, which are written once and then dropped. */
  image: Omit<PrintImage, 'data'>;
}

/** The image scale that covers the frame: pt per displayed pixel. */
function coverScale(item: ImageItem, size: DisplayedSize): number {
  return Math.max((item.width as number) / size.width, (item.height as number) / size.height);
}

/** The cm matrix mapping the image's unit square onto the covering rectangle (page space is y-down). */
function placement(item: ImageItem, image: Omit<PrintImage, 'data'>): string {
  const scale = coverScale(item, image);
  const dw = image.width * scale;
  const dh = image.height * scale;
  const ox = item.x + (item.width - dw) / 2;
  const oy = item.y + (item.height - dh) / 2;
  // Image space has its first row at v = 1, and page space is y-down: the matrix flips v.
  const matrix = [dw, 0, 0, -dh, ox, oy + dh];
  return matrix.map((value) => num(value, 4)).join(' ');
}

export function writeImagePlaceholder(content: PageContent, item: ImageItem): void {
  const { x, y, width: w, height: h } = item;
  if (!(w > 0 && h > 0)) return;
  content.stroke(PLACEHOLDER_INK);
  content.overprintFor(PLACEHOLDER_INK);
  content.lineWidth(PLACEHOLDER_WIDTH_PT);
  content.write(
    `${num(x)} ${num(y)} ${num(w)} ${num(h)} re ${num(x)} ${num(y)} m ${num(x + w)} ${num(y + h)} l ${num(x + w)} ${num(y)} m ${num(x)} ${num(y + h)} l S`,
  );
}

export class DocumentImages {
  private readonly placed = new Map<string, PlacedImage | null>();
  private embedded = 0;

  /** Every frame each asset is placed in, so the resolution kept suits the largest placement. */
  private readonly frames = new Map<string, ImageItem[]>();

  constructor(
    private readonly doc: PdfkitDocument,
    private readonly assetPath: ((assetId: string) => string | undefined) | undefined,
    pages: readonly DisplayPage[],
  ) {
    const collect = (items: readonly DisplayItem[]) => {
      for (const item of items) {
        if (item.type === 'image') {
          const frames = this.frames.get(item.assetId);
          if (frames === undefined) this.frames.set(item.assetId, [item]);
          else frames.push(item);
        } else if (item.type === 'group') collect(item.items);
      }
    };
    for (const page of pages) collect(page.items);
  }

  private async load(item: ImageItem): Promise<PlacedImage | null> {
    const file = this.assetPath?.(item.assetId);
    if (file === undefined) return null;
    const bytes = await readFile(file).catch(() => undefined);
    const frames = this.frames.get(item.assetId) ?? [item];
    const scale = (size: DisplayedSize) => Math.max(...frames.map((frame) => coverScale(frame, size)));
    // A damaged photo must not stop the export (printImage gives undefined); the placeholder shows where it belongs.
    const image = bytes === undefined ? undefined : await printImage(bytes, scale);
    if (image === undefined) return null;
    const { data, ...described } = image;
    const ref = this.doc.ref({
      Type: 'XObject',
      Subtype: 'Image',
      Width: image.width,
      Height: image.height,
      ColorSpace: image.colorSpace,
      BitsPerComponent: 8,
      Filter: image.filter,
      ...(image.decode === null ? {} : { Decode: image.decode }),
    });
    ref.end(data);
    this.embedded += 1;
    return { name: `Im${this.embedded}`, ref, image: described };
  }

  /** Draws the photo, or its placeholder; returns whether the photo itself was drawn. */
  async write(content: PageContent, item: ImageItem): Promise<boolean> {
    if (!(item.width > 0 && item.height > 0)) return false;
    let placed = this.placed.get(item.assetId);
    if (placed === undefined) {
      placed = await this.load(item);
      this.placed.set(item.assetId, placed);
    }
    if (placed === null) {
      writeImagePlaceholder(content, item);
      return false;
    }
    const { name, ref, image } = placed;
    // Listed in the resources of every page that shows it; the XObject itself is written once.
    this.doc.page.xobjects[name] = ref;
    // A photo knocks out what is under it (a grey one would otherwise mix with the plates below).
    content.overprint(false);
    content.isolated(() => {
      content.write(`${num(item.x)} ${num(item.y)} ${num(item.width)} ${num(item.height)} re W n`);
      content.write(`${placement(item, image)} cm /${name} Do`);
    });
    return true;
  }
}
