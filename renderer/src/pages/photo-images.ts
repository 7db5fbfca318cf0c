// Photos for the page canvas, loaded from the app's /photos/ (the workspace's asset store) on
// first use. A page-wide photo is 3000 pixels or more across, 24 MB once decoded: the canvas keeps
// a copy no larger than the screen needs (SCREEN_PIXELS on its long side) and lets the original go.
// TIFF is stored and printed but no browser draws it: its frame stays a placeholder.

/** The long side of a photo as the canvas keeps it: sharp at 200 % on a large screen. */
export const SCREEN_PIXELS = 1600;

/** A photo ready to draw: the kept pixels and their size (the crop is worked out in their space). */
export interface ScreenPhoto {
  source: CanvasImageSource;
  width: number;
  height: number;
}

async function screenCopy(image: HTMLImageElement): Promise<ScreenPhoto> {
  const { naturalWidth: width, naturalHeight: height } = image;
  const scale = Math.min(1, SCREEN_PIXELS / Math.max(width, height));
  if (scale === 1 || typeof createImageBitmap !== 'function') return { source: image, width, height };
  const resizeWidth = Math.max(1, Math.round(width * scale));
  const resizeHeight = Math.max(1, Math.round(height * scale));
  const bitmap = await createImageBitmap(image, { resizeWidth, resizeHeight, resizeQuality: 'high' });
  return { source: bitmap, width: bitmap.width, height: bitmap.height };
}

export class PhotoImages {
  private readonly images = new Map<string, ScreenPhoto | null>();

  /** `loaded` is told each time a photo becomes drawable, so the pages showing it are drawn again. */
  constructor(
    private readonly base: string,
    private readonly loaded: () => void,
  ) {}

  image = (assetId: string): ScreenPhoto | undefined => {
    const known = this.images.get(assetId);
    if (known !== undefined) return known ?? undefined;
    this.images.set(assetId, null);
    if (!/^[0-9a-f]{64}\.(jpg|png)$/.test(assetId)) return undefined;
    const image = new Image();
    image.decoding = 'async';
    image.onload = () => {
      void screenCopy(image).then(
        (photo) => {
          this.images.set(assetId, photo);
          this.loaded();
        },
        () => undefined,
      );
    };
    image.src = new URL(`/photos/${assetId}`, this.base).href;
    return undefined;
  };
}
