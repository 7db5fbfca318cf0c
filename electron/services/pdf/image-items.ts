// Photos on the page: each placement embeds the part of its photo that shows (shared/photo's crop,
// as the canvas draws it) as one image XObject filling the frame (print-image.ts). A photo that cannot be found or
// read is drawn as a grey placeholder frame with a cross instead.
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { visiblePixels } from '../../../shared/photo/photo-crop';
import type { DisplayItem, DisplayPage, ImageItem, Ink } from '../../../shared/display/display-list';
import type { PageContent } from './page-content';
import { num } from './page-content';
import type { PdfkitDocument, PdfRef } from './pdfkit-internals';
import type { DisplayedSize, PrintImage, PrintRegion } from './print-image';
import { photoHeader, PRINT_PIPELINE, printImage, printSize } from './print-image';

const PLACEHOLDER_INK: Ink = { c: 0, m: 0, y: 0, k: 30 };
const PLACEHOLDER_WIDTH_PT = 0.5;

interface PlacedImage {
  name: string;
  ref: PdfRef;
}

/** What one placement embeds: which pixels of which photo, at what size. */
interface Rendition {
  key: string;
  assetId: string;
  region: PrintRegion;
}

/** Converted photos kept between exports (export/print-cache.ts); a miss converts again. */
export interface PrintImageCache {
  read(key: string): Promise<PrintImage | undefined>;
  write(key: string, image: PrintImage): Promise<void>;
  /** A photo's displayed size by its asset id (the id names the bytes, so the size never changes). */
  readSize(assetId: string): Promise<DisplayedSize | undefined>;
  writeSize(assetId: string, size: DisplayedSize): Promise<void>;
}

/** The pixels a frame shows, and the size they are embedded at (never finer than 300 ppi). */
export function printRegion(item: ImageItem, picture: DisplayedSize): PrintRegion {
  const part = visiblePixels(item, picture, item.crop);
  const output = printSize({ width: part.width, height: part.height }, (item.width as number) / part.width);
  return { left: part.x, top: part.y, width: part.width, height: part.height, output };
}

/** The cm matrix mapping the image's unit square onto the frame (page space is y-down, image v up). */
function placement(item: ImageItem): string {
  const matrix = [item.width, 0, 0, -item.height, item.x, item.y + item.height];
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

/**
 * The photos of one PDF. Every placement is converted as soon as the writer starts, a few at a
 * time, while the pages are written; the XObjects are created in page order all the same, so the
 * file's bytes do not depend on which conversion finished first.
 */
export class DocumentImages {
  private readonly placed = new Map<string, PlacedImage | null>();
  private readonly renditions = new Map<ImageItem, Promise<Rendition | undefined>>();
  private readonly converted = new Map<string, Promise<PrintImage | undefined>>();
  private readonly sizes = new Map<string, Promise<DisplayedSize | undefined>>();
  private readonly bytes = new Map<string, Promise<Uint8Array | undefined>>();
  private readonly limit = concurrencyLimit(Math.max(1, Math.min(4, availableParallelism())));
  private embedded = 0;

  constructor(
    private readonly doc: PdfkitDocument,
    private readonly assetPath: ((assetId: string) => string | undefined) | undefined,
    pages: readonly DisplayPage[],
    private readonly cache?: PrintImageCache,
  ) {
    const start = (items: readonly DisplayItem[]) => {
      for (const item of items) {
        if (item.type === 'image') this.convert(item).catch(() => undefined);
        else if (item.type === 'group') start(item.items);
      }
    };
    for (const page of pages) start(page.items);
  }

  private photoBytes(assetId: string): Promise<Uint8Array | undefined> {
    let found = this.bytes.get(assetId);
    if (found === undefined) {
      const file = this.assetPath?.(assetId);
      found = file === undefined ? Promise.resolve(undefined) : readFile(file).catch(() => undefined);
      this.bytes.set(assetId, found);
    }
    return found;
  }

  /**
   * The photo's displayed size, from the cache when it knows it: an export whose conversions are
   * all cached then never reads the photos themselves (nor loads the image library).
   */
  private size(assetId: string): Promise<DisplayedSize | undefined> {
    let found = this.sizes.get(assetId);
    if (found === undefined) {
      found =
        this.assetPath?.(assetId) === undefined
          ? Promise.resolve(undefined)
          : (async () => {
              const cached = await this.cache?.readSize(assetId).catch(() => undefined);
              if (cached !== undefined) return cached;
              const bytes = await this.photoBytes(assetId);
              const header = bytes && (await photoHeader(bytes));
              if (header === undefined) return undefined;
              const size = { width: header.width, height: header.height };
              await this.cache?.writeSize(assetId, size).catch(() => undefined);
              return size;
            })();
      this.sizes.set(assetId, found);
    }
    return found;
  }

  private rendition(item: ImageItem): Promise<Rendition | undefined> {
    let found = this.renditions.get(item);
    if (found === undefined) {
      found = this.size(item.assetId).then((size) => {
        if (size === undefined) return undefined;
        const region = printRegion(item, size);
        const { left, top, width, height, output } = region;
        const key = `${PRINT_PIPELINE}:${item.assetId}:${left},${top},${width},${height}:${output.width}x${output.height}`;
        return { key, assetId: item.assetId, region };
      });
      this.renditions.set(item, found);
    }
    return found;
  }

  /** The placement converted for print, from the cache when it holds it. */
  private async convert(item: ImageItem): Promise<{ key: string; image: PrintImage | undefined } | undefined> {
    const rendition = await this.rendition(item);
    if (rendition === undefined) return undefined;
    let image = this.converted.get(rendition.key);
    if (image === undefined) {
      const { key, assetId, region } = rendition;
      image = this.limit(async () => {
        const cached = await this.cache?.read(key).catch(() => undefined);
        if (cached !== undefined) return cached;
        // A damaged or vanished photo must not stop the export: undefined draws the placeholder.
        const bytes = await this.photoBytes(assetId);
        const made = bytes && (await printImage(bytes, region));
        if (made !== undefined) await this.cache?.write(key, made).catch(() => undefined);
        return made;
      });
      this.converted.set(rendition.key, image);
    }
    return { key: rendition.key, image: await image };
  }

  private embed(image: PrintImage): PlacedImage {
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
    ref.end(image.data);
    this.embedded += 1;
    return { name: `Im${this.embedded}`, ref };
  }

  /** Draws the photo, or its placeholder; returns whether the photo itself was drawn. */
  async write(content: PageContent, item: ImageItem): Promise<boolean> {
    if (!(item.width > 0 && item.height > 0)) return false;
    const converted = await this.convert(item);
    let placed: PlacedImage | null = null;
    if (converted !== undefined) {
      const known = this.placed.get(converted.key);
      placed = known !== undefined ? known : converted.image === undefined ? null : this.embed(converted.image);
      this.placed.set(converted.key, placed);
    }
    if (placed === null) {
      writeImagePlaceholder(content, item);
      return false;
    }
    const { name, ref } = placed;
    // Listed in the resources of every page that shows it; the XObject itself is written once.
    this.doc.page.xobjects[name] = ref;
    // A photo knocks out what is under it (a grey one would otherwise mix with the plates below).
    content.overprint(false);
    content.isolated(() => {
      content.write(`${num(item.x)} ${num(item.y)} ${num(item.width)} ${num(item.height)} re W n`);
      content.write(`${placement(item)} cm /${name} Do`);
    });
    return true;
  }
}

/** Runs at most `count` of the tasks given at once, in the order they were given. */
function concurrencyLimit(count: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running >= count) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await task();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  };
}
